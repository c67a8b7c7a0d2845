import type { Words } from '../core/sessions/session-view';
import { t } from '../platform/i18n';

/** Words from core (a message key and its substitutions) in the user's language. */
export const words = (w: Words): string => t(w.key, w.args);
