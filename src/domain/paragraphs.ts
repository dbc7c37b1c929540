/**
 * Paragraph index for the noisy text extractions of the Working Group papers in seeds/.
 * Pure: no I/O. Returns paragraph number ("1", "2", …) → clean text.
 */

/** Collapse every run of whitespace (incl. non-breaking and zero-width spaces) to one space, trim. */
export function normaliseWhitespace(s: string): string {
  return s.replace(/[\s\u200b]+/gu, ' ').trim();
}

// "7. Article 20 …", " 10. Coordination …", or "1." alone on its line (004).
const PARA_START = /^\s*(\d{1,3})\.(?:\s|$)/;
// Page furniture: job number "V.12-51919 3", barcode "*1251919*", running symbol
// "CTOC/COP/WG.7/2012/2", bare page number "9".
const PAGE_FURNITURE = /^\s*(?:V\.\d{2}-\d{5}\b.*|\*\d{7}\*|CTOC\/COP\/[\w./]+|\d{1,3})\s*$/;
// A line of underscores opens a footnote block in the PDF extractions.
const FOOTNOTE_RULE = /^\s*_{5,}\s*$/;
// PDF footnote entry: marker (digit, *, ∗) then two or more spaces: " 2  A/HRC/15/29."
const FOOTNOTE_ENTRY = /^\s*(?:\d{1,2}|\*|∗)\s{2,}\S/;
// Markdown footnote lines: "* CTOC/…", "\* CTOC/…", "¹ United Nations publication …".
const MD_FOOTNOTE = /^\s*(?:\\?\*|∗|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s/;
// Markdown horizontal rule.
const MD_RULE = /^\s*-{3,}\s*$/;
// Section headings: markdown "## …", bold-only "**B. …**", and "II. Issues …", "A. Criminalization",
// or a bare "A." whose title follows on the next lines (004).
const HEADING = /^\s*(?:#+\s|\*\*.*\*\*\s*$|(?:[IVX]+|[A-Z])\.(?:\s|$))/;
// The annex (key tools and resources) follows the last paragraph and is not part of any paragraph.
const ANNEX = /^[\s#*]*Annex[\s*]*$/;
const SUPERSCRIPTS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu;

type Mode = 'preamble' | 'body' | 'footnote' | 'heading';

/**
 * A numbered line whose number is NOT the expected next paragraph ("1. Informants" inside the
 * 13 → 14 gap) is a sub-heading when it is short and does not read like a sentence.
 */
function isNumberedHeading(line: string): boolean {
  const rest = line.replace(PARA_START, '').trim();
  return rest.length > 0 && rest.length <= 60 && !/[.;:,]$/.test(rest);
}

/** Clean one physical line before it is joined into a paragraph. */
function cleanLine(line: string): string {
  return line
    .replace(/^-\s+/, '') // markdown list marker "- (a) …"
    .replace(/\\?\*/g, '') // markdown emphasis "*Basic Training Manual*", escaped "\*"
    .replace(SUPERSCRIPTS, ''); // markdown footnote references "Migrants,¹ which"
}

/**
 * PDF extractions print footnote references as bare digits glued to the preceding word or
 * punctuation ("June 2012,1 which", "migration.2 The", once "Project. 7 This"). They run 1, 2, 3…
 * through the document, so only the next expected number is removed, searching forward from
 * the previous one: "CO2", "article 20, paragraph 1" and "to 1 June" are left alone.
 */
function stripFootnoteRefs(paras: string[]): string[] {
  let joined = paras.join('\n');
  let from = 0;
  for (let n = 1; ; n++) {
    const re = new RegExp(`(?:(?<=[\\p{Ll}.,;:)”’])|(?<=\\. ))${n}(?=\\s|$)`, 'gu');
    re.lastIndex = from;
    const m = re.exec(joined);
    if (!m) break;
    const cut = joined[m.index - 1] === ' ' ? 1 : 0; // "Project. 7 This" → "Project. This"
    joined = joined.slice(0, m.index - cut) + joined.slice(m.index + m[0].length);
    from = m.index - cut;
  }
  return joined.split('\n');
}

export function parseParagraphs(text: string): Record<string, string> {
  const paras: string[][] = [];
  let mode: Mode = 'preamble';
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue; // 000 and 001 interleave blank lines everywhere
    if (mode !== 'preamble' && ANNEX.test(line)) break;
    const m = PARA_START.exec(line);
    // Sequential numbering: only the expected next number opens a paragraph.
    if (m && Number(m[1]) === paras.length + 1) {
      paras.push([line.replace(PARA_START, '')]);
      mode = 'body';
      continue;
    }
    if (mode === 'preamble') continue; // title block, agenda item, symbol, date …
    if (FOOTNOTE_RULE.test(line)) {
      mode = 'footnote';
      continue;
    }
    if (mode === 'footnote') {
      // Entries and their continuation lines (printed flush left) belong to the footnote;
      // the first indented non-entry line is the paragraph body resuming after the page break.
      if (FOOTNOTE_ENTRY.test(line) || !/^\s/.test(line)) continue;
      mode = 'body';
    }
    if (PAGE_FURNITURE.test(line) || MD_FOOTNOTE.test(line) || MD_RULE.test(line)) continue;
    // Headings sit between paragraphs: skip them and any title lines up to the next paragraph.
    if (HEADING.test(line) || (m && isNumberedHeading(line))) {
      mode = 'heading';
      continue;
    }
    if (mode === 'heading') continue;
    paras[paras.length - 1]?.push(line);
  }

  let texts = paras.map((lines) => normaliseWhitespace(lines.map(cleanLine).join(' ')));
  if (/^\s*_{5,}\s*$/m.test(text)) {
    texts = stripFootnoteRefs(texts); // only the PDF extractions use bare-digit references
  }
  const out: Record<string, string> = {};
  texts.forEach((t, i) => {
    out[String(i + 1)] = t;
  });
  return out;
}
