import { PROBE_REPLY, PROBE_REQUEST, type PageData } from './bridge-protocol';

const PROBE_TIMEOUT_MS = 1500;

export type ProbeAnswer = Omit<PageData, 'id'> & { answered: boolean };

/** Asks the page-world probe for the page's globals. Resolves with nothing (answered: false) when
 *  the probe does not answer in time (AWS changed the page, or a strict CSP), never rejects. */
export function requestPageData(): Promise<ProbeAnswer> {
  const id = crypto.randomUUID();
  return new Promise((resolve) => {
    const finish = (data: ProbeAnswer) => {
      document.removeEventListener(PROBE_REPLY, onReply);
      clearTimeout(timer);
      resolve(data);
    };
    const onReply = (event: Event) => {
      const reply = parseReply((event as CustomEvent<unknown>).detail);
      if (reply?.id === id) finish({ answered: true, csrf: reply.csrf, accountInfo: reply.accountInfo });
    };
    const timer = setTimeout(() => finish({ answered: false }), PROBE_TIMEOUT_MS);
    document.addEventListener(PROBE_REPLY, onReply);
    document.dispatchEvent(new CustomEvent(PROBE_REQUEST, { detail: id }));
  });
}

function parseReply(detail: unknown): PageData | undefined {
  if (typeof detail !== 'string' || detail.length > 20_000) return undefined;
  try {
    const value = JSON.parse(detail) as Record<string, unknown>;
    if (typeof value !== 'object' || value === null || typeof value.id !== 'string') return undefined;
    const csrf = typeof value.csrf === 'string' && value.csrf.length <= 4096 ? value.csrf : undefined;
    const info = value.accountInfo;
    const accountInfo =
      typeof info === 'object' && info !== null
        ? Object.fromEntries(Object.entries(info).filter(([, v]) => typeof v === 'string')) as Record<string, string>
        : undefined;
    return { id: value.id, csrf, accountInfo };
  } catch {
    return undefined;
  }
}
