import type { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { describe, expect, it } from 'vitest';
import { pageTexts } from '../../tests/support/poppler.ts';
import { loadFontsFromDisk } from './fonts-node.ts';
import { createPdfDocument, pdfBytes } from './pdf-document.ts';
import { FONT } from './theme.ts';

const HEBREW_FIRST = 'שלום first a Hebrew word, then English words';
const ARABIC_FIRST = 'عملية first an Arabic word, then English words';

/** The lines of the first page as pdftotext reads them back, with Arabic letters in their plain rather than joined forms. */
function printedLines(draw: (doc: jsPDF) => void): string[] {
  const doc = createPdfDocument(loadFontsFromDisk());
  draw(doc);
  const page = pageTexts(pdfBytes(doc))[0]!;
  return page.split('\n').map((line) => line.replace(/[\u202a-\u202e]/g, '').normalize('NFKC').trim());
}

/**
 * Whether some printed line is the typed one: the same words in the same order.
 * pdftotext gives the leading Hebrew or Arabic word back either in typed order or
 * in the order its letters were drawn (right to left), so both count.
 */
function hasTypedLine(lines: readonly string[], typed: string): boolean {
  const [rightToLeftWord = '', ...otherWords] = typed.split(' ');
  const drawn = [[...rightToLeftWord].reverse().join(''), ...otherWords].join(' ');
  return lines.some((line) => line === typed || line === drawn);
}

describe('a line that starts with a Hebrew or Arabic word', () => {
  it('is printed in the order it was typed, not mirrored', () => {
    const lines = printedLines((doc) => {
      doc.text(HEBREW_FIRST, 20, 20);
      doc.text(ARABIC_FIRST, 20, 30);
    });
    expect(hasTypedLine(lines, HEBREW_FIRST), JSON.stringify(lines)).toBe(true);
    expect(hasTypedLine(lines, ARABIC_FIRST), JSON.stringify(lines)).toBe(true);
  });

  it('is printed in the order it was typed inside a table cell too', () => {
    const lines = printedLines((doc) => autoTable(doc, { body: [[HEBREW_FIRST], [ARABIC_FIRST]], styles: { font: FONT } }));
    expect(hasTypedLine(lines, HEBREW_FIRST), JSON.stringify(lines)).toBe(true);
    expect(hasTypedLine(lines, ARABIC_FIRST), JSON.stringify(lines)).toBe(true);
  });
});
