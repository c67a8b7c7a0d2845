// Which of a console page load's main-thread work was the extension's, from a Chromium trace of
// that load (categories: TRACE_CATEGORIES). Pure, unit-tested; bench/in-page.ts records the trace.
//
// Work counts as the extension's when it runs our code or happens because of it:
// - content-script injection (ScriptInjection::InjectJs: the isolated world's set-up, and the
//   document_start script), script evaluation and compilation, and every callback of ours
//   (timers, idle callbacks, animation frames, event listeners, messages), each with everything it
//   causes synchronously: microtasks, forced style and layout, garbage collection;
// - whole tasks that only did our work: delivering an extension message or a storage reply
//   (mojo interfaces extensions.mojom.*) and the microtasks that ran after it, an idle callback of
//   ours with its bookkeeping;
// - rendering our changes made necessary: a frame (style, layout, paint, commit) when something of
//   ours invalidated style or layout since the previous frame, counted whole even when the page
//   dirtied something too (those are reported in `sharedFrames`: the figure can only err high);
//   and style and layout forced outside a frame (at `load`, or by a page script asking for a
//   size) when something of ours invalidated them since the previous update.
// A task that also ran page work (the parser's task that injects the document_end script, a frame
// the page needed anyway) contributes only the extension's own subtrees.
// Time is the main thread's CPU time in those spans (Chromium's thread clock), plus the time it sat
// blocked in synchronous calls they made to other processes: on a busy machine the wall clock
// also counts the time the thread was not scheduled at all (`wallMs`, informational).

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'v8',
  'v8.execute',
  'blink',
  'loading',
  'extensions',
  'mojom',
];

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread clock: start and duration in CPU time (µs), where Chromium records it. */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface ExtensionWork {
  /** The main thread's time (ms) in the work attributed to the extension: its CPU time, plus the
   *  time it sat blocked in synchronous calls made by that work (`waitMs`). */
  totalMs: number;
  /** Of `totalMs`: time the thread spent blocked in synchronous calls to other processes (a font
   *  lookup, say) inside that work: not CPU, but the page could not run either. */
  waitMs: number;
  /** The same spans in wall-clock time: more than `totalMs` by the time the thread was not
   *  scheduled (a busy machine). */
  wallMs: number;
  /** Of `totalMs`: rendering the extension caused (frames, and style and layout done early). */
  renderingMs: number;
  /** Frames counted as the extension's that the page had dirtied too. */
  sharedFrames: number;
  /** CPU ms by kind of work (evaluation, idle callback, extension message, rendering…). */
  byKind: Record<string, number>;
}

interface Node {
  event: TraceEvent;
  start: number;
  end: number;
  /** Thread (CPU) time, µs, when the trace has it. */
  cpu?: number;
  children: Node[];
  own?: 'extension' | 'page';
  hasExtension?: boolean;
  hasPage?: boolean;
}

type Data = {
  url?: unknown;
  stackTrace?: Array<{ url?: unknown }>;
  frame?: unknown;
  processId?: unknown;
  nodeName?: unknown;
};

const dataOf = (event: TraceEvent): Data => ((event.args?.data ?? event.args?.beginData ?? {}) as Data);

/** Script events that name the script they run or compile. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.produceCache', 'v8.evaluateModule', 'CompileScript']);
/** The page's own loading work: never the extension's. */
/** The page's own loading: parsing, navigation, resources, and the load milestones. */
const PAGE_WORK = new Set([
  'ParseHTML', 'HTMLDocumentParser::PumpTokenizer', 'DocumentLoader::CommitNavigation', 'ResourceFetcher::requestResource',
  'Document::FinishedParsing', 'MarkDOMContent', 'MarkLoad', 'LocalFrameView::HandleLoadCompleted',
]);
/** Events that only wrap what runs inside them (a task, a callback, a microtask checkpoint): one
 *  that wraps the extension's work and none of the page's is counted whole, bookkeeping included. */
const WRAPPERS = new Set([
  'RunTask', 'ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks', 'AsyncTask Run',
  'FireIdleCallback', 'TimerFire', 'TimerBase::run', 'FireAnimationFrame', 'v8.callFunction', 'v8.run', 'SimpleWatcher::OnHandleReady',
  'Receive mojo message', 'Receive mojo reply', 'EventDispatch', 'WebFrameWidgetImpl::BeginMainFrame', 'Blink.Animate.UpdateTime',
  'PageAnimator::serviceScriptedAnimations',
]);
const INVALIDATIONS = new Set([
  'StyleRecalcInvalidationTracking', 'StyleInvalidatorInvalidationTracking', 'ScheduleStyleInvalidationTracking',
  'LayoutInvalidationTracking', 'ScheduleStyleRecalculation', 'InvalidateLayout',
]);
const FRAME = 'WebFrameWidgetImpl::UpdateLifecycle';
/** A style and layout update outside a frame (or inside one, done early by a script). */
const FORCED = 'Document::UpdateStyleAndLayout';

/** Who an event says it belongs to, by itself (not its children). */
function ownerOf(event: TraceEvent, origin: string): 'extension' | 'page' | undefined {
  if (event.name === 'ScriptInjection::InjectJs') return 'extension';
  if (event.name === 'Receive mojo message' || event.name === 'Receive mojo reply') {
    const tag = (event.args?.chrome_mojo_event_info as { mojo_interface_tag?: unknown } | undefined)?.mojo_interface_tag;
    return typeof tag === 'string' && tag.startsWith('extensions.mojom.') ? 'extension' : undefined;
  }
  const data = dataOf(event);
  const url = SCRIPT_EVENTS.has(event.name) ? data.url : data.stackTrace?.[0]?.url;
  if (typeof url === 'string' && url !== '') return url.startsWith(origin) ? 'extension' : 'page';
  if (PAGE_WORK.has(event.name)) return 'page';
  return undefined;
}

/** Nests one thread's events (complete events, begin/end pairs and instants) into trees. */
function treesOf(events: TraceEvent[]): Node[] {
  const nodes: Node[] = [];
  const open: TraceEvent[] = [];
  for (const event of events) {
    if (event.ph === 'X') nodes.push({ event, start: event.ts, end: event.ts + (event.dur ?? 0), cpu: event.tdur, children: [] });
    else if (event.ph === 'I' || event.ph === 'i') nodes.push({ event, start: event.ts, end: event.ts, children: [] });
    else if (event.ph === 'B') open.push(event);
    else if (event.ph === 'E') {
      const begin = open.pop();
      const cpu = begin?.tts !== undefined && event.tts !== undefined ? event.tts - begin.tts : undefined;
      if (begin) nodes.push({ event: begin, start: begin.ts, end: event.ts, cpu, children: [] });
    }
  }
  nodes.sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const node of nodes) {
    while (stack.length > 0 && (stack.at(-1)!.end < node.start || (stack.at(-1)!.end === node.start && node.end > node.start))) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    if (node.end > node.start) stack.push(node);
  }
  return roots;
}

function walk(nodes: Node[], visit: (node: Node) => void): void {
  for (const node of nodes) {
    visit(node);
    walk(node.children, visit);
  }
}

/** The renderer processes that showed `pageUrl` in a main frame. */
function rendererOf(events: TraceEvent[], pageUrl: string): Set<number> {
  const pids = new Set<number>();
  for (const event of events) {
    if (event.name !== 'FrameCommittedInBrowser' && event.name !== 'CommitLoad') continue;
    const data = dataOf(event) as Data & { url?: unknown; processId?: unknown };
    if (data.url !== pageUrl) continue;
    pids.add(typeof data.processId === 'number' ? data.processId : event.pid);
  }
  return pids;
}

/**
 * Marks rendering work by what made it necessary. A frame (style, layout, paint, commit) is the
 * extension's when, since the previous frame, something of the extension's invalidated style or
 * layout and nothing of the page's did (both: counted as the extension's, and returned as shared).
 * A style and layout update forced outside a frame (by a script asking for a size, or by the
 * browser at `load`) is the extension's when the extension dirtied anything since the previous
 * update: it did the extension's work early. One forced inside the extension's own script is
 * counted with that script anyway.
 */
function classifyUpdates(roots: Node[], origin: string): number {
  const inOrder: Node[] = [];
  walk(roots, (node) => {
    const { name } = node.event;
    if (name === FRAME || name === FORCED || INVALIDATIONS.has(name) || SCRIPT_EVENTS.has(name) || name === 'ParseHTML') inOrder.push(node);
  });
  inOrder.sort((a, b) => a.start - b.start);
  // Nodes inserted or changed by our code, by DOM node id: their later layout invalidations
  // (which carry no stack) are ours too.
  const ours = new Set<unknown>();
  const sinceFrame = { extension: 0, page: 0 };
  let sinceUpdate = 0;
  let shared = 0;
  for (const node of inOrder) {
    const { name } = node.event;
    const data = dataOf(node.event) as Data & { nodeId?: unknown };
    if (name === FRAME) {
      if (sinceFrame.extension > 0) {
        node.own = 'extension';
        if (sinceFrame.page > 0) shared += 1;
      } else node.own = 'page';
      sinceFrame.extension = 0;
      sinceFrame.page = 0;
      sinceUpdate = 0;
    } else if (name === FORCED) {
      if (sinceUpdate > 0) node.own = 'extension';
      sinceUpdate = 0;
    } else if (INVALIDATIONS.has(name)) {
      const owner = ownerOf(node.event, origin);
      const ourNode = data.nodeId !== undefined && ours.has(data.nodeId);
      if (owner === 'extension' || ourNode || (typeof data.nodeName === 'string' && data.nodeName.startsWith('SWITCHYARD-'))) {
        sinceFrame.extension += 1;
        sinceUpdate += 1;
        if (data.nodeId !== undefined) ours.add(data.nodeId);
      } else if (owner === 'page') sinceFrame.page += 1;
    } else if ((SCRIPT_EVENTS.has(name) || name === 'ParseHTML') && ownerOf(node.event, origin) === 'page') sinceFrame.page += 1;
  }
  return shared;
}

/**
 * The extension's share of the main-thread work of the page load traced in `events`: its
 * renderer's main thread only (the page that committed `pageUrl`).
 */
export function extensionMainThreadWork(events: TraceEvent[], extensionId: string, pageUrl: string): ExtensionWork {
  const origin = `chrome-extension://${extensionId}/`;
  const pids = rendererOf(events, pageUrl);
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: unknown }).name === 'CrRendererMain' && pids.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(key)) continue;
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(event);
  }
  const spans: Span[] = [];
  let sharedFrames = 0;
  for (const threadEvents of byThread.values()) {
    const roots = treesOf(threadEvents.sort((a, b) => a.ts - b.ts));
    sharedFrames += classifyUpdates(roots, origin);
    const mark = (node: Node): void => {
      for (const child of node.children) mark(child);
      const own = node.own ?? ownerOf(node.event, origin);
      node.hasExtension = own === 'extension' || node.children.some((c) => c.hasExtension);
      node.hasPage = own === 'page' || node.children.some((c) => c.hasPage);
    };
    roots.forEach(mark);
    // The extension's own events, whole; and the largest wrappers (tasks, callbacks) that ran the
    // extension's work and none of the page's.
    const collect = (node: Node): void => {
      if (!node.hasExtension) return;
      if ((node.own ?? ownerOf(node.event, origin)) === 'extension' || (!node.hasPage && WRAPPERS.has(node.event.name))) {
        const wall = (node.end - node.start) / 1000;
        let wait = 0;
        walk(node.children, (n) => {
          if (n.event.cat === 'mojom' && n.cpu !== undefined) wait += (n.end - n.start - n.cpu) / 1000;
        });
        const cpu = node.cpu === undefined ? wall : node.cpu / 1000;
        if (wall > 0) spans.push({ kind: kindOf(node, origin), cpu: Math.min(wall, cpu + wait), wait, wall });
        if (process.env.CONSOLE_TRACE_DEBUG) debugPrint(node, 0);
        return;
      }
      node.children.forEach(collect);
    };
    roots.forEach(collect);
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  const sum = (list: Span[], key: 'cpu' | 'wait' | 'wall') => round(list.reduce((total, span) => total + span[key], 0));
  const byKind: Record<string, number> = {};
  for (const span of spans) byKind[span.kind] = round((byKind[span.kind] ?? 0) + span.cpu);
  return {
    totalMs: sum(spans, 'cpu'),
    waitMs: sum(spans, 'wait'),
    wallMs: sum(spans, 'wall'),
    renderingMs: sum(spans.filter((span) => span.kind === 'rendering'), 'cpu'),
    sharedFrames,
    byKind,
  };
}

interface Span {
  kind: string;
  /** CPU time plus synchronous waits. */
  cpu: number;
  wait: number;
  wall: number;
}

/** What a counted span was, for the breakdown: the first telling event in it. */
const KINDS: Array<[string, string]> = [
  [FRAME, 'rendering'],
  ['ScriptInjection::InjectJs', 'injection'],
  ['EvaluateScript', 'evaluation'],
  ['FireIdleCallback', 'idle callback'],
  ['FireAnimationFrame', 'animation frame'],
  ['TimerFire', 'timer'],
  ['TimerBase::run', 'timer'],
  ['Receive mojo message', 'extension message'],
  ['Receive mojo reply', 'extension message'],
  ['EventDispatch', 'event'],
  [FORCED, 'rendering'],
  ['FunctionCall', 'callback'],
];

function kindOf(node: Node, origin: string): string {
  const names = new Set<string>();
  walk([node], (n) => {
    if (n.event.name !== 'Receive mojo message' && n.event.name !== 'Receive mojo reply') names.add(n.event.name);
    else if (ownerOf(n.event, origin) === 'extension') names.add(n.event.name);
  });
  return KINDS.find(([name]) => names.has(name))?.[1] ?? node.event.name;
}

/** CONSOLE_TRACE_DEBUG=1: prints each counted span with what is in it (wall and CPU ms, down to 0.1 ms). */
function debugPrint(node: Node, depth: number): void {
  const wall = (node.end - node.start) / 1000;
  if (wall < 0.1 && depth > 0) return;
  const data = dataOf(node.event);
  const tag = (node.event.args?.chrome_mojo_event_info as { mojo_interface_tag?: string } | undefined)?.mojo_interface_tag;
  const what = [data.url, data.stackTrace?.[0]?.url, tag].filter(Boolean).join(' ').slice(0, 90);
  const cpu = node.cpu === undefined ? '?' : (node.cpu / 1000).toFixed(2);
  console.log(`${(node.start / 1000).toFixed(2).padStart(12)} ${'  '.repeat(depth)}${node.event.name} ${wall.toFixed(2)} cpu=${cpu} ${node.own ?? ''} ${what}`);
  if (depth < 12) for (const child of node.children) debugPrint(child, depth + 1);
}
