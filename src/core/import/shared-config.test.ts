import { describe, expect, it } from 'vitest';
import { parseSharedConfigFiles } from './shared-config';

const config = (text: string) => parseSharedConfigFiles({ config: text });
const profiles = (text: string) => config(text).profiles;
const codes = (issues: ReadonlyArray<{ code: string }>) => issues.map((i) => i.code);

describe('parseSharedConfigFiles: sections', () => {
  it('reads nothing from an empty file, and no input at all is fine', () => {
    expect(config('')).toMatchObject({ profiles: {}, ssoSessions: {}, errors: [], warnings: [] });
    expect(parseSharedConfigFiles({})).toMatchObject({ profiles: {}, errors: [] });
    expect(parseSharedConfigFiles(null as never)).toMatchObject({ profiles: {}, errors: [] });
  });

  it('takes [profile NAME] and [default] as profiles in the config file', () => {
    expect(profiles('[profile foo]\n[default]\nregion = eu-west-1')).toEqual({ foo: {}, default: { region: 'eu-west-1' } });
  });

  it('ignores a bare [NAME] in the config file, with its settings, and says so', () => {
    const result = config('[foo]\nregion = x\n[profile bar]');
    expect(result.profiles).toEqual({ bar: {} });
    expect(result.warnings).toMatchObject([{ code: 'warnIniSectionIgnored', line: 1, file: 'config', params: ['foo'] }]);
  });

  it('ignores the AWS CLI\'s own [plugins] and [preview] sections without a word', () => {
    const result = config('[plugins]\ncli_legacy_plugin_path = /opt/plugins\nmyplugin = awscli_myplugin\n[preview]\ncloudfront = true\n[profile bar]');
    expect(result.profiles).toEqual({ bar: {} });
    expect(result.warnings).toEqual([]);
  });

  it('does not take "profilefoo" for "profile foo"', () => {
    expect(profiles('[profilefoo]\nname = value\n[profile bar]')).toEqual({ bar: {} });
  });

  it('takes [NAME] in the credentials file and ignores [profile NAME] there', () => {
    const result = parseSharedConfigFiles({ credentials: '[foo]\nname = 1\n[profile bar]\nname = 2' });
    expect(result.profiles).toEqual({ foo: { name: '1' } });
    expect(result.warnings).toMatchObject([{ code: 'warnIniProfileInCredentials', line: 3, file: 'credentials', params: ['bar'] }]);
  });

  it('refuses [sso-session] sections in the credentials file', () => {
    const result = parseSharedConfigFiles({ credentials: '[sso-session s]\nsso_region = us-east-1' });
    expect(result.ssoSessions).toEqual({});
    expect(result.errors).toMatchObject([{ code: 'errIniSsoSessionInCredentials', line: 1, file: 'credentials' }]);
  });

  it('reads [sso-session NAME] into ssoSessions, apart from a profile of the same name', () => {
    const result = config('[sso-session foo]\nsso_start_url = https://d-1.awsapps.com/start\n[profile foo]\nsso_session = foo');
    expect(result.ssoSessions).toEqual({ foo: { sso_start_url: 'https://d-1.awsapps.com/start' } });
    expect(result.profiles).toEqual({ foo: { sso_session: 'foo' } });
  });

  it('ignores an [sso-session] without a name', () => {
    expect(config('[sso-session]\nname = value')).toMatchObject({ ssoSessions: {}, profiles: {} });
  });

  it('ignores [services NAME] sections quietly: they are valid, only not for Switchyard', () => {
    expect(config('[services s]\ns3 =\n  endpoint_url = https://x')).toMatchObject({ profiles: {}, warnings: [] });
  });

  it('allows spaces and tabs inside the brackets and between "profile" and the name', () => {
    expect(profiles('[ \tprofile \t foo \t]\n[profile\tbar]\n[   sso-session s  ]')).toEqual({ foo: {}, bar: {} });
    expect(config('[   sso-session s  ]').ssoSessions).toEqual({ s: {} });
  });

  it('accepts every allowed name character and ignores a section with any other, with its properties', () => {
    const name = 'ABCxyz019-/.%@_:+';
    expect(profiles(`[profile ${name}]`)).toEqual({ [name]: {} });
    const result = config('[profile ok]\na = 1\n[profile in valid]\nb = 2\n[profile café]\nc = 3');
    expect(result.profiles).toEqual({ ok: { a: '1' } });
    expect(codes(result.warnings)).toEqual(['warnIniSectionName', 'warnIniSectionName']);
    expect(result.warnings[0]).toMatchObject({ line: 3, params: ['in valid'] });
  });

  it('is an error when a section line does not end with "]", and the section is skipped', () => {
    const result = config('[profile foo\nname = value\n[profile bar]\nname = 2');
    expect(result.errors).toMatchObject([{ code: 'errIniSectionUnclosed', line: 1 }]);
    expect(result.profiles).toEqual({ bar: { name: '2' } });
  });

  it('merges a section that appears twice', () => {
    expect(profiles('[profile foo]\na = 1\n[profile foo]\nb = 2')).toEqual({ foo: { a: '1', b: '2' } });
  });

  it('lets [profile default] win over [default], whichever comes first', () => {
    const later = config('[default]\nname2 = value2\n[profile default]\nname = value');
    expect(later.profiles).toEqual({ default: { name: 'value' } });
    expect(codes(later.warnings)).toEqual(['warnIniDefaultReplaced']);
    const first = config('[profile default]\nname = value\n[default]\nname2 = value2\n[profile default]\nname3 = value3');
    expect(first.profiles).toEqual({ default: { name: 'value', name3: 'value3' } });
    expect(codes(first.warnings)).toEqual(['warnIniDefaultIgnored']);
  });

  it('keeps profile and session names safe from prototype tricks', () => {
    const result = profiles('[profile __proto__]\nregion = x\n[profile constructor]');
    expect(Object.keys(result)).toEqual(['__proto__', 'constructor']);
    expect(result.__proto__).toEqual({ region: 'x' });
    expect(({} as Record<string, unknown>).region).toBeUndefined();
  });
});

describe('parseSharedConfigFiles: comments', () => {
  it('ignores a line starting with # or ;', () => {
    expect(config('# a\n; b\n[profile foo]\n#c = d')).toMatchObject({ profiles: { foo: {} }, errors: [] });
  });

  it('ends a value at # or ; after whitespace', () => {
    expect(profiles('[profile foo]\na = value # comment with # sign\nb = value\t; c')).toEqual({ foo: { a: 'value', b: 'value' } });
  });

  it('takes `color = #f2b0a9` for a comment, as the SDKs do', () => {
    expect(profiles('[profile foo]\ncolor = #f2b0a9')).toEqual({ foo: { color: '' } });
  });

  it('keeps # and ; glued to a value as part of it', () => {
    expect(profiles('[profile foo]\na = value;x\nb = value#y')).toEqual({ foo: { a: 'value;x', b: 'value#y' } });
  });

  it('allows a comment right after "]", or after it with a space, and empty comments', () => {
    expect(profiles('[profile foo]; x\n[profile bar]# y\n[profile baz] ;\n;')).toEqual({ foo: {}, bar: {}, baz: {} });
  });

  it('says so when the only "=" of a line is inside a comment', () => {
    expect(config('[profile foo]\nname # = value').errors).toMatchObject([{ code: 'errIniEqualsInComment', line: 2 }]);
  });
});

describe('parseSharedConfigFiles: properties', () => {
  it('lower-cases and trims keys, trims values, keeps = inside a value, allows empty values', () => {
    expect(profiles('[profile foo]\nRegion \t=  \teu-west-1 \t\nRole_ARN = a=b=c\nempty =')).toEqual({ foo: { region: 'eu-west-1', role_arn: 'a=b=c', empty: '' } });
  });

  it('keeps the last value of a repeated key, with a warning', () => {
    const result = config('[profile foo]\nregion = a\nREGION = b');
    expect(result.profiles).toEqual({ foo: { region: 'b' } });
    expect(result.warnings).toMatchObject([{ code: 'warnIniDuplicateKey', line: 3 }]);
  });

  it('keeps Unicode in values', () => {
    expect(profiles('[profile foo]\nlabel = 本番 😂')).toEqual({ foo: { label: '本番 😂' } });
  });

  it('ignores a key with characters outside the allowed set', () => {
    const result = config('[profile foo]\nin valid = value\nok = 1');
    expect(result.profiles).toEqual({ foo: { ok: '1' } });
    expect(result.warnings).toMatchObject([{ code: 'warnIniKeyName', line: 2, params: ['in valid'] }]);
  });

  it('is an error: a line outside any section', () => {
    expect(config('name = value\n[profile foo]')).toMatchObject({ errors: [{ code: 'errIniOutsideSection', line: 1 }], profiles: { foo: {} } });
  });

  it('is an error: a key without a name', () => {
    expect(config('[profile foo]\n= value').errors).toMatchObject([{ code: 'errIniNoKey', line: 2 }]);
  });

  it('is an error: a line without "="', () => {
    expect(config('[profile foo]\nkey : value\nok = 1')).toMatchObject({ errors: [{ code: 'errIniNoEquals', line: 2 }], profiles: { foo: { ok: '1' } } });
  });
});

describe('parseSharedConfigFiles: continuations and sub-properties', () => {
  it('continues a value on indented lines, trimmed, comments included', () => {
    expect(profiles('[profile foo]\nname = value\n -continued\n \t -and # not a comment \t')).toEqual({ foo: { name: 'value\n-continued\n-and # not a comment' } });
  });

  it('reads an empty value followed by indented key = value lines as sub-properties', () => {
    expect(profiles('[profile foo]\ns3 =\n  Max_Concurrent_Requests = 10\n\n\tname =\nregion = x')).toEqual({
      foo: { s3: { max_concurrent_requests: '10', name: '' }, region: 'x' },
    });
  });

  it('tells continuation from sub-properties by whether the first value was empty', () => {
    expect(profiles('[default]\nname = value1\n value2 = 12 \n value3\nname2 = value2\nname3 =\n name3_0 = 1')).toEqual({
      default: { name: 'value1\nvalue2 = 12\nvalue3', name2: 'value2', name3: { name3_0: '1' } },
    });
  });

  it('is an error: a sub-property line without "=" or without a name; a bad sub-key is ignored', () => {
    const result = config('[profile foo]\ns3 =\n invalid\n = v\n in valid = v\n ok = v');
    expect(codes(result.errors)).toEqual(['errIniSubPropertyNoEquals', 'errIniNoKey']);
    expect(codes(result.warnings)).toEqual(['warnIniKeyName']);
    expect(result.profiles).toEqual({ foo: { s3: { ok: 'v' } } });
  });

  it('is an error: an indented line with nothing to continue (outside a profile, after a section line)', () => {
    expect(config(' -continued').errors).toMatchObject([{ code: 'errIniContinuationOutside', line: 1 }]);
    expect(config('[profile foo]\n -continued').errors).toMatchObject([{ code: 'errIniContinuationOutside', line: 2 }]);
    expect(config('[profile foo]\nname = value\n[profile foo]\n -continued').errors).toMatchObject([{ code: 'errIniContinuationOutside', line: 4 }]);
  });

  it('drops the continuation lines of a property it dropped', () => {
    expect(config('[profile foo]\nin valid = x\n more').errors).toEqual([]);
  });
});

describe('parseSharedConfigFiles: the two files', () => {
  it('merges a profile found in both, the credentials file winning per key', () => {
    const result = parseSharedConfigFiles({ config: '[profile foo]\nname = value\nregion = a', credentials: '[foo]\nregion = b' });
    expect(result.profiles).toEqual({ foo: { name: 'value', region: 'b' } });
  });

  it('tells which file each issue belongs to', () => {
    const result = parseSharedConfigFiles({ config: 'x', credentials: '\n\ny' });
    expect(result.errors).toMatchObject([{ file: 'config', line: 1 }, { file: 'credentials', line: 3 }]);
  });

  it('remembers where each profile was first defined', () => {
    const result = parseSharedConfigFiles({ config: '\n[profile foo]\nregion = a', credentials: '[foo]\nrole_arn = r\n[bar]' });
    expect(result.origins.profiles).toEqual({ foo: { file: 'config', line: 2 }, bar: { file: 'credentials', line: 3 } });
  });
});

describe('parseSharedConfigFiles: secrets', () => {
  const keyId = 'AKIAIOSFODNN7EXAMPLE';
  const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const token = 'IQoJb3JpZ2luX2VjEXAMPLETOKENvalueThatIsLongEnoughToLookReal==';

  it('reads past access keys and session tokens, keeping only that they were there', () => {
    const result = parseSharedConfigFiles({
      credentials: `[corp]\naws_access_key_id = ${keyId}\nAWS_SECRET_ACCESS_KEY=${secret}\naws_session_token = ${token}\n  ${token}\nregion = us-east-1`,
    });
    expect(result.profiles).toEqual({ corp: { region: 'us-east-1' } });
    expect(result.secrets).toEqual({ corp: ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'] });
    expect(codes(result.warnings)).toEqual(['warnIniSecretsSkipped']);
  });

  it('never repeats a secret in any output, error or warning, wherever it was put', () => {
    const text = [
      `${secret}`, `[profile ${keyId}]`, `[${secret}]`, `[profile a b ${secret}]`, '[profile ok]', `${keyId} ${secret}`,
      `bad key ${secret} = 1`, `s3 =`, `  ${secret}`, `  aws_secret_access_key = ${secret}`, `password = ${secret}`, `x = 1 # ${secret}`,
    ].join('\n');
    const outputs = JSON.stringify([config(text), parseSharedConfigFiles({ credentials: text })]);
    expect(outputs).not.toContain(secret);
    expect(outputs).not.toContain(keyId.slice(4));
  });
});

describe('parseSharedConfigFiles: text it is given', () => {
  it('reads Windows line ends, old Mac line ends and a byte order mark', () => {
    expect(profiles('\uFEFF[profile foo]\r\nname = value\r\n[profile bar]\rname = 2')).toEqual({ foo: { name: 'value' }, bar: { name: '2' } });
  });

  it('removes a stray NUL and says on which line', () => {
    const result = config('[profile foo]\nregion = eu-\u0000west-1');
    expect(result.profiles).toEqual({ foo: { region: 'eu-west-1' } });
    expect(result.warnings).toMatchObject([{ code: 'warnImportNul', line: 2, params: ['2'] }]);
  });

  it('refuses binary data with its own message instead of reading garbage', () => {
    const binary = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 7919) % 256));
    const result = config(binary);
    expect(result.profiles).toEqual({});
    expect(codes(result.errors)).toEqual(['errImportBinary']);
  });

  it('refuses text over the size limit up front, naming the size and the limit', () => {
    const result = config('#'.repeat(5 * 1024 * 1024 + 1));
    expect(result.errors).toMatchObject([{ code: 'errImportTooLarge', params: ['5.0 MB', '5 MB'] }]);
  });

  it('never throws on odd input', () => {
    for (const text of ['[', ']', '[]', '=', ' =', '[profile]', '[profile ]', '\t', '[default', 'a\n b', '\u2028', '[profile x]\n\u0085']) {
      expect(() => config(text)).not.toThrow();
      expect(() => parseSharedConfigFiles({ credentials: text })).not.toThrow();
    }
  });

  it('reports every unreadable line of a large junk file, with its number, and does not throw', () => {
    const result = config('junk\n'.repeat(200_000));
    expect(result.errors).toHaveLength(200_000);
    expect(result.errors[199_999]).toMatchObject({ code: 'errIniOutsideSection', line: 200_000, file: 'config' });
  });

  it('numbers lines the same whether they end in LF, CR LF or CR', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const result = config(['[profile a]', 'region = x # a comment', 'key # = in a comment', '', 'no equals', '[profile b', '  sub = 1'].join(eol));
      expect(result.errors.map((e) => [e.code, e.line])).toEqual([['errIniEqualsInComment', 3], ['errIniNoEquals', 5], ['errIniSectionUnclosed', 6]]);
      expect(result.profiles).toEqual({ a: { region: 'x' } });
    }
  });
});
