import { describe, expect, it } from 'vitest';
import { detectDialect, parseAesrConfig } from './aesr-dialect';

const aws = { dialect: 'aws', detected: true };

describe('detectDialect: what is no evidence of AESR', () => {
  it('reads a file of [profile x], [default], [sso-session x] and [services x] sections as the SDKs do', () => {
    expect(detectDialect('[default]\n[profile a]\n[sso-session s]\n[services x]\n[profile b] # c')).toEqual(aws);
  });

  it('takes none of the AWS CLI\'s own sections for evidence, whatever they carry', () => {
    expect(detectDialect('[plugins]\ncli_legacy_plugin_path = /usr/lib/python3/site-packages\nmyplugin = awscli_myplugin\n[profile a]\nrole_arn = x')).toEqual(aws);
    expect(detectDialect('[preview]\ncloudfront = true\nsdb = true')).toEqual(aws);
    expect(detectDialect('[services dev]\ns3 =\n  endpoint_url = http://localhost:4566\n[profile a]\nservices = dev')).toEqual(aws);
    expect(detectDialect('[sso-session acme]\nsso_start_url = https://acme.awsapps.com/start\nsso_region = eu-west-1')).toEqual(aws);
    expect(detectDialect('[default]\nrole_arn = arn:aws:iam::123456789012:role/A\nsource_profile = keys')).toEqual(aws);
  });

  it('takes a bare section without role or base keys for no evidence (a plain region or output is not)', () => {
    expect(detectDialect('[stray]\nregion = us-east-1\noutput = json\ncolor = f2b0a9\n[notes]\n[profile a]\nrole_arn = x')).toEqual(aws);
  });

  it('takes indented sub-properties under an empty key for no evidence, with comments and blank lines between', () => {
    expect(detectDialect('[profile a]\ns3 =\n  max_concurrent_requests = 20\n\n\tmultipart_threshold = 64MB\nsts = ; block\n# c\n  x = 1')).toEqual(aws);
  });

  it('takes an AESR key in a [profile x] section, or an indented comment, for no evidence', () => {
    expect(detectDialect('[profile a]\naws_account_id = 123456789012\nrole_name = Admin\n  # an indented note')).toEqual(aws);
  });
});

describe('detectDialect: each kind of evidence, with its line', () => {
  it('a bare section with a key AESR makes a role or base from', () => {
    for (const key of ['role_arn', 'aws_account_id', 'role_name', 'aws_account_alias', 'target_role_name', 'target_region', 'source_profile']) {
      expect(detectDialect(`[plugins]\nx = 1\n[marketing]\nregion = us-east-1\n${key.toUpperCase()} = v`))
        .toEqual({ dialect: 'aesr', detected: true, evidence: 'keys', line: 5, header: '[marketing]', key });
    }
  });

  it('"profile" in another case', () => {
    expect(detectDialect('[default]\n[Profile a]')).toEqual({ dialect: 'aesr', detected: true, evidence: 'case', line: 2, header: '[Profile a]' });
    expect(detectDialect('[PROFILE a]')).toMatchObject({ evidence: 'case' });
  });

  it('a profile name the SDKs refuse', () => {
    expect(detectDialect('[profile Prod Admin]')).toEqual({ dialect: 'aesr', detected: true, evidence: 'name', line: 1, header: '[profile Prod Admin]' });
    expect(detectDialect('[profile 本番]')).toMatchObject({ evidence: 'name' });
  });

  it('a long section name is cut for showing only after its credentials are masked', () => {
    const keyId = 'AKIAIOSFODNN7EXAMPLE';
    const guess = detectDialect(`[profile ${'team name '.repeat(4)}${keyId} x]`);
    expect(guess).toMatchObject({ evidence: 'name' });
    expect(guess.header).not.toContain(keyId.slice(0, 8));
    expect(guess.header).toContain('••••');
  });

  it('an indented section line, or an indented setting the SDKs would read as a continuation', () => {
    expect(detectDialect('  [profile a]\n  role_arn = x')).toEqual({ dialect: 'aesr', detected: true, evidence: 'indent', line: 1, header: '[profile a]' });
    expect(detectDialect('[profile a]\nregion = us-east-1\n    role_arn = x')).toEqual({ dialect: 'aesr', detected: true, evidence: 'indent', line: 3, header: 'role_arn' });
    expect(detectDialect('[profile a]\n\trole_arn = x')).toMatchObject({ evidence: 'indent', line: 2 });
    // Under a block's own lines a value goes on; a setting after it starts again.
    expect(detectDialect('[profile a]\ns3 =\n  x = 1\nregion = y\n  z = 2')).toMatchObject({ evidence: 'indent', line: 5 });
  });

  it('counts lines ending in LF, CR LF or CR alike, after a byte order mark, and skips a `[` inside a value', () => {
    expect(detectDialect('key = [v]\r\n\r\n  [a]')).toMatchObject({ dialect: 'aesr', line: 3, header: '[a]' });
    expect(detectDialect('[profile a]\rnote = [x]\r[b]\rrole_arn = x')).toMatchObject({ dialect: 'aesr', line: 4, header: '[b]' });
    expect(detectDialect('\uFEFF[marketing]\r\nrole_name = A')).toMatchObject({ dialect: 'aesr', line: 2, header: '[marketing]' });
    expect(detectDialect('\uFEFF[default]\nx = [y]\n[z')).toEqual(aws);
  });

  it('never quotes a credential pasted where a name goes', () => {
    expect(JSON.stringify(detectDialect('[profile a]\nregion = x\n  AKIAIOSFODNN7EXAMPLE = y'))).not.toContain('AKIAIOSFODNN7EXAMPLE');
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
