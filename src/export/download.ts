/** Saves a file through the browser's download, with a name that says what is inside. */
export function download(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Let the download start before the object URL goes.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
