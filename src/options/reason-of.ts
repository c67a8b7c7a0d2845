/** What to tell the user of a failure caught in the options page: an Error's message, else the value as text. */
export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
