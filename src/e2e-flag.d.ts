/** Set by the build (vite.config.ts): true only in the e2e flavour (dist/chrome-e2e), false in
 *  what users install. Code behind it is dropped from the shipped build; scripts/build.mjs checks. */
declare const __SWITCHYARD_E2E__: boolean;
