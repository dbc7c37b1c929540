import { jsPDF } from 'jspdf';
import type { PdfFonts } from './pdf-input.ts';
import { FONT, PRODUCT_NAME } from './theme.ts';

/**
 * What every PDF of the app shares: an A4 portrait document in millimetres with
 * the embedded DejaVu fonts, and metadata that depends only on the input (no
 * clock, no randomness), so the same input gives the same bytes.
 */
export function createPdfDocument(font: PdfFonts): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS(`${FONT}.ttf`, font.regular);
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, font.bold);
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'normal');
  return doc;
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
