/** Saves text as a download from the options page (a link to a Blob: no downloads permission). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by then; a later revoke only frees the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
