/** Text with the matched ranges marked. Pieces are text nodes: a label can never become markup. */
export function Highlighted({ text, ranges }: { text: string; ranges?: ReadonlyArray<readonly [number, number]> }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
