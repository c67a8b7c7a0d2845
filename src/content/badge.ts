// The active-role badge: who this console tab is signed in as, drawn in a shadow root from the
// data the background formatted. Every text goes in as text; the page can neither style it nor
// drive it (its buttons act on real user input only).
import type { BadgeView } from '../platform/protocol';
import { t } from '../platform/content-runtime';
import { placeBadge } from './badge-placement';
import { BADGE_CSS } from './badge-style';

export interface BadgeActions {
  back(): Promise<string | undefined>;
  setCollapsed(collapsed: boolean): void;
}

let host: HTMLElement | undefined;
let root: ShadowRoot;
let current: { view: BadgeView; actions: BadgeActions; note?: string } | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A button that ignores clicks the page synthesises (`isTrusted` is false for those). */
function button(label: string, props: Record<string, string>, onClick: () => void): HTMLButtonElement {
  const node = el('button', { type: 'button', ...props }, label);
  node.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  return node;
}

const HEX = /^#[0-9a-f]{6}$/;

export function showBadge(view: BadgeView, actions: BadgeActions): void {
  current = { view, actions };
  draw();
}

function draw(): void {
  if (!current) return;
  const { view, actions, note } = current;
  if (!host) {
    host = document.createElement('switchyard-badge');
    // Open, so that testing and accessibility tools see it; clicks are checked with isTrusted.
    root = host.attachShadow({ mode: 'open' });
    document.documentElement.append(host);
  }
  const { data } = view;
  const parts: Node[] = [el('style', {}, BADGE_CSS)];
  if (data.production) parts.push(el('div', { class: 'frame', 'data-testid': 'switchyard-production-frame' }));
  const problems = [...data.problems.map((p) => t(p === 'identity' ? 'identityConsoleChanged' : 'badgeCsrfMissing')), ...(note ? [note] : [])];
  if (view.visible) parts.push(problems.length > 0 ? warning(problems, view) : badge(view, actions));
  root.replaceChildren(...parts);
  const badgeNode = root.querySelector<HTMLElement>('.badge');
  if (badgeNode) requestAnimationFrame(() => host && placeBadge(host, badgeNode));
}

function warning(problems: string[], view: BadgeView): HTMLElement {
  const box = el('div', { class: 'badge warn', role: 'alert', 'data-testid': 'switchyard-badge' });
  const list = el('div', { class: 'problem', 'data-testid': 'switchyard-badge-problem' }, el('strong', {}, t('badgeTitle')));
  for (const text of problems) list.append(el('span', {}, text));
  box.append(list);
  // The token alone missing: who is signed in is still known, and still shown.
  if (view.data.name !== undefined) list.append(fields(view.data));
  return box;
}

function fields(data: BadgeView['data']): HTMLElement {
  const node = el('div', { class: 'fields' });
  const field = (cls: string, value: string | undefined, label: string) => {
    if (value !== undefined) node.append(el('span', { class: cls, title: label, 'data-testid': `switchyard-badge-${cls}` }, value));
  };
  field('name', data.name, t('badgeName'));
  field('account', data.account, t('badgeAccount'));
  field('role', data.role, t('badgeRole'));
  field('region', data.region === 'global' ? t('badgeRegionGlobal') : data.region, t('badgeRegion'));
  return node;
}

function badge(view: BadgeView, actions: BadgeActions): HTMLElement {
  const { data } = view;
  const box = el('div', { class: 'badge', role: 'status', 'aria-label': t('badgeTitle'), 'data-testid': 'switchyard-badge' });
  if (HEX.test(data.background)) box.style.setProperty('--bg', data.background);
  box.style.setProperty('--fg', data.foreground === '#000000' ? '#000000' : '#ffffff');
  if (data.production) box.classList.add('prod');
  const summary = [data.name, data.account, data.role, data.region].filter(Boolean).join(' · ');
  if (view.collapsed) {
    box.classList.add('collapsed');
    box.title = summary;
    if (data.production) box.append(el('span', { class: 'tag prod' }, t('badgeProduction')));
    box.append(toggle(false, actions));
    return box;
  }
  box.append(fields(data));
  if (data.production) box.append(el('span', { class: 'tag prod', 'data-testid': 'switchyard-badge-production' }, t('badgeProduction')));
  if (data.multiSession) box.append(el('span', { class: 'tag' }, t('multiSession')));
  if (data.backTo !== undefined) {
    const back = button(t('backToUser', data.backTo), { 'data-testid': 'switchyard-back' }, () => {
      back.disabled = true;
      void actions.back().then((problem) => {
        back.disabled = false;
        if (problem !== undefined && current) {
          current.note = problem;
          draw();
        }
      });
    });
    box.append(back);
  }
  box.append(toggle(true, actions));
  return box;
}

function toggle(expanded: boolean, actions: BadgeActions): HTMLButtonElement {
  return button(expanded ? '▾' : '▴', {
    class: 'toggle',
    'aria-expanded': String(expanded),
    'aria-label': t(expanded ? 'badgeCollapse' : 'badgeExpand'),
    title: t(expanded ? 'badgeCollapse' : 'badgeExpand'),
    'data-testid': 'switchyard-badge-toggle',
  }, () => {
    if (!current) return;
    current.view = { ...current.view, collapsed: expanded };
    actions.setCollapsed(expanded);
    draw();
  });
}

/** After the window is resized, or the console has drawn its footer, look again for a free spot. */
export function watchPlacement(): void {
  let queued = false;
  const recheck = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const node = root?.querySelector<HTMLElement>('.badge');
      if (host && node) placeBadge(host, node);
    });
  };
  window.addEventListener('resize', recheck, { passive: true });
  if (document.readyState !== 'complete') window.addEventListener('load', recheck, { once: true });
}
