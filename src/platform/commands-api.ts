import { browser } from './browser';

/** The manifest's keyboard commands (not `_execute_action`, which the browser handles itself). */
export function onCommand(listener: (name: string) => void): void {
  browser.commands.onCommand.addListener((name: string) => listener(name));
}
