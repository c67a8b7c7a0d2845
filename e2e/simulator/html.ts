// Building the simulator's HTML safely: every interpolated value is escaped unless it is already
// markup built by `html`, and inline scripts and styles only apply with the response's CSP nonce
// (the real console forbids inline scripts too, so an extension that injects a <script> tag fails
// here; and a style sheet a content script adds the way Firefox judges by the page's CSP — a text
// node appended to a <style> — is dropped, so an unstyled badge shows here as it would under a
// console CSP that limits styles).
import { randomBytes } from 'node:crypto';

export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; nested `html` and arrays of it pass through. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]) : ''), ''));
}

/** A JSON literal that is safe inside an inline <script> (no `</script>`, no line separators). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  /** Set-Cookie header values, one header each. */
  cookies?: string[];
  body: string;
}

export interface HtmlPage {
  status?: number;
  title: string;
  head?: SafeHtml;
  body: SafeHtml;
  /** Inline script sources; they get the response's nonce. */
  scripts?: string[];
  /** CSS of this page alone, after the shared sheet (the same nonce'd <style>: no style attributes,
   *  which the CSP refuses). */
  style?: string;
  /** Set-Cookie header values. */
  cookies?: string[];
}

export function htmlReply(page: HtmlPage): Reply {
  const nonce = randomBytes(16).toString('base64');
  const scripts = (page.scripts ?? []).map((source) => html`<script nonce="${nonce}">${new SafeHtml(source)}</script>`);
  const body = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${page.title}</title>
${page.head}
<style nonce="${nonce}">${new SafeHtml(STYLE + (page.style ?? ''))}</style>
</head>
<body>
${page.body}
${scripts}
</body>
</html>
`;
  const headers: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // Styles: only the nonce'd sheet and same-origin sheets; no inline `style` attributes, no
    // <style> without the nonce. The real console's style policy is not in the facts file: this is
    // the strict end (stricter where AWS is unknown), the one a badge must survive.
    'content-security-policy': `script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}' 'self'; object-src 'none'; base-uri 'none'`,
  };
  return { status: page.status ?? 200, headers, cookies: page.cookies, body: body.markup };
}

/** A real 302 to `url`; the body is a link for whoever does not follow redirects. */
export function redirectReply(url: string, cookies?: string[]): Reply {
  const reply = htmlReply({ status: 302, title: 'Moved', body: html`<p>Moved to <a href="${url}">${url}</a></p>`, cookies });
  return { ...reply, headers: { ...reply.headers, location: url } };
}

/** A 200 page with nothing in it at all. */
export function blankReply(): Reply {
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body: '' };
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }, body: JSON.stringify(value) };
}

const STYLE = `
body { margin: 0; font: 14px/1.4 "Amazon Ember", Arial, sans-serif; color: #16191f; background: #f2f3f3; }
.sim-banner { background: #ffd814; color: #000; font-size: 12px; padding: 2px 12px; text-align: center; }
header.sim-nav { display: flex; align-items: center; gap: 16px; background: #232f3e; color: #fff; padding: 8px 16px; }
header.sim-nav .sim-logo { font-weight: bold; font-size: 20px; color: #ff9900; letter-spacing: -1px; }
header.sim-nav .sim-spacer { flex: 1; }
header.sim-nav button, header.sim-nav a { color: #fff; background: transparent; border: 1px solid #8d99a8; border-radius: 4px; padding: 4px 10px; font: inherit; cursor: pointer; text-decoration: none; }
.sim-identity { display: inline-block; padding: 2px 8px; border-radius: 4px; font-weight: bold; }
.sim-identity.sim-role { color: #16191f; }
.sim-account-menu { background: #fff; border: 1px solid #d5dbdb; margin: 12px 16px; padding: 8px 16px; }
main { background: #fff; margin: 12px 16px; padding: 16px 24px; border: 1px solid #d5dbdb; }
main h1 { margin-top: 0; }
.sim-signin { max-width: 480px; margin: 40px auto; background: #fff; border: 1px solid #d5dbdb; padding: 24px; }
.sim-signin label { display: block; margin: 12px 0 4px; font-weight: bold; }
.sim-signin input, .sim-signin select { width: 100%; box-sizing: border-box; padding: 6px; }
.sim-signin button { margin-top: 16px; background: #ff9900; border: 0; padding: 8px 16px; font-weight: bold; cursor: pointer; }
.sim-alert { background: #fde8e8; border: 1px solid #d13212; color: #d13212; padding: 8px 12px; margin-bottom: 12px; }
.sim-reason { color: #545b64; font-size: 12px; }
`;
