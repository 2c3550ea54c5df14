/**
 * The invoice PDF (`GET …/payments/{id}/invoice.pdf`) and the cleaning of the file name the
 * server gives it: only the elements that download invoices carry either.
 */
import { ApiError } from './errors.js';
import { mimeEssence } from './http-errors.js';
import { enc, orgPath, type CallOptions, type Transport } from './transport.js';

export interface InvoiceFile {
  blob: Blob;
  filename: string;
}

export async function downloadInvoice(t: Transport, org: string, id: string, o: CallOptions = {}): Promise<InvoiceFile> {
  const path = orgPath(org, `payments/${enc(id)}/invoice.pdf`);
  const response = await t.request({ method: 'get', path, schema: null, signal: o.signal });
  const type = response.headers.get('content-type') ?? '';
  if (mimeEssence(type) !== 'application/pdf') {
    throw new ApiError({
      kind: 'invalid_response',
      message: `Expected a PDF, got ${mimeEssence(type) || 'no content type'}`,
      requestId: response.headers.get('x-request-id') ?? undefined,
      issuePath: 'content-type',
      method: 'GET',
      path,
    });
  }
  const filename = safeFilename(response.headers.get('content-disposition'), `invoice-${id}.pdf`);
  // Re-wrapped: whatever parameters the server's type had, the file saved is a PDF.
  return { blob: new Blob([await response.blob()], { type: 'application/pdf' }), filename };
}

/**
 * The file name from a Content-Disposition header, reduced to a plain name:
 * no directories, no control, invisible or bidi-override characters, always
 * ending in `.pdf`.
 */
export function safeFilename(disposition: string | null, fallback: string): string {
  let name = '';
  if (disposition) {
    const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
    const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
    try {
      name = star ? decodeURIComponent(star[1]!.trim()) : (plain?.[2] ?? plain?.[1] ?? '').trim();
    } catch {
      name = plain?.[2] ?? plain?.[1] ?? '';
    }
  }
  name = plainName(name) || plainName(fallback) || 'invoice';
  if (!/\.pdf$/i.test(name)) name += '.pdf';
  return name;
}

/** A name without directories, control, invisible or bidi-override characters, or leading dots. */
function plainName(name: string): string {
  return name
    .split(/[/\\]/)
    .pop()!
    // Control characters, characters Windows forbids, and invisible/bidi format characters
    // (U+202E RIGHT-TO-LEFT OVERRIDE would show "invoice\u202Efdp.exe" as "invoiceexe.pdf").
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g, '_')
    .replace(/^[.\s]+/, '')
    .slice(0, 120);
}
