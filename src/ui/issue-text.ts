import type { CoreIssue } from '../core/issues/issue';
import { browser } from '../platform/browser';

/** A core issue in the user's language: its code is a _locales key; the English message is the
 *  fallback should a translation be missing. */
export function issueText(issue: CoreIssue): string {
  return browser.i18n.getMessage(issue.code, issue.params ?? []) || issue.message;
}
