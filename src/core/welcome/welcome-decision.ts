// The first-run welcome page: whether to open it, and what its shortcuts list says. Pure, so the
// rules are tested without a browser; background/welcome-tab.ts and src/welcome wire them up.

/** Why the browser says the extension was installed (runtime.onInstalled's `reason`). */
export type InstallReason = 'install' | 'update' | 'browser_update' | 'chrome_update' | 'shared_module_update' | string;

export interface WelcomeFacts {
  reason: InstallReason;
  /** The welcome page was opened before in this profile (a flag in storage.local). */
  alreadyShown: boolean;
  /** The organisation's policy asks for no welcome page (managed storage, `suppressWelcome`). */
  suppressedByPolicy: boolean;
}

/** Only a fresh install opens the page, once: an update, a browser update or a reload of an
 *  installed copy never do, and neither does an organisation that asked for quiet. */
export function shouldOpenWelcome(facts: WelcomeFacts): boolean {
  return facts.reason === 'install' && !facts.alreadyShown && !facts.suppressedByPolicy;
}

/** A keyboard command as `commands.getAll()` gives it. */
export interface CommandInfo { name?: string; description?: string; shortcut?: string }

export interface ShortcutRow {
  name: string;
  /** The browser's description of the command; empty for `_execute_action` (it has none). */
  description: string;
  /** The key the browser has for it now, or undefined when the user has none set. */
  keys?: string;
}

/** The action popup first (the browser lists it wherever it likes), then the manifest's order. */
export function shortcutRows(commands: readonly CommandInfo[]): ShortcutRow[] {
  const rows = commands
    .filter((command): command is CommandInfo & { name: string } => typeof command.name === 'string' && command.name !== '')
    .map((command) => ({
      name: command.name,
      description: command.description?.trim() ?? '',
      // Chromium gives '' for a command without a key; Firefox leaves the field out.
      ...(command.shortcut?.trim() ? { keys: command.shortcut.trim() } : {}),
    }));
  const isAction = (row: ShortcutRow) => row.name === '_execute_action' || row.name === '_execute_browser_action';
  return [...rows.filter(isAction), ...rows.filter((row) => !isAction(row))];
}

/** Where a person changes the shortcuts, by browser family. Chromium and Edge have a page an
 *  extension may open; Firefox has commands.openShortcutSettings() (Firefox 137+) and a menu. */
export type BrowserFamily = 'chromium' | 'edge' | 'firefox';

export function shortcutSettingsUrl(family: BrowserFamily): string | undefined {
  if (family === 'chromium') return 'chrome://extensions/shortcuts';
  if (family === 'edge') return 'edge://extensions/shortcuts';
  return undefined;
}
