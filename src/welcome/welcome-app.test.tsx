// The welcome page as a person reads it, rendered without a browser: the components are plain
// functions of their props, so the tree they return is walked here (no DOM needed).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { ShortcutRow } from '../core/welcome/welcome-decision';
import { all, renderTree } from '../ui/render-tree.test-support';

const language = vi.hoisted(() => ({ current: 'en' }));
vi.mock('../platform/i18n', () => ({
  t: (key: string, substitutions?: string | string[]) => {
    const messages = JSON.parse(readFileSync(new URL(`../../public/_locales/${language.current}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return (messages[key]?.message ?? key).replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  },
}));
vi.mock('../platform/welcome-facts', () => ({}));

const { WelcomeView } = await import('./welcome-app');


const ROWS: ShortcutRow[] = [
  { name: '_execute_action', description: '', keys: 'Alt+Shift+S' },
  { name: 'switch-previous', description: 'Switch to the previous role', keys: 'Ctrl+Shift+9' },
  { name: 'favourite-1', description: 'Switch to favourite 1' },
];

function page(overrides: Partial<Parameters<typeof WelcomeView>[0]> = {}) {
  const onChangeShortcuts = vi.fn();
  const tree = all(renderTree(
    <WelcomeView family="chromium" shortcuts={ROWS} keyword="aws" onChangeShortcuts={onChangeShortcuts}
      importUrl="chrome-extension://x/src/options/index.html#import" addUrl="chrome-extension://x/src/popup/index.html?add" {...overrides} />,
  ));
  const byTestId = (id: string) => tree.find((element) => element.props['data-testid'] === id);
  return { tree, byTestId, onChangeShortcuts, headings: tree.filter((element) => /^h[1-3]$/.test(element.type)).map((element) => `${element.type} ${element.text}`) };
}

describe('the welcome page', () => {
  it('says what Switchyard is, under headings a screen reader can jump between', () => {
    const { headings, tree } = page();
    expect(headings).toEqual([
      'h1 Welcome to Switchyard',
      'h2 Bring your roles',
      'h3 Import your ~/.aws/config or an AWS Extend Switch Roles config',
      'h3 Add a role',
      'h2 Keyboard shortcuts',
      'h2 From the address bar',
      'h2 On the console',
    ]);
    expect(tree.find((element) => element.props.class === 'intro')?.text).toMatch(/^Switchyard switches AWS console roles in one action/);
    expect(tree.some((element) => element.type === 'p' && /badge on each console page/.test(element.text))).toBe(true);
    expect(tree.some((element) => element.type === 'p' && /multi-session/.test(element.text))).toBe(true);
  });

  it('links to the options page\'s import and to the popup\'s add form', () => {
    const { byTestId } = page();
    expect(byTestId('welcome-import')).toMatchObject({ type: 'a', text: 'Open the import', props: { href: 'chrome-extension://x/src/options/index.html#import' } });
    expect(byTestId('welcome-add')).toMatchObject({ type: 'a', text: 'Add a role', props: { href: 'chrome-extension://x/src/popup/index.html?add' } });
  });

  it('lists the shortcuts the browser has, "Not set" where there is none, the popup named', () => {
    const rows = page().tree.filter((element) => element.type === 'tr' && element.props['data-command']);
    expect(rows.map((row) => row.children.map((cell) => cell.text))).toEqual([
      ['Open the role list', 'Alt+Shift+S'],
      ['Switch to the previous role', 'Ctrl+Shift+9'],
      ['Switch to favourite 1', 'Not set'],
    ]);
  });

  it('says where to change the shortcuts in Chromium and in Firefox, with a real button', () => {
    const chromium = page();
    expect(chromium.byTestId('welcome-shortcuts')!.text).toContain('Change them at chrome://extensions/shortcuts.');
    const button = chromium.byTestId('welcome-change-shortcuts')!;
    expect(button).toMatchObject({ type: 'button', props: { type: 'button' } });
    (button.props.onClick as () => void)();
    expect(chromium.onChangeShortcuts).toHaveBeenCalledOnce();
    expect(page({ family: 'edge' }).byTestId('welcome-shortcuts')!.text).toContain('edge://extensions/shortcuts');
    expect(page({ family: 'firefox' }).byTestId('welcome-shortcuts')!.text).toContain('about:addons: the gear menu (⚙), then Manage Extension Shortcuts');
  });

  it('says so while the shortcuts load, and when the browser lists none', () => {
    expect(page({ shortcuts: undefined }).byTestId('welcome-shortcuts')!.text).toContain('Loading…');
    expect(page({ shortcuts: [] }).byTestId('welcome-shortcuts')!.text).toContain('This browser did not list the shortcuts.');
  });

  it('gives the address-bar keyword from the manifest, and leaves the section out without one', () => {
    expect(page().byTestId('welcome-keyword')!.text).toBe('Type aws, a space and a few letters of a role: Enter switches to the suggestion you pick.');
    expect(page({ keyword: undefined }).byTestId('welcome-keyword')).toBeUndefined();
  });

  it('reads in Japanese', () => {
    language.current = 'ja';
    try {
      const { headings, byTestId, tree } = page();
      expect(headings[0]).toBe('h1 Switchyard へようこそ');
      expect(byTestId('welcome-import')!.text).toBe('インポートを開く');
      expect(tree.some((element) => element.text === '未設定')).toBe(true);
    } finally {
      language.current = 'en';
    }
  });
});
