import { unzlibSync } from 'fflate';

/**
 * Reads back the case file JSON that renderChecklistPdf attached to a PDF, or
 * undefined when there is none. It does not import jsPDF, so the import screen
 * can use it cheaply. The text still has to be validated as a case file.
 *
 * Embedded file streams can never sit inside a compressed object stream, so
 * their dictionaries are plain text even after another program re-saves the PDF.
 */
export function extractCaseFromPdf(bytes: Uint8Array): string | undefined {
  const text = latin1(bytes);
  const streamStart = /(\d+)\s+\d+\s+obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g;
  for (const match of text.matchAll(streamStart)) {
    const dictionary = match[2] ?? '';
    if (!/\/Type\s*\/EmbeddedFile\b/.test(dictionary) || !/\/Subtype\s*\/application#2Fjson\b/i.test(dictionary)) continue;
    const length = streamLength(text, dictionary);
    if (length === undefined) continue;
    const start = (match.index ?? 0) + match[0].length;
    const data = decode(bytes.subarray(start, start + length), dictionary);
    if (data) return new TextDecoder('utf-8').decode(data);
  }
  return undefined;
}

function streamLength(text: string, dictionary: string): number | undefined {
  const length = /\/Length\s+(\d+)(?:\s+(\d+)\s+R)?/.exec(dictionary);
  if (!length) return undefined;
  if (length[2] === undefined) return Number(length[1]);
  const indirect = new RegExp(`(?:^|\\s)${length[1]}\\s+${length[2]}\\s+obj\\s*(\\d+)\\s*endobj`).exec(text);
  return indirect ? Number(indirect[1]) : undefined;
}

function decode(data: Uint8Array, dictionary: string): Uint8Array | undefined {
  const filter = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(dictionary)?.[1]?.replace(/[[\]\s]/g, '');
  if (!filter) return data;
  if (filter !== '/FlateDecode') return undefined;
  try {
    return unzlibSync(data);
  } catch {
    return undefined;
  }
}

/** One character per byte (windows-1252 never merges or splits bytes), so string offsets are byte offsets. */
function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}
