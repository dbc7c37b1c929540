import { inflateSync } from 'node:zlib';
import type { CaseFile } from '../../src/domain/case.schema.ts';
import type { RuleSet } from '../../src/domain/load-rules.ts';
import type { SeedLibrary } from '../../src/domain/seed.schema.ts';
import { pdfBuildTask } from '../../src/pdf/bench-task.ts';
import { loadFontsFromDisk } from '../../src/pdf/fonts-node.ts';
import { createPdfDocument, pdfBytes } from '../../src/pdf/pdf-document.ts';
import type { PdfFonts } from '../../src/pdf/pdf-input.ts';
import { CONTENT_BOTTOM, CONTENT_WIDTH, FONT, MARGIN, SIZE, lineHeight } from '../../src/pdf/theme.ts';
import { measure, summarize, type BenchRow, type Budget } from './bench-row.ts';

/** Issue 8: our PDF may take at most twice as long as jsPDF itself needs for as many pages (of as much text). */
export const PDF_RATIO_BUDGET: Budget = { of: 'median', op: '≤', limit: 2 };

/**
 * The checklist PDF of one case next to a bare jsPDF document of the same shape (as many pages,
 * text calls, lines and characters, with the same embedded fonts), and the ratio of their
 * medians: what our layout (tables, measuring, wrapping, page frames) costs on top of what
 * jsPDF costs anyway for that much text (fonts, encoding each character, compression, the file).
 *
 * As much text, because jsPDF's own work for each character it writes (shaping, glyph lookup,
 * hex encoding, deflate) is most of the time of either document: next to six short lines a
 * page (a sixth of the text of ours) the ratio mostly counts how full our pages are.
 */
export function pdfRows(name: string, caseFile: CaseFile, ruleSet: RuleSet, library: SeedLibrary, runs: number): BenchRow[] {
  const build = pdfBuildTask(caseFile, ruleSet, library);
  const shape = textShape(build());
  const fonts = loadFontsFromDisk();
  const ours = measure('pdf', `build the PDF of ${name}`, runs, build, { note: shapeWords(shape) });
  const prose = paperProse(library);
  const bare = measure('pdf', 'bare jsPDF document of the same shape, same fonts', runs, () => bareDocument(fonts, shape, prose), {
    note: shapeWords(textShape(bareDocument(fonts, shape, prose))),
  });
  const ratio = ours.median / bare.median;
  return [
    ours,
    bare,
    { area: 'pdf', what: 'PDF build / bare jsPDF (ratio of medians)', unit: '×', ...summarize([ratio]), runs: ours.runs, budget: PDF_RATIO_BUDGET },
  ];
}

/** What jsPDF writes on the pages of a document: text calls (BT … ET), lines of text (Tj) and characters. */
export interface TextShape {
  pages: number;
  texts: number;
  lines: number;
  characters: number;
}

const COLUMNS = 3;

/**
 * A document as plain as jsPDF allows, with the given shape: on each page its share of the text
 * calls, each a block of table-sized lines cut from `prose`, down the page in three columns like
 * table cells; the first block of a page in bold. No tables, no measuring, no wrapping.
 */
export function bareDocument(fonts: PdfFonts, shape: TextShape, prose: string): Uint8Array {
  const doc = createPdfDocument(fonts);
  const length = Math.round(shape.characters / shape.lines);
  const height = lineHeight(SIZE.table);
  let text = 0;
  let cut = 0;
  const nextLine = () => {
    if (cut + length > prose.length) cut = 0;
    cut += length;
    return prose.slice(cut - length, cut);
  };
  for (let page = 0; page < shape.pages; page++) {
    if (page > 0) doc.addPage();
    let column = 0;
    let y = MARGIN.top;
    for (let block = 0; block < share(shape.texts, shape.pages, page); block++, text++) {
      const lines = Array.from({ length: share(shape.lines, shape.texts, text) }, nextLine);
      if (y + lines.length * height > CONTENT_BOTTOM) {
        column = (column + 1) % COLUMNS;
        y = MARGIN.top;
      }
      doc.setFont(FONT, block === 0 ? 'bold' : 'normal').setFontSize(SIZE.table);
      doc.text(lines, MARGIN.left + (column * CONTENT_WIDTH) / COLUMNS, y, { baseline: 'top' });
      y += lines.length * height;
    }
  }
  return pdfBytes(doc);
}

/** The words of the source papers, as one line: real prose for the bare document to show. */
export function paperProse(library: SeedLibrary): string {
  return Object.values(library.paragraphs)
    .flatMap((paragraphs) => Object.values(paragraphs))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The `index`-th of `parts` whole shares of `total`, as equal as they can be. */
function share(total: number, parts: number, index: number): number {
  return Math.floor(((index + 1) * total) / parts) - Math.floor((index * total) / parts);
}

/**
 * Reads the shape of a PDF written by jsPDF: it writes no object streams, so page objects are
 * plain text, and each page's content is one deflated stream in which every character of text
 * is a glyph id of four hex digits (Identity-H).
 */
export function textShape(pdf: Uint8Array): TextShape {
  const file = Buffer.from(pdf);
  const text = file.toString('latin1');
  const shape: TextShape = { pages: 0, texts: 0, lines: 0, characters: 0 };
  for (const page of text.matchAll(/\/Type\s*\/Page(?![s\w])[^]*?\/Contents (\d+) 0 R/g)) {
    const stream = new RegExp(`\\n${page[1]} 0 obj\\s*<<\\s*/Length (\\d+)\\s*/Filter /FlateDecode\\s*>>\\s*stream\\r?\\n`).exec(text);
    if (!stream) throw new Error(`page content ${page[1]} 0 R not found`);
    const start = stream.index + stream[0].length;
    const content = inflateSync(file.subarray(start, start + Number(stream[1]))).toString('latin1');
    shape.pages += 1;
    shape.texts += content.match(/^BT$/gm)?.length ?? 0;
    for (const shown of content.matchAll(/<([0-9a-f]*)> Tj/g)) {
      shape.lines += 1;
      shape.characters += shown[1]!.length / 4;
    }
  }
  return shape;
}

function shapeWords({ pages, texts, lines, characters }: TextShape): string {
  return `${pages} pages, ${texts} text calls, ${lines} lines, ${characters} characters`;
}
