import { describe, expect, it } from 'vitest';
import { readCatalog } from '../store/catalog';
import { policySuppressesWelcome } from './welcome-policy';
import { shortcutRows, shortcutSettingsUrl, shouldOpenWelcome } from './welcome-decision';

describe('shouldOpenWelcome', () => {
  const fresh = { reason: 'install', alreadyShown: false, suppressedByPolicy: false };

  it('opens on a fresh install', () => expect(shouldOpenWelcome(fresh)).toBe(true));

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])('never on %s (an update or a reload of an installed copy)', (reason) => {
    expect(shouldOpenWelcome({ ...fresh, reason })).toBe(false);
  });

  it('opens once: a second install event in the same profile does not open a second tab', () => {
    expect(shouldOpenWelcome({ ...fresh, alreadyShown: true })).toBe(false);
  });

  it('stays quiet when the organisation\'s policy says so', () => {
    expect(shouldOpenWelcome({ ...fresh, suppressedByPolicy: true })).toBe(false);
  });
});

describe('shortcutRows', () => {
  it('puts the popup first, keeps the rest in order, and says which have no key', () => {
    const rows = shortcutRows([
      { name: 'switch-previous', description: 'Switch to the previous role', shortcut: 'Alt+Shift+L' },
      { name: '_execute_action', description: '', shortcut: 'Alt+Shift+S' },
      { name: 'favourite-1', description: 'Favourite 1', shortcut: '' },
      { name: 'favourite-2', description: 'Favourite 2' },
    ]);
    expect(rows).toEqual([
      { name: '_execute_action', description: '', keys: 'Alt+Shift+S' },
      { name: 'switch-previous', description: 'Switch to the previous role', keys: 'Alt+Shift+L' },
      { name: 'favourite-1', description: 'Favourite 1' },
      { name: 'favourite-2', description: 'Favourite 2' },
    ]);
  });

  it('drops a command without a name', () => expect(shortcutRows([{ description: 'x', shortcut: 'Alt+X' }])).toEqual([]));
});

describe('shortcutSettingsUrl', () => {
  it('names the page each Chromium browser has, and none for Firefox (its menu instead)', () => {
    expect(shortcutSettingsUrl('chromium')).toBe('chrome://extensions/shortcuts');
    expect(shortcutSettingsUrl('edge')).toBe('edge://extensions/shortcuts');
    expect(shortcutSettingsUrl('firefox')).toBeUndefined();
  });
});

describe('policySuppressesWelcome', () => {
  it('only a policy with suppressWelcome: true silences the page', () => {
    expect(policySuppressesWelcome({ suppressWelcome: true })).toBe(true);
    expect(policySuppressesWelcome({ suppressWelcome: false })).toBe(false);
    expect(policySuppressesWelcome({ suppressWelcome: 'true' })).toBe(false);
    expect(policySuppressesWelcome({ catalog: [] })).toBe(false);
    expect(policySuppressesWelcome(undefined)).toBe(false);
  });

  it('is a policy key the catalog accepts: the catalog beside it still loads', () => {
    const catalog = readCatalog({ suppressWelcome: true, catalog: [{ label: 'Prod', account: '123456789012', roleName: 'Admin' }] });
    expect(catalog.issues).toEqual([]);
    expect(catalog.entries.map((entry) => entry.label)).toEqual(['Prod']);
    expect(readCatalog({ suppressWelcome: 'yes' }).issues[0]!.params![0]).toBe('suppressWelcome must be true or false');
  });
});
