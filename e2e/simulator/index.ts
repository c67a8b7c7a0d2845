// The AWS console simulator for the end-to-end tests: sign-in service, console pages and access
// portals of all four partitions, served by a local HTTPS server behind a local forward proxy
// (server.ts), with state kept in the test process. Nothing here depends on a browser driver.
export type * from './types';
export { startSimulator, type CookieSpec, type SimServer } from './server';
export { DEFAULT_BASES, DEFAULT_ROLES } from './defaults';
export { PRESET_COLORS, SWITCH_ERROR_MESSAGE } from './signin-pages';
export { NEUTRAL_HOST } from './router';
