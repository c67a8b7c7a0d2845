import { describe, expect, it } from 'vitest';
import { extensionMainThreadWork, type TraceEvent } from './console-trace';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const OURS = `chrome-extension://${ID}/src/content/console.js`;
const PAGE_URL = 'https://us-east-1.console.aws.amazon.com/ec2/home';
const PID = 10;

/** A complete event on the page's main thread: times in ms, CPU time as wall unless given. */
function x(name: string, at: number, ms: number, more: { cpu?: number; args?: Record<string, unknown>; cat?: string; pid?: number } = {}): TraceEvent {
  const pid = more.pid ?? PID;
  return { name, ph: 'X', ts: at * 1000, dur: ms * 1000, tdur: (more.cpu ?? ms) * 1000, pid, tid: pid, cat: more.cat ?? 'devtools.timeline', args: more.args ?? {} };
}
const instant = (name: string, at: number, data: Record<string, unknown>): TraceEvent => ({ name, ph: 'I', ts: at * 1000, pid: PID, tid: PID, args: { data } });
const stack = (url: string) => [{ url, functionName: 'f', lineNumber: 1, columnNumber: 1 }];
const script = (name: string, url: string, at: number, ms: number) => x(name, at, ms, { args: { data: { url } } });
const mojo = (at: number, ms: number, tag: string) => x('Receive mojo message', at, ms, { cat: 'toplevel,mojom', args: { chrome_mojo_event_info: { mojo_interface_tag: tag } } });

const metadata: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ts: 0, pid: PID, tid: PID, args: { name: 'CrRendererMain' } },
  { name: 'thread_name', ph: 'M', ts: 0, pid: 20, tid: 20, args: { name: 'CrRendererMain' } },
  { name: 'FrameCommittedInBrowser', ph: 'I', ts: 0, pid: 1, tid: 1, args: { data: { url: PAGE_URL, processId: PID } } },
];

describe('the extension\'s share of a console page load', () => {
  it('counts its injection, evaluation, callbacks and messages with what they cause, and none of the page\'s work', () => {
    const events = [
      ...metadata,
      // The parser's task: the page parses and runs its script; the document_end injection sets up our world.
      x('RunTask', 0, 10), x('ThreadControllerImpl::RunTask', 0, 10), x('ParseHTML', 0, 6), script('EvaluateScript', PAGE_URL, 1, 1),
      x('ScriptInjection::InjectJs', 7, 2, { cat: 'extensions' }),
      // Our script's evaluation, a task of its own: counted whole (1.5 ms, 1.2 ms of it CPU).
      x('RunTask', 20, 1.5, { cpu: 1.2 }), x('ThreadControllerImpl::RunTask', 20, 1.5), script('EvaluateScript', OURS, 20.1, 1.3),
      // A page timer: not ours.
      x('RunTask', 30, 3), x('TimerFire', 30, 3), script('FunctionCall', PAGE_URL, 30.1, 2.8),
      // The answer to our storage read, and the microtasks after it that draw the badge.
      x('RunTask', 40, 2), x('ThreadControllerImpl::RunTask', 40, 0.2), mojo(40, 0.2, 'extensions.mojom.LocalFrameHost'),
      x('BlinkScheduler_PerformMicrotaskCheckpoint', 40.3, 1.6), x('RunMicrotasks', 40.3, 1.6),
      instant('StyleRecalcInvalidationTracking', 41, { nodeName: 'SWITCHYARD-BADGE', stackTrace: stack(OURS) }),
      // An unrelated message of the browser's: not ours.
      x('RunTask', 45, 1), mojo(45, 0.9, 'blink.mojom.Widget'),
    ];
    const work = extensionMainThreadWork(events, ID, PAGE_URL);
    expect(work.byKind).toEqual({ injection: 2, evaluation: 1.2, 'extension message': 2 });
    expect(work.totalMs).toBe(5.2);
    expect(work.wallMs).toBe(5.5);
  });

  it('counts the frame only its own changes made necessary, whole', () => {
    const events = [
      ...metadata,
      x('RunTask', 0, 1), x('ThreadControllerImpl::RunTask', 0, 1), mojo(0, 0.1, 'extensions.mojom.MessagePort'),
      instant('StyleRecalcInvalidationTracking', 0.5, { nodeName: 'SWITCHYARD-BADGE', nodeId: 7, stackTrace: stack(OURS) }),
      // The frame that draws it, with our animation-frame callback: all ours.
      x('RunTask', 10, 4), x('ThreadControllerImpl::RunTask', 10, 4), x('WebFrameWidgetImpl::BeginMainFrame', 10, 0.5, { cat: 'blink' }),
      x('FireAnimationFrame', 10.1, 0.3), script('FunctionCall', OURS, 10.1, 0.3),
      x('WebFrameWidgetImpl::UpdateLifecycle', 10.6, 3, { cat: 'blink' }), x('Layout', 11, 1), x('Commit', 13.7, 0.3),
      // The page changes something (a page script's invalidation), then a frame: the page's.
      x('RunTask', 20, 1), script('FunctionCall', PAGE_URL, 20, 1), instant('StyleRecalcInvalidationTracking', 20.5, { nodeName: 'DIV', stackTrace: stack(PAGE_URL) }),
      x('RunTask', 30, 5), x('WebFrameWidgetImpl::UpdateLifecycle', 30, 5, { cat: 'blink' }),
      // Both change something: counted as ours, and reported as shared.
      x('RunTask', 40, 1), script('FunctionCall', PAGE_URL, 40, 1), instant('StyleRecalcInvalidationTracking', 40.5, { nodeName: 'DIV', stackTrace: stack(PAGE_URL) }),
      x('RunTask', 42, 0.5), script('FunctionCall', OURS, 42, 0.5), instant('StyleRecalcInvalidationTracking', 42.2, { nodeName: 'DIV', stackTrace: stack(OURS) }),
      x('RunTask', 50, 2), x('WebFrameWidgetImpl::UpdateLifecycle', 50, 2, { cat: 'blink' }),
    ];
    const work = extensionMainThreadWork(events, ID, PAGE_URL);
    expect(work.byKind).toEqual({ 'extension message': 1, rendering: 6, callback: 0.5 });
    expect(work.renderingMs).toBe(6);
    expect(work.sharedFrames).toBe(1);
  });

  it('counts style and layout forced at `load` after its changes, and its listener, not the page\'s load', () => {
    const events = [
      ...metadata,
      x('RunTask', 0, 1), mojo(0, 0.1, 'extensions.mojom.LocalFrameHost'),
      instant('StyleRecalcInvalidationTracking', 0.5, { nodeName: 'SWITCHYARD-BADGE', stackTrace: stack(OURS) }),
      x('RunTask', 10, 6), x('ThreadControllerImpl::RunTask', 10, 6), x('MarkLoad', 10, 0.1),
      x('EventDispatch', 10.5, 0.5, { args: { data: { type: 'load' } } }), script('FunctionCall', OURS, 10.6, 0.3),
      x('Document::UpdateStyleAndLayout', 12, 3, { cat: 'blink' }),
      // Forced again with nothing of ours changed since: not ours.
      x('RunTask', 20, 2), script('FunctionCall', PAGE_URL, 20, 2), x('Document::UpdateStyleAndLayout', 20.5, 1, { cat: 'blink' }),
    ];
    expect(extensionMainThreadWork(events, ID, PAGE_URL).byKind).toEqual({ 'extension message': 1, event: 0.5, rendering: 3 });
  });

  it('adds the time blocked in synchronous calls to the CPU time; ignores other tabs; finds nothing where the extension is absent', () => {
    const events = [
      ...metadata,
      x('RunTask', 0, 3, { cpu: 1 }), script('EvaluateScript', OURS, 0, 3), x('FontDataService::MatchFamilyName', 1, 1.5, { cpu: 0.1, cat: 'mojom' }),
      x('RunTask', 5, 9, { pid: 20 }), x('EvaluateScript', 5, 9, { pid: 20, args: { data: { url: OURS } } }),
    ];
    const work = extensionMainThreadWork(events, ID, PAGE_URL);
    expect(work).toMatchObject({ totalMs: 2.4, waitMs: 1.4, wallMs: 3 });
    const bare = events.filter((e) => e.args?.data === undefined || (e.args.data as { url?: string }).url !== OURS);
    expect(extensionMainThreadWork(bare, ID, PAGE_URL).totalMs).toBe(0);
  });
});
