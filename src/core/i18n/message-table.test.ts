import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeFolders, messageFrom, tableOf, type MessagesFile } from './message-table';

const catalogue = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as MessagesFile;

describe('localeFolders', () => {
  it('goes from the exact language to its base, then the default', () => {
    expect(localeFolders('ja-JP', 'en')).toEqual(['ja_JP', 'ja', 'en']);
    expect(localeFolders('en-US', 'en')).toEqual(['en_US', 'en']);
    expect(localeFolders('en', 'en')).toEqual(['en']);
  });

  it('never names a path outside _locales', () => {
    expect(localeFolders('../x', 'en')).toEqual(['en']);
  });
});

describe('messageFrom', () => {
  const table = tableOf([{ greet: { message: 'Hello $1 and $2, $$5' } }, { greet: { message: 'ignored' }, only: { message: 'From the default' } }]);

  it('fills in $1… as getMessage does, and $$ is a dollar', () => {
    expect(messageFrom(table, 'greet', ['Ann', 'Bo'])).toBe('Hello Ann and Bo, $5');
    expect(messageFrom(table, 'greet', 'Ann')).toBe('Hello Ann and , $5');
  });

  it('takes a message missing from the language from the default, and answers an unknown key with nothing', () => {
    expect(messageFrom(table, 'only')).toBe('From the default');
    expect(messageFrom(table, 'nope')).toBe('');
  });

  it('reads the real catalogues: Japanese over English', () => {
    const ja = tableOf([catalogue('ja'), catalogue('en')]);
    const en = tableOf([catalogue('en')]);
    expect(messageFrom(en, 'noProfilesYet')).toBe('No roles saved yet. Add one to switch to it in one click.');
    expect(messageFrom(ja, 'noProfilesYet')).not.toBe(messageFrom(en, 'noProfilesYet'));
    expect(messageFrom(en, 'signInRefusedTitle', 'Prod')).toBe('Switchyard could not switch to “Prod”');
  });
});
