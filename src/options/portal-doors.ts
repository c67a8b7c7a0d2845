// The real doors of a portal read (portal-runner.ts): the browser's tabs and scripting.
import { closeTab, findTabOn, openBackgroundTab, runInPage } from '../platform/scripting';
import { fetchAsPortalPage, readPortalPage } from './portal-page-script';
import type { PortalDoors } from './portal-runner';

export const portalDoors: PortalDoors = {
  findTab: findTabOn,
  openTab: openBackgroundTab,
  closeTab,
  pageFacts: (tabId) => runInPage(tabId, readPortalPage, []),
  fetchInPage: (tabId, origin, apiBase, urls, maxBytes) => runInPage(tabId, fetchAsPortalPage, [origin, apiBase, urls, maxBytes]),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
