import type { ComponentChildren } from 'preact';
import { maskAccountId } from '../core/badge/mask';
import type { Identity } from '../core/console/identity';
import { t } from '../platform/i18n';
import type { TabState } from '../platform/protocol';
import { BackToUser } from './back-to-user';

interface Props {
  tab?: TabState;
  hideAccountIds: boolean;
  /** Shown after who is signed in, whatever the tab is: the "3 of 5 sessions" count. */
  children?: ComponentChildren;
}

/** Who is signed in on the active tab, or why we cannot tell. */
export function IdentityHeader({ tab, hideAccountIds, children }: Props) {
  if (!tab) return <header class="identity muted" aria-busy="true"><span>{t('identityLoading')}</span>{children}</header>;
  if (tab.kind === 'not-console') return <header class="identity muted" data-testid="identity"><span>{t('identityNotConsole')}</span>{children}</header>;
  if (tab.kind === 'console-unreachable') return <header class="identity muted" data-testid="identity"><span>{t('identityUnreachable')}</span>{children}</header>;
  const { identity } = tab.console.reading;
  if (!identity || identity.kind === 'unknown') {
    return <div class="identity warning" role="status" data-testid="identity"><span>{t('identityConsoleChanged')}</span>{children}</div>;
  }
  return (
    <header class="identity" data-testid="identity">
      <span class="identity-who">{who(identity)}</span>
      <span class="identity-account">{account(identity, hideAccountIds)}</span>
      {tab.console.mode === 'multi-session' && <span class="tag">{t('multiSession')}</span>}
      {children}
      {!tab.console.csrfFound && tab.console.mode === 'classic' && <span class="tag warning">{t('csrfMissing')}</span>}
      <BackToUser tab={tab} />
    </header>
  );
}

function who(identity: Identity): string {
  switch (identity.kind) {
    case 'assumed-role':
      return t('identityRole', identity.displayName ?? identity.roleName ?? '');
    case 'identity-center':
      return t('identityCenterRole', identity.permissionSet ?? identity.roleName ?? '');
    case 'root':
      return t('identityRoot');
    default:
      return t('identityUser', identity.userName ?? '');
  }
}

function account(identity: Identity, hide: boolean): string {
  const id = hide ? maskAccountId(identity.accountId ?? '') : identity.accountId ?? '';
  return identity.accountAlias ? `${identity.accountAlias} (${id})` : id;
}
