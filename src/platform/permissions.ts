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

/** Whether the extension holds `pattern` now. Asked before requestHostPermission (in the same
 *  click, first) so that only a permission the request gave is given back, never the user's. */
export function hostPermissionHeld(pattern: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [pattern] }).catch(() => false);
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

/** What of a portal read's access the extension holds now. Asked before requestPortalAccess (in
 *  the same click, first) so that a read gives back only what it was given: never a permission the
 *  user had granted before. */
export async function portalAccessHeld(originPattern: string): Promise<{ scripting: boolean; origin: boolean }> {
  const [scripting, origin] = await Promise.all([
    browser.permissions.contains({ permissions: ['scripting'] }).catch(() => false),
    browser.permissions.contains({ origins: [originPattern] }).catch(() => false),
  ]);
  return { scripting, origin };
}

/** Gives back what the read was given (both, unless said otherwise), as the team import does with its one origin. */
export async function releasePortalAccess(originPattern: string, what: { scripting: boolean; origin: boolean } = { scripting: true, origin: true }): Promise<void> {
  if (!what.scripting && !what.origin) return;
  await browser.permissions.remove({
    ...(what.scripting && { permissions: ['scripting' as const] }),
    ...(what.origin && { origins: [originPattern] }),
  }).catch(() => false);
}
