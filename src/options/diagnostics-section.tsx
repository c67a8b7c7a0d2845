import { useEffect, useState } from 'preact/hooks';
import type { Identity } from '../core/console/identity';
import { t } from '../platform/i18n';
import { sendToBackground } from '../platform/messaging';
import type { Diagnostics, SignalReport } from '../platform/protocol';
import { issueText } from '../ui/issue-text';

/** Which console signals Switchyard found on the console tab used last: when AWS changes the
 *  console, this is where one sees what went missing. The background picks the tab (the options
 *  page is a tab itself) and asks that tab's content script. */
export function DiagnosticsSection() {
  const [result, setResult] = useState<Diagnostics>();
  const check = () => {
    setResult(undefined);
    sendToBackground('getDiagnostics', {}).then(setResult, () => setResult({ kind: 'none' }));
  };
  useEffect(check, []);

  return (
    <section aria-labelledby="diagnostics-heading" data-testid="diagnostics">
      <h2 id="diagnostics-heading">{t('diagnosticsHeading')}</h2>
      <p class="muted">{t('diagnosticsIntro')}</p>
      {result === undefined ? <p aria-busy="true">…</p> : <Result result={result} />}
      <button type="button" onClick={check}>{t('diagnosticsCheck')}</button>
    </section>
  );
}

function Result({ result }: { result: Diagnostics }) {
  if (result.kind === 'none') return <p role="status">{t('diagnosticsNone')}</p>;
  if (result.kind === 'unreachable') return <p role="status"><code>{result.url}</code><br />{t('diagnosticsUnreachable')}</p>;
  const { state } = result;
  const identity = state.reading.identity;
  return (
    <div role="status">
      <dl class="diagnostics">
        <dt>{t('diagnosticsTab')}</dt><dd><code>{result.url}</code></dd>
        <dt>{t('diagnosticsSignedIn')}</dt>
        <dd data-testid="diagnostics-identity">{identity && identity.kind !== 'unknown' ? describe(identity) : t('diagnosticsUnknown')}</dd>
        <dt>{t('diagnosticsMode')}</dt><dd>{state.mode === 'multi-session' ? t('multiSession') : t('diagnosticsClassic')}</dd>
      </dl>
      {state.signals && <SignalTable report={state.signals} />}
      {state.reading.issues.length > 0 && (
        <>
          <h3>{t('diagnosticsNotes')}</h3>
          <ul>{state.reading.issues.map((issue) => <li key={issue.code}>{issueText(issue)}</li>)}</ul>
        </>
      )}
    </div>
  );
}

function describe(identity: Identity): string {
  const who = identity.arn ?? identity.roleName ?? identity.userName ?? '';
  return identity.accountAlias ? `${who} (${identity.accountAlias})` : who;
}

function SignalTable({ report }: { report: SignalReport }) {
  const yes = (found: boolean) => (found ? t('diagnosticsFound') : t('diagnosticsMissing'));
  const rows: Array<[label: string, found: boolean, value: string]> = [
    [t('signalSessionData'), report.sessionData, yes(report.sessionData)],
    [t('signalUserInfoCookie'), report.userInfoCookie, yes(report.userInfoCookie)],
    [t('signalAliasCookie'), report.accountAliasCookie, yes(report.accountAliasCookie)],
    [t('signalAccountInfo'), report.accountInfo, yes(report.accountInfo)],
    [t('signalDom'), report.dom.length > 0, report.dom.length > 0 ? report.dom.join(', ') : t('diagnosticsMissing')],
    [t('signalCsrf'), report.csrf !== 'none', report.csrf === 'page' ? t('signalCsrfPage') : report.csrf === 'input' ? t('signalCsrfInput') : t('diagnosticsMissing')],
    [t('signalSignInEndpoint'), report.signInEndpoint, yes(report.signInEndpoint)],
    [t('signalProbe'), report.probe, yes(report.probe)],
  ];
  return (
    <table class="signals" data-testid="diagnostics-signals">
      <tbody>
        {rows.map(([label, found, value]) => (
          <tr key={label} data-found={String(found)}>
            <th scope="row">{label}</th>
            <td class={found ? 'ok' : 'error'}>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
