import type { CaseFile } from '../../src/domain/case.schema.ts';
import type { RuleSet } from '../../src/domain/load-rules.ts';
import type { SeedLibrary } from '../../src/domain/seed.schema.ts';
import { pdfBuildTask } from '../../src/pdf/bench-task.ts';
import { loadFontsFromDisk } from '../../src/pdf/fonts-node.ts';
import { createPdfDocument, pdfBytes } from '../../src/pdf/pdf-document.ts';
import type { PdfFonts } from '../../src/pdf/pdf-input.ts';
import { FONT, MARGIN, SIZE, lineHeight } from '../../src/pdf/theme.ts';
import { measure, summarize, type BenchRow, type Budget } from './bench-row.ts';

/** Issue 8: our PDF may take at most twice as long as jsPDF itself needs for as many pages. */
export const PDF_RATIO_BUDGET: Budget = { of: 'median', op: '≤', limit: 2 };

/**
 * The checklist PDF of one case next to a bare jsPDF document with the same page count and
 * the same embedded fonts, and the ratio of their medians: what our layout costs on top of
 * what jsPDF costs anyway (font embedding, compression, the file itself).
 */
export function pdfRows(name: string, caseFile: CaseFile, ruleSet: RuleSet, library: SeedLibrary, runs: number): BenchRow[] {
  const build = pdfBuildTask(caseFile, ruleSet, library);
  const pages = pageCount(build());
  const fonts = loadFontsFromDisk();
  const ours = measure('pdf', `build the PDF of ${name}`, runs, build, { note: `${pages} pages` });
  const bare = measure('pdf', `bare jsPDF document, ${pages} pages, same fonts`, runs, () => bareDocument(fonts, pages));
  const ratio = ours.median / bare.median;
  return [
    ours,
    bare,
    { area: 'pdf', what: 'PDF build / bare jsPDF (ratio of medians)', unit: '×', ...summarize([ratio]), runs: ours.runs, budget: PDF_RATIO_BUDGET },
  ];
}

/** A document as plain as jsPDF allows: per page a heading in bold and a few lines of text. */
export function bareDocument(fonts: PdfFonts, pages: number): Uint8Array {
  const doc = createPdfDocument(fonts);
  for (let page = 1; page <= pages; page++) {
    if (page > 1) doc.addPage();
    let y = MARGIN.top;
    doc.setFont(FONT, 'bold');
    doc.setFontSize(SIZE.h1);
    doc.text(`Page ${page}: controlled delivery across Ruritania and Borduria`, MARGIN.left, y);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(SIZE.body);
    for (let line = 1; line <= 5; line++) {
      y += lineHeight(SIZE.body) * 1.5;
      doc.text(`Line ${line}: check that every state on the route permits the technique (ł ş ğ ă ț é ñ).`, MARGIN.left, y);
    }
  }
  return pdfBytes(doc);
}

/** Page objects in a PDF written by jsPDF (it writes no object streams, so they are plain text). */
export function pageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
