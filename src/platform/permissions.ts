// Host permission for one origin, asked for at the moment the user wants something from it (the
// team import from an address). manifest.json lists https://*/* under optional_host_permissions
// only so that such a request can be made; nothing is granted at install.
import { browser } from './browser';

/**
 * Asks for `pattern` (e.g. https://config.example.com/*). Call it first thing in the click
 * handler: Firefox grants a request only while handling the user's action, not after an await.
 */
export function requestHostPermission(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] }).catch(() => false);
}

/** Gives the permission back after use. A host the extension always has (an AWS console host)
 *  cannot be removed and stays: the call then fails quietly. */
export async function releaseHostPermission(pattern: string): Promise<void> {
  await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/**
 * Asks, at the user's click, for what reading an access portal needs (issue #17): the optional
 * `scripting` permission and the portal's own origin (`https://<portal host>/*`), nothing wider.
 * Call it first thing in the click handler, for the reason above. The portal's API host needs no
 * permission: the request there is the portal page's own fetch, under the API's CORS.
 */
export function requestPortalAccess(originPattern: string): Promise<boolean> {
  return browser.permissions.request({ permissions: ['scripting'], origins: [originPattern] }).catch(() => false);
}

/** Gives both back after the read, as the team import does with its one origin. */
export async function releasePortalAccess(originPattern: string): Promise<void> {
  await browser.permissions.remove({ permissions: ['scripting'], origins: [originPattern] }).catch(() => false);
}
