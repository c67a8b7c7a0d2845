// Firefox for Android (the manifest's gecko_android) has neither keyboard commands nor the address
// bar keyword: `browser.commands` and `browser.omnibox` are undefined there. The background
// registers their listeners at start-up, before the ones the rest of Switchyard needs (list
// changes, start-up, closed tabs): a door that threw there would leave it half started.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;
const event = () => {
  const listeners: Listener[] = [];
  return { listeners, addListener: (listener: Listener) => listeners.push(listener) };
};

function stubBrowser(withDesktopApis: boolean) {
  const api: Record<string, unknown> = {
    runtime: { id: 'switchyard@switchyard.dev', getBrowserInfo: async () => ({ name: 'Firefox' }) },
  };
  if (withDesktopApis) {
    api.commands = { onCommand: event() };
    api.omnibox = { onInputStarted: event(), onInputChanged: event(), onInputEntered: event(), setDefaultSuggestion: vi.fn() };
  }
  vi.stubGlobal('browser', api);
  return api;
}

beforeEach(() => {
  vi.resetModules();
  vi.unstubAllGlobals();
});

async function registerAll() {
  const commands = await import('./commands-api');
  const omnibox = await import('./omnibox-api');
  commands.onCommand(() => undefined);
  omnibox.onOmniboxStarted(() => undefined);
  omnibox.onOmniboxChanged(() => undefined);
  omnibox.onOmniboxEntered(() => undefined);
  omnibox.setDefaultSuggestion('Switch to a role');
}

describe('the command and keyword doors in Firefox for Android', () => {
  it('register nothing, and throw nothing, where the browser has neither', async () => {
    stubBrowser(false);
    await expect(registerAll()).resolves.toBeUndefined();
  });

  it('still register every listener where the browser has both (Firefox desktop)', async () => {
    const api = stubBrowser(true) as { commands: { onCommand: ReturnType<typeof event> }; omnibox: Record<string, ReturnType<typeof event>> & { setDefaultSuggestion: ReturnType<typeof vi.fn> } };
    await registerAll();
    expect(api.commands.onCommand.listeners).toHaveLength(1);
    expect(api.omnibox.onInputStarted!.listeners).toHaveLength(1);
    expect(api.omnibox.onInputChanged!.listeners).toHaveLength(1);
    expect(api.omnibox.onInputEntered!.listeners).toHaveLength(1);
    expect(api.omnibox.setDefaultSuggestion).toHaveBeenCalledWith({ description: 'Switch to a role' });
  });
});
