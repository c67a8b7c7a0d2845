// Reading stored or admin-given JSON, whose shape nothing guarantees.

/** The value when it is a string, else undefined. */
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
