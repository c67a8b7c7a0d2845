import { browser } from './browser';

/** The manifest's keyboard commands (not `_execute_action`, which the browser handles itself).
 *  Firefox for Android has none (`browser.commands` is undefined there): nothing to listen to,
 *  and the background's start-up goes on to the listeners registered after this one. */
export function onCommand(listener: (name: string) => void): void {
  const { commands } = browser as Partial<typeof browser>;
  commands?.onCommand.addListener((name: string) => listener(name));
}
