/**
 * CSV export: RFC 4180 (comma separated, CRLF line ends, fields with a comma,
 * quote or line break quoted and inner quotes doubled) with text cells that a
 * spreadsheet would run as a formula neutralised.
 */

/** A cell: text (from the API: neutralised) or a number we produced (written as is). */
export type CsvCell = string | number | null | undefined;

/** Characters that make Excel, Sheets or LibreOffice treat a text cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. Text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
 * `'` so spreadsheets show it as text. Numbers are typed values the library
 * made (credit deltas), never formulas, so `-5` stays a number.
 */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to one CSV document (CRLF after every record, as RFC 4180 writes it). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A file name safe on every OS: letters, digits, dot, dash and underscore only. */
export function safeFileName(base: string, extension = 'csv'): string {
  const cleaned = base
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+|\.{2,}/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120);
  return `${cleaned || 'export'}.${extension}`;
}

/** A CSV document as a file body; a UTF-8 BOM lets Excel read non-ASCII text. */
export const csvBlob = (text: string): Blob => new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
