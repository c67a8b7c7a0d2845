// The benchmark's floor for the console content script (bench/in-page.ts): what any extension
// pays to show one line on a console page the way Switchyard does. It reads one key of
// storage.local (a stored badge would be there), then draws a fixed line of text in a shadow root,
// fixed to the bottom edge, contained, after the page's first frame (as Switchyard's badge is).
chrome.storage.local.get('badge').then(() => {
  const host = document.createElement('floor-badge');
  host.style.cssText = 'all:initial;display:block;position:fixed;inset:0;z-index:2147483647;pointer-events:none;contain:strict';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = '.b{position:fixed;bottom:0;left:50%;transform:translateX(-50%);padding:2px 10px;background:#83d4e8;font:12px Arial,sans-serif}';
  const line = document.createElement('div');
  line.className = 'b';
  line.textContent = 'Production admin · 123456789012 · Admin · us-east-1';
  root.append(style, line);
  document.documentElement.append(host);
});
