// The one test for "a record read from storage, a message or JSON": arrays are objects to
// `typeof`, but never the record a reader expects.

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
