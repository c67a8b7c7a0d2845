// Writes parsed profiles and sessions back as a config file that reads back to the same thing
// (parse → format → parse is the identity; the property test holds it to that).
import type { ParsedConfig, Properties } from '../import/shared-config';

function property(key: string, value: Properties[string]): string[] {
  if (typeof value === 'object') return [`${key} =`, ...Object.entries(value).map(([k, v]) => (v === '' ? `  ${k} =` : `  ${k} = ${v}`))];
  const [first = '', ...rest] = value.split('\n');
  // A value starting with # or ; must touch the "=": after a space it would be a comment.
  const head = first === '' ? `${key} =` : /^[#;]/.test(first) ? `${key} =${first}` : `${key} = ${first}`;
  return [head, ...rest.map((line) => `  ${line}`)];
}

export function formatSharedConfig(parsed: Pick<ParsedConfig, 'profiles' | 'ssoSessions'>): string {
  const blocks: string[] = [];
  const write = (header: string, props: Properties) =>
    blocks.push([`[${header}]`, ...Object.entries(props).flatMap(([k, v]) => property(k, v))].join('\n'));
  for (const [name, props] of Object.entries(parsed.profiles)) write(`profile ${name}`, props);
  for (const [name, props] of Object.entries(parsed.ssoSessions)) write(`sso-session ${name}`, props);
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}
