import { useEffect, useState } from 'preact/hooks';
import type { PortalEndpoints } from '../core/portal/portal-api';
import type { PortalMemory } from '../core/portal/portal-diff';
import { portalIssue } from '../core/portal/portal-issues';
import { DEFAULT_LABEL_RULE, parseLabelRule, type LabelRule } from '../core/portal/portal-labels';
import { rememberedRegion } from '../core/portal/portal-page';
import type { PortalRead } from '../core/portal/portal-read';
import { portalOrigin } from '../core/profile/portal-hosts';
import type { Entry } from '../core/store/schema';
import { t } from '../platform/i18n';
import { portalAccessHeld, requestPortalAccess } from '../platform/permissions';
import { openBackgroundTab } from '../platform/scripting';
import { openTab } from '../platform/tabs';
import { issueText } from '../ui/issue-text';
import { portalDoors } from './portal-doors';
import { releaseLeftovers, withHeldRead } from '../platform/portal-leftovers';
import { readPortal, type PortalProblem, type PortalProgress } from './portal-runner';
import { reasonOf } from './reason-of';

/** A complete read, with what is needed to preview it again under another label rule. */
export interface PortalResult { read: PortalRead; endpoints: PortalEndpoints; rule: LabelRule }

interface Props {
  busy: boolean;
  entries: readonly Entry[];
  memories: readonly PortalMemory[];
  onRead: (result: PortalResult) => void;
  /** A new valid rule while a read is previewed: preview it again. */
  onRule: (rule: LabelRule) => void;
}

interface Problem { text: string; signIn?: string }

/** Options → Import → "From your AWS access portal": read the accounts and permission sets of the
 *  portal the user is signed in to, into the import preview (portal-runner.ts does the read). */
export function PortalSection({ busy, entries, memories, onRead, onRule }: Props) {
  const last = memories[0];
  const [startUrl, setStartUrl] = useState(last?.startUrl ?? '');
  const [region, setRegion] = useState('');
  const [ruleText, setRuleText] = useState(last?.labelRule ?? DEFAULT_LABEL_RULE);
  const [reading, setReading] = useState(false);
  const [progress, setProgress] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  // A read cut short by a page closed mid-read left its grants and tab: give them back.
  useEffect(() => void releaseLeftovers(), []);
  // The remembered portal arrives after the first render (storage): fill the fields once.
  useEffect(() => {
    if (!last || startUrl !== '') return;
    setStartUrl(last.startUrl);
    if (last.labelRule !== undefined) setRuleText(last.labelRule);
  }, [last]);

  const rule = parseLabelRule(ruleText);
  const known = [...new Set([...memories.map((m) => m.startUrl), ...entries.flatMap((e) => (e.sso ? [e.sso.startUrl] : []))])];

  const read = (address: string) => {
    const url = address.trim();
    const origin = portalOrigin(url);
    setProblem(undefined);
    // Checked before anything is asked (synchronously, so still inside the click): a permission
    // asked for a read that then does not happen would never be given back.
    if (origin === undefined) return setProblem({ text: issueText(portalIssue('errPortalStartUrl', [url])) });
    if (!rule.value) return setProblem({ text: rule.errors.map(issueText).join(' ') });
    const chosen = rule.value;
    const pattern = `${origin}/*`;
    // What the extension holds already is never given back after the read: asked first.
    const had = portalAccessHeld(pattern);
    // Asked inside the click: Firefox grants only while the user's action is handled.
    const asked = requestPortalAccess(pattern);
    setReading(true);
    setProgress(t('portalAsking', origin));
    void (async () => {
      try {
        if (!(await asked)) return setProblem({ text: t('portalDenied', origin) });
        // Written down while it runs, so that a page closed mid-read leaves nothing granted or open
        // (the next options page gives it back: portal-leftovers.ts), and so that another page's
        // read gives back nothing this one still uses.
        await withHeldRead(origin, pattern, await had, async (hold) => {
          const doors = { ...portalDoors, openTab: (address: string) => openBackgroundTab(address, hold.opened) };
          const outcome = await readPortal(url, region, doors, (p) => setProgress(progressText(p)), rememberedRegion(url, memories));
          if ('problem' in outcome) return setProblem(problemText(outcome.problem));
          setProgress(t('portalReadDone', [String(outcome.read.accounts.length), String(outcome.read.assignments.length)]));
          onRead({ read: outcome.read, endpoints: outcome.endpoints, rule: chosen });
        });
      } catch (error) {
        // Storage or a lock failing: said, not left on "Asking…".
        setProblem({ text: t('portalReadFailed', [origin, reasonOf(error)]) });
      } finally {
        setReading(false);
      }
    })();
  };

  const disabled = busy || reading;
  return (
    <fieldset class="portal-import" data-testid="portal-import">
      <legend><h3>{t('portalHeading')}</h3></legend>
      <p class="muted hint">{t('portalIntro')}</p>
      <div class="field wide">
        <label for="portal-start-url">{t('portalStartUrlLabel')}</label>
        <input id="portal-start-url" type="url" inputMode="url" list="portal-start-urls" placeholder="https://d-1234567890.awsapps.com/start"
          value={startUrl} disabled={disabled} data-testid="portal-start-url" autocomplete="off"
          onInput={(event) => setStartUrl((event.target as HTMLInputElement).value)} />
        <datalist id="portal-start-urls">{known.map((url) => <option key={url} value={url} />)}</datalist>
      </div>
      <div class="field">
        <label for="portal-region">{t('portalRegionLabel')}</label>
        <input id="portal-region" type="text" placeholder="us-east-1" value={region} disabled={disabled} data-testid="portal-region"
          aria-describedby="portal-region-hint" autocomplete="off" spellcheck={false}
          onInput={(event) => setRegion((event.target as HTMLInputElement).value)} />
        <p id="portal-region-hint" class="muted hint">{t('portalRegionHint')}</p>
      </div>
      <div class="field wide">
        <label for="portal-label-rule">{t('portalRuleLabel')}</label>
        <input id="portal-label-rule" type="text" value={ruleText} disabled={reading} data-testid="portal-label-rule"
          aria-describedby="portal-rule-hint" autocomplete="off" spellcheck={false}
          onInput={(event) => {
            const text = (event.target as HTMLInputElement).value;
            setRuleText(text);
            const next = parseLabelRule(text);
            if (next.value) onRule(next.value);
          }} />
        <p id="portal-rule-hint" class="muted hint">{t('portalRuleHint')}</p>
        {rule.errors.map((issue) => <p key={issue.code} class="error">{issueText(issue)}</p>)}
        {rule.warnings.map((issue) => <p key={issue.code} class="muted hint">{issueText(issue)}</p>)}
      </div>
      <div class="import-actions">
        <button type="button" disabled={disabled || startUrl.trim() === ''} onClick={() => read(startUrl)} data-testid="portal-read">{t('portalRead')}</button>
        {last && (
          <button type="button" disabled={disabled} onClick={() => read(last.startUrl)} data-testid="portal-refresh">{t('portalRefresh')}</button>
        )}
      </div>
      {last && <p class="muted hint" data-testid="portal-remembered">{t('portalRememberedHint', [last.startUrl, new Date(last.readAt).toLocaleString()])}</p>}
      {progress && !problem && <p role="status" class="muted" data-testid="portal-status">{progress}</p>}
      {problem && (
        <div role="alert" class="error" data-testid="portal-problem">
          <p>{problem.text}</p>
          {problem.signIn !== undefined && (
            <button type="button" onClick={() => void openTab(problem.signIn!)} data-testid="portal-sign-in">{t('portalSignIn', portalOrigin(problem.signIn) ?? problem.signIn)}</button>
          )}
        </div>
      )}
    </fieldset>
  );
}

function progressText(progress: PortalProgress): string {
  if (progress.phase === 'opening') return t('portalOpening', progress.origin);
  if (progress.phase === 'accounts') return t('portalListing', String(progress.listed));
  return t('portalProgress', [String(progress.read), String(progress.total)]);
}

function problemText(problem: PortalProblem): Problem {
  if (problem.kind === 'issue') return { text: issueText(problem.issue), ...(problem.signIn !== undefined && { signIn: problem.signIn }) };
  if (problem.kind === 'pageLeft') return { text: t('portalPageLeft', problem.signIn), signIn: problem.signIn };
  return { text: t('portalNoTab', [problem.origin, problem.reason]) };
}
