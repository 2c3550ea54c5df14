/**
 * Hands a file to the browser's downloads: a temporary object URL on an
 * `<a download>` clicked once, then revoked. The anchor lives in `container`
 * (the element's shadow root) so nothing is added to the host page; no
 * navigation, so it works under a strict CSP with Trusted Types. The one
 * download helper: invoice PDFs and CSV exports both come through here.
 */
export function saveFile(blob: Blob, filename: string, container: ParentNode & Node): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.rel = 'noopener';
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
