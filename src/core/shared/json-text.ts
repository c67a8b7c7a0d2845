/** The value of a JSON text kept by this extension, or undefined if it is not JSON (a damaged
 *  copy is then read as none). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
