/**
 * Text typed by users, made safe to print with jsPDF: a tab becomes a space; other
 * control characters (after which jsPDF silently drops the rest of the line), the
 * byte-order mark and the invisible direction controls (which make jsPDF mirror a
 * whole line, so the PDF would read differently from the screen) are removed.
 * Line breaks stay. Only what is drawn is cleaned: the fingerprint and the
 * attached case file keep the text exactly as typed.
 */
export function printableText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\v\f\u0085]/g, ' ')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufeff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** Every string inside `value` made printable; the shape is unchanged. */
export function printable<T>(value: T): T {
  if (typeof value === 'string') return printableText(value) as T;
  if (Array.isArray(value)) return value.map(printable) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, printable(inner)])) as T;
  }
  return value;
}
