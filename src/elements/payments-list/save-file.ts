/**
 * Hands a downloaded file to the browser: a temporary object URL on an
 * `<a download>` clicked once, then revoked. The anchor lives in `container`
 * (the element's shadow root) so nothing is added to the host page.
 */
export function saveFile(blob: Blob, filename: string, container: ParentNode & Node): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  container.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // The click has handed the URL to the download manager; revoke on the next task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
