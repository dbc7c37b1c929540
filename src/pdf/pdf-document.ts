import { jsPDF } from 'jspdf';
import { layOutLinesLeftToRight } from './left-to-right-lines.ts';
import type { PdfFonts } from './pdf-input.ts';
import { FONT, PRODUCT_NAME } from './theme.ts';

/**
 * What every PDF of the app shares: an A4 portrait document in millimetres with
 * the embedded DejaVu fonts, and metadata that depends only on the input (no
 * clock, no randomness), so the same input gives the same bytes.
 */
export function createPdfDocument(font: PdfFonts): jsPDF {
  const doc = new jsPDF({
    unit: 'mm',
    format: 'a4',
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
    // Positions to a thousandth of a point (0.35 µm) rather than jsPDF's 16 digits: the
    // page content is a quarter smaller, so it is written and compressed faster.
    floatPrecision: 3,
  });
  doc.addFileToVFS(`${FONT}.ttf`, font.regular);
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, font.bold);
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'normal');
  memoiseTextWidths(doc);
  layOutLinesLeftToRight(doc);
  return doc;
}

/**
 * jspdf-autotable measures every line and every word of every cell to size its
 * columns, and jsPDF runs each measured string through its Arabic shaper first:
 * the same words come back thousands of times in a long checklist. A width
 * depends only on the text, the font, the font size and the character spacing,
 * so each is worked out once per document; the numbers, and so the bytes of the
 * PDF, are the same as without the cache.
 */
function memoiseTextWidths(doc: jsPDF): void {
  const measure = doc.getTextWidth.bind(doc);
  const byFont = new Map<string, Map<string, number>>();
  doc.getTextWidth = (text: string): number => {
    const font = `${doc.getFont().id} ${doc.getFontSize()} ${doc.getCharSpace()}`;
    let widths = byFont.get(font);
    if (!widths) byFont.set(font, (widths = new Map()));
    let width = widths.get(text);
    if (width === undefined) {
      width = measure(text);
      widths.set(text, width);
    }
    return width;
  };
}

export interface DocumentProperties {
  title: string;
  subject: string;
  /** The handling marking. */
  keywords: string;
  generatedAt: Date;
  /** 64 hex digits that identify the content; the start of it becomes the PDF file identifier. */
  fingerprint: string;
}

/** Title, subject, date and file identifier, all from the input. */
export function setDocumentProperties(doc: jsPDF, { title, subject, keywords, generatedAt, fingerprint }: DocumentProperties): void {
  doc.setProperties({ title, subject, creator: PRODUCT_NAME, keywords });
  doc.setCreationDate(generatedAt);
  doc.setFileId(fileIdFrom(fingerprint, generatedAt));
}

/** The finished PDF file. */
export function pdfBytes(doc: jsPDF): Uint8Array {
  return new Uint8Array(doc.output('arraybuffer'));
}

/** The PDF file identifier (32 hex digits), from the content and the date rather than at random. */
function fileIdFrom(fingerprint: string, generatedAt: Date): string {
  const time = generatedAt.getTime().toString(16).padStart(12, '0').slice(-12);
  return (fingerprint.slice(0, 20) + time).toUpperCase();
}
