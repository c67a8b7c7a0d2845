// `npm run build`: dist/chrome and dist/firefox, one Vite build per browser (vite.config.ts, which
// builds the popup on its own at the end: vite.popup.config.ts says why).
import { build } from 'vite';

for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  console.log(`built dist/${target}`);
}
