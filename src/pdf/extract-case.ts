import { Unzlib } from 'fflate';
import { MAX_CASE_FILE_BYTES } from '../domain/parse-case.ts';

/**
 * Reads back the case file JSON that renderChecklistPdf attached to a PDF (or
 * the review record that renderReviewPdf attached), or undefined when there is
 * none. It does not import jsPDF, so the import screen can use it cheaply. The
 * text still has to be validated as a case file or a review record.
 *
 * Embedded file streams can never sit inside a compressed object stream, so
 * their dictionaries are plain text even after another program re-saves the PDF.
 *
 * The PDF may be hostile, so every scan is linear in its size (each pattern is
 * bounded, and each part of the text is searched once: a long run of digits or of
 * object headers used to take hours) and an attachment is never inflated beyond
 * what a case file may be (a "zip bomb" of a few megabytes inflated to gigabytes).
 */
export function extractCaseFromPdf(bytes: Uint8Array): string | undefined {
  const text = latin1(bytes);
  let lengths: Map<string, number> | undefined;
  let regionStart = 0;
  for (const stream of text.matchAll(/>>\s{0,32}stream\r?\n/g)) {
    // The dictionary of a stream is what follows the last object header before its `stream` keyword.
    const dictionary = lastDictionary(text.slice(regionStart, stream.index));
    regionStart = stream.index + stream[0].length;
    if (dictionary === undefined || !isJsonAttachment(dictionary)) continue;
    const length = streamLength(dictionary, () => (lengths ??= indirectNumbers(text)));
    if (length === undefined) continue;
    const data = decode(bytes.subarray(regionStart, regionStart + length), dictionary);
    if (data) return new TextDecoder('utf-8').decode(data);
  }
  return undefined;
}

/** The largest attachment inflated: a case file or review record, never more. */
const MAX_ATTACHMENT_BYTES = MAX_CASE_FILE_BYTES;
/** Deflate expands at most about 1,000 times: a kilobyte at a time keeps each step near a megabyte. */
const INFLATE_STEP = 1024;

function lastDictionary(region: string): string | undefined {
  let start: number | undefined;
  for (const header of region.matchAll(/(?<![^\s])\d{1,10}\s{1,32}\d{1,5}\s{1,32}obj\s{0,32}<</g)) start = header.index + header[0].length;
  if (start === undefined) return undefined;
  const dictionary = region.slice(start);
  return dictionary.includes('endobj') ? undefined : dictionary;
}

function isJsonAttachment(dictionary: string): boolean {
  return /\/Type\s{0,32}\/EmbeddedFile\b/.test(dictionary) && /\/Subtype\s{0,32}\/application#2Fjson\b/i.test(dictionary);
}

function streamLength(dictionary: string, indirect: () => Map<string, number>): number | undefined {
  const length = /\/Length\s{1,32}(\d{1,10})(?!\d)(?:\s{1,32}(\d{1,5})\s{1,32}R)?/.exec(dictionary);
  if (!length) return undefined;
  if (length[2] === undefined) return Number(length[1]);
  return indirect().get(`${Number(length[1])} ${Number(length[2])}`);
}

/** Every object that holds nothing but a number (`12 0 obj 3456 endobj`), by "12 0": read once, on demand. */
function indirectNumbers(text: string): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const match of text.matchAll(/(?<![^\s])(\d{1,10})\s{1,32}(\d{1,5})\s{1,32}obj\s{0,32}(\d{1,10})\s{0,32}endobj/g)) {
    const key = `${Number(match[1])} ${Number(match[2])}`;
    if (!numbers.has(key)) numbers.set(key, Number(match[3]));
  }
  return numbers;
}

function decode(data: Uint8Array, dictionary: string): Uint8Array | undefined {
  const filter = /\/Filter\s{0,32}(\[[^\]]{0,64}\]|\/\w{1,64})/.exec(dictionary)?.[1]?.replace(/[[\]\s]/g, '');
  if (!filter) return data.length <= MAX_ATTACHMENT_BYTES ? data : undefined;
  if (filter !== '/FlateDecode') return undefined;
  return inflate(data);
}

/** zlib data → bytes, or undefined when it is damaged or would inflate beyond MAX_ATTACHMENT_BYTES. */
function inflate(data: Uint8Array): Uint8Array | undefined {
  if (data.length === 0) return undefined;
  const parts: Uint8Array[] = [];
  let size = 0;
  const inflater = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > MAX_ATTACHMENT_BYTES) throw new RangeError('attachment too large');
    parts.push(chunk);
  });
  try {
    for (let start = 0; start < data.length; start += INFLATE_STEP) {
      inflater.push(data.subarray(start, start + INFLATE_STEP), start + INFLATE_STEP >= data.length);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * One character per byte, so string offsets are byte offsets: each byte becomes a
 * little-endian UTF-16 code unit below 256, which is always a whole character. (TextDecoder('latin1')
 * gives the same offsets but is three times slower on a 300 KB checklist.)
 */
function latin1(bytes: Uint8Array): string {
  const wide = new Uint8Array(bytes.length * 2);
  for (let index = 0; index < bytes.length; index++) wide[index * 2] = bytes[index] as number;
  return new TextDecoder('utf-16le').decode(wide);
}
