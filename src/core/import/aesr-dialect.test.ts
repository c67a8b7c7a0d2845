import { describe, expect, it } from 'vitest';
import { detectDialect, parseAesrConfig } from './aesr-dialect';

describe('detectDialect', () => {
  it('reads a file of [profile x], [default] and [sso-session x] sections as the SDKs do', () => {
    expect(detectDialect('[default]\n[profile a]\n[sso-session s]\n[services x]\n[profile b] # c')).toEqual({ dialect: 'aws' });
  });

  it('recognises AESR by a bare [name] section, and says which line', () => {
    expect(detectDialect('[profile a]\nrole_arn = x\n\n[marketing]\naws_account_id = 1')).toEqual({ dialect: 'aesr', line: 4, header: '[marketing]' });
  });

  it('counts lines ending in LF, CR LF or CR alike, after a byte order mark, and skips a `[` inside a value', () => {
    expect(detectDialect('key = [v]\r\n\r\n  [a]')).toEqual({ dialect: 'aesr', line: 3, header: '[a]' });
    expect(detectDialect('[profile a]\rnote = [x]\r[b]')).toEqual({ dialect: 'aesr', line: 3, header: '[b]' });
    expect(detectDialect('\uFEFF[marketing]')).toEqual({ dialect: 'aesr', line: 1, header: '[marketing]' });
    expect(detectDialect('\uFEFF[default]\nx = [y]\n[z')).toEqual({ dialect: 'aws' });
  });

  it('recognises AESR by a name the SDKs refuse, a capital "Profile", or an indented section line', () => {
    expect(detectDialect('[profile Prod Admin]').dialect).toBe('aesr');
    expect(detectDialect('[profile 本番]').dialect).toBe('aesr');
    expect(detectDialect('[Profile a]').dialect).toBe('aesr');
    expect(detectDialect('  [profile a]\n  role_arn = x').dialect).toBe('aesr');
  });
});

describe('parseAesrConfig', () => {
  it('takes [name] and [profile name] alike, names with spaces and any case of "profile"', () => {
    const result = parseAesrConfig('[marketing admin]\na = 1\n[PROFILE b]\n[profile 本番 環境]');
    expect(Object.keys(result.profiles)).toEqual(['marketing admin', 'b', '本番 環境']);
    expect(result.errors).toEqual([]);
  });

  it('ignores indentation: an indented key is an ordinary key', () => {
    expect(parseAesrConfig('  [a]\n    role_arn = x\n\tregion = y').profiles).toEqual({ a: { role_arn: 'x', region: 'y' } });
  });

  it('keeps = # and ; inside values, which AESR itself cuts off', () => {
    const result = parseAesrConfig('[a]\nimage = "https://img.example/a.png?size=64&v=2#top"\nrole_name = Ops;Admin\nnote = x=y');
    expect(result.profiles.a).toEqual({ image: '"https://img.example/a.png?size=64&v=2#top"', role_name: 'Ops;Admin', note: 'x=y' });
  });

  it('still ends a value at a comment after whitespace, and skips comment lines', () => {
    expect(parseAesrConfig('# team roles\n[a] ; first\n  ; indented comment\nregion = us-east-1 # N. Virginia').profiles).toEqual({ a: { region: 'us-east-1' } });
  });

  it('reads a CSS-style colour, which the SDK comment rule would drop', () => {
    expect(parseAesrConfig('[a]\ncolor = #F2B0A9\n[b]\ncolor = #f2b0a9 # red').profiles).toEqual({ a: { color: '#F2B0A9' }, b: { color: '#f2b0a9' } });
  });

  it('keeps the last value of a repeated key, with a warning, where AESR would refuse the file', () => {
    const result = parseAesrConfig('[a]\nregion = x\nregion = y');
    expect(result.profiles).toEqual({ a: { region: 'y' } });
    expect(result.warnings).toMatchObject([{ code: 'warnIniDuplicateKey', line: 3 }]);
  });

  it('still reports lines it cannot read, and empty section names', () => {
    const result = parseAesrConfig('role_arn = x\n[a]\nnot a setting\n[ ]\n[b');
    expect(result.errors.map((e) => [e.code, e.line])).toEqual([['errIniOutsideSection', 1], ['errIniNoEquals', 3], ['errIniSectionUnclosed', 5]]);
    expect(result.warnings.map((e) => [e.code, e.line])).toEqual([['warnIniSectionName', 4]]);
  });
});
