// Keys pressed on the drawn first screen (first-paint.ts) before the app takes over: the drawn
// search box has the focus and keeps what is typed (handOver carries its text), but nothing there
// acts on Enter, the arrows or Escape. Those are held, unacted on, and replayed to the app's search
// box once it is there, each after the app has drawn the one before: type and press Enter at once,
// or ↓ ↓ Enter, does what it would have done a moment later.

export interface HeldKey { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean; repeat: boolean }

const ACTED_ON = new Set(['Enter', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Escape']);

/** Whether the deck acts on this key (deck.tsx onKeyDown): Ctrl+N / Ctrl+P move too. */
export const isHeldKey = (event: Pick<KeyboardEvent, 'key' | 'ctrlKey'>): boolean =>
  ACTED_ON.has(event.key) || (event.ctrlKey && (event.key === 'n' || event.key === 'p'));

const held: HeldKey[] = [];

/** Holds the keys the deck acts on, pressed in `box` (the drawn search box). */
export function holdKeys(box: EventTarget): void {
  box.addEventListener('keydown', (event) => {
    const key = event as KeyboardEvent;
    if (!isHeldKey(key)) return;
    key.preventDefault();
    held.push({ key: key.key, ctrlKey: key.ctrlKey, metaKey: key.metaKey, shiftKey: key.shiftKey, altKey: key.altKey, repeat: key.repeat });
  });
}

/** Replays the held keys to `box` (the app's search box) in order, waiting `settle` after each so
 *  that the next one acts on what the previous one did. */
export async function replayHeldKeys(box: EventTarget, makeEvent: (key: HeldKey) => Event, settle: () => Promise<void>): Promise<void> {
  for (const key of held.splice(0)) {
    box.dispatchEvent(makeEvent(key));
    await settle();
  }
}
