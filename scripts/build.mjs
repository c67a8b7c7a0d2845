// `npm run build`: dist/chrome and dist/firefox: per browser, the extension, then its popup on its
// own (vite.popup.config.ts says why).
import { build } from 'vite';

for (const target of ['chrome', 'firefox']) {
  process.env.TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  await build({ configFile: 'vite.popup.config.ts', logLevel: 'warn', mode: 'production' });
  console.log(`built dist/${target}`);
}
