// Chromium driven over a bare DevTools pipe (--remote-debugging-pipe), for figures that a driver's
// own instrumentation would bend. Playwright enables the Network domain on every page it attaches
// to, so each request the page makes becomes several events serialised by the browser and handled
// by the test process: for the portal read's two thousand requests that was ~0.6 s of the test
// process's CPU (on the same two cores as the browser) per read, which no user's browser pays.
// Here nothing listens to the network: only the calls below are made.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface PipeBrowser {
  /** One DevTools command; `session` is a page's (from `open`), else the browser's. */
  send<T = Record<string, unknown>>(method: string, params?: object, session?: string): Promise<T>;
  /** Opens `url` in a new tab and attaches to it; the session id. */
  open(url: string): Promise<string>;
  /** Runs `expression` in the page, awaiting a promise it returns; its value, or the page's exception as an error. */
  evaluate<T>(session: string, expression: string, options?: { userGesture?: boolean }): Promise<T>;
  /** Polls `condition` (an expression) in the page until it is true. */
  waitFor(session: string, condition: string, timeoutMs?: number): Promise<void>;
  /** The urls of the open targets of a type (`page`, `service_worker`). */
  urls(type: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function launchOverPipe(executable: string, args: string[]): Promise<PipeBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'switchyard-bench-'));
  const child: ChildProcess = spawn(executable, ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...args, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const toBrowser = child.stdio[3] as NodeJS.WritableStream;
  const fromBrowser = child.stdio[4] as NodeJS.ReadableStream;
  const waiting = new Map<number, (reply: Reply) => void>();
  let next = 0;
  let pending = '';
  // Messages are JSON, each ended by a NUL byte.
  fromBrowser.on('data', (data: Buffer) => {
    pending += data.toString('utf8');
    for (let end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0')) {
      const reply = JSON.parse(pending.slice(0, end)) as Reply;
      pending = pending.slice(end + 1);
      if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
      if (reply.id !== undefined) waiting.delete(reply.id);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const send = <T>(method: string, params: object = {}, session?: string): Promise<T> => new Promise<T>((resolve, reject) => {
    const id = ++next;
    waiting.set(id, (reply) => (reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result as T)));
    toBrowser.write(`${JSON.stringify({ id, method, params, ...(session === undefined ? {} : { sessionId: session }) })}\0`);
  });

  const evaluate = async <T>(session: string, expression: string, options: { userGesture?: boolean } = {}): Promise<T> => {
    const reply = await send<{ result: { value?: T }; exceptionDetails?: { exception?: { description?: string }; text: string } }>(
      'Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, userGesture: options.userGesture ?? false }, session,
    );
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return reply.result.value as T;
  };

  const browser: PipeBrowser = {
    send,
    evaluate,
    async open(url) {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url });
      const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      return sessionId;
    },
    async waitFor(session, condition, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      // The page may still be between documents: an evaluation that fails then is tried again.
      while (!(await evaluate<boolean>(session, `Boolean(${condition})`).catch(() => false))) {
        if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${condition}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async urls(type) {
      const { targetInfos } = await send<{ targetInfos: Array<{ type: string; url: string }> }>('Target.getTargets');
      return targetInfos.filter((t) => t.type === type).map((t) => t.url);
    },
    async close() {
      await send('Browser.close').catch(() => undefined);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}
