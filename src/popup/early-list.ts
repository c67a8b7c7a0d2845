// The whole list, asked for by first-paint.ts as soon as the drawn rows are on screen, together
// with the app's script, rather than by the app once that script has run, its first screen is read
// and a frame has passed: a user who types at once waited for that chain (time to find, issue 18).
// Its changes are watched from before the read, as the app did (popup-store.ts).
import { DECK_KEY } from '../core/store/storage-keys';
import { onKeyChanged, readKey } from '../platform/storage';

type Take = (onChange: (value: unknown) => void) => Promise<unknown>;
let take: Take | undefined;

/** Starts reading the whole list (the session area's deck) and watching it. */
export function readListEarly(): void {
  let changed: { value: unknown } | undefined;
  let listener: ((value: unknown) => void) | undefined;
  onKeyChanged('session', DECK_KEY, (value) => {
    changed = { value };
    listener?.(value);
  });
  const read = readKey('session', DECK_KEY);
  take = (onChange) => {
    listener = onChange;
    // A change seen before the list is taken (before the read answered, or after it but before the
    // app asked) is newer than what the read found; later ones reach `onChange`.
    return read.then((value) => (changed ? changed.value : value));
  };
}

/** The list read by readListEarly (the newest value seen), its later changes passed to `onChange`;
 *  undefined when no read was started (nothing was drawn before the app: it reads the list itself). */
export function takeEarlyList(onChange: (value: unknown) => void): Promise<unknown> | undefined {
  const taken = take?.(onChange);
  take = undefined;
  return taken;
}
