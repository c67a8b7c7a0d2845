import { describe, expect, it } from 'vitest';
import { holdKeys, isHeldKey, replayHeldKeys, type HeldKey } from './held-keys';

const press = (key: string, more: Partial<HeldKey> = {}) => {
  let prevented = false;
  const event = Object.assign(new Event('keydown'), { key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, repeat: false, ...more });
  Object.defineProperty(event, 'preventDefault', { value: () => (prevented = true) });
  return { event, prevented: () => prevented };
};

describe('keys pressed on the drawn first screen', () => {
  it('holds what the deck acts on, and lets typing through', () => {
    expect(['Enter', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Escape'].every((key) => isHeldKey({ key, ctrlKey: false }))).toBe(true);
    expect(isHeldKey({ key: 'n', ctrlKey: true })).toBe(true);
    expect(isHeldKey({ key: 'n', ctrlKey: false })).toBe(false);
    expect(isHeldKey({ key: 'a', ctrlKey: false })).toBe(false);
  });

  it('replays ↓ ↓ Enter to the app in order, each after the previous one has settled, once', async () => {
    const drawn = new EventTarget();
    holdKeys(drawn);
    const typed = press('p');
    drawn.dispatchEvent(typed.event);
    const down = press('ArrowDown');
    drawn.dispatchEvent(down.event);
    drawn.dispatchEvent(press('ArrowDown').event);
    drawn.dispatchEvent(press('Enter', { ctrlKey: true }).event);
    expect(typed.prevented()).toBe(false);
    expect(down.prevented()).toBe(true);

    const app = new EventTarget();
    const seen: string[] = [];
    app.addEventListener('keydown', (event) => seen.push((event as unknown as HeldKey).key + ((event as unknown as HeldKey).ctrlKey ? '+ctrl' : '')));
    const order: string[] = [];
    await replayHeldKeys(app, (key) => Object.assign(new Event('keydown'), key), async () => void order.push(`settled after ${seen.length}`));
    expect(seen).toEqual(['ArrowDown', 'ArrowDown', 'Enter+ctrl']);
    expect(order).toEqual(['settled after 1', 'settled after 2', 'settled after 3']);
    await replayHeldKeys(app, (key) => Object.assign(new Event('keydown'), key), async () => {});
    expect(seen).toHaveLength(3);
  });
});
