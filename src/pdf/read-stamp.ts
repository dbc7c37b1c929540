import { VERDICTS, VERDICT_WORDS, type Verdict } from '../domain/assessment.schema.ts';

/** What a checklist PDF made by the app states about itself in its document information. */
export interface PdfStamp {
  fingerprint?: string;
  verdict?: Verdict;
  /** As load-rules writes it: "module@x.y.z …". Absent from PDFs made before the Subject carried it. */
  ruleSetVersion?: string;
}

/**
 * Reads the fingerprint and verdict back from the Subject of the PDF's document
 * information, which renderChecklistPdf writes as "<verdict words>. Fingerprint
 * <64 hex>. Rule set <version>". Like extractCaseFromPdf it does not import jsPDF. Returns {} when
 * the Subject is missing or unreadable (for example when another program
 * re-saved the PDF with compressed object streams); the check then says so.
 */
export function readPdfStamp(bytes: Uint8Array): PdfStamp {
  const text = new TextDecoder('latin1').decode(bytes);
  // Bounded: the app writes a Subject of a few hundred characters, and an unbounded pattern is slow on hostile files.
  const subjects = [...text.matchAll(/\/Subject\s{0,10}\(((?:\\[\s\S]|[^\\)]){0,3000})\)/g)];
  const subject = subjects.at(-1)?.[1];
  if (subject === undefined) return {};
  const match = /^(.*?)\. Fingerprint ([0-9a-fA-F]{64})(?:\. Rule set (.+))?$/.exec(unescapePdfString(subject));
  if (!match) return {};
  const verdict = VERDICTS.find((candidate) => VERDICT_WORDS[candidate] === match[1]);
  return {
    fingerprint: match[2]!.toLowerCase(),
    ...(verdict === undefined ? {} : { verdict }),
    ...(match[3] === undefined ? {} : { ruleSetVersion: match[3] }),
  };
}

/** PDF literal-string escapes (7.3.4.2) that jsPDF writes: \( \) \\. */
function unescapePdfString(value: string): string {
  return value.replace(/\\([()\\])/g, '$1');
}
