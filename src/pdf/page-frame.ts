import type { jsPDF } from 'jspdf';
import { PRODUCT_NAME } from './cover.ts';
import type { PdfContext } from './pdf-input.ts';
import { CONTENT_WIDTH, FONT, GREY_TEXT, INK, MARGIN, PAGE, SIZE } from './theme.ts';

const HEADER_MARKING_Y = 8;
export const HEADER_LINE_Y = 18;
export const FOOTER_LINE_Y = PAGE.height - 20;
const FOOTER_MARKING_Y = PAGE.height - 7;

export function pageLabel(page: number, pages: number): string {
  return `Page ${page} of ${pages}`;
}

/**
 * Header and footer on every page, drawn once all content is laid out so the
 * total page count is known: marking top and bottom, codename, document id,
 * page x of y and the fingerprint that ties the page to its case file and rules.
 */
export function drawPageFrames(doc: jsPDF, { caseFile, options, documentId, fingerprint }: PdfContext): void {
  const pages = doc.getNumberOfPages();
  const right = MARGIN.left + CONTENT_WIDTH;
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setTextColor(...INK);
    drawMarking(doc, options.marking, HEADER_MARKING_Y);
    doc.setFont(FONT, 'normal').setFontSize(SIZE.small).setTextColor(...GREY_TEXT);
    const idText = `Document ${documentId}`;
    const codenameWidth = CONTENT_WIDTH - doc.getTextWidth(idText) - 6;
    doc.text(fitted(doc, `${PRODUCT_NAME} · Operation ${caseFile.operation.codename}`, codenameWidth), MARGIN.left, HEADER_LINE_Y - 1.2);
    doc.text(idText, right, HEADER_LINE_Y - 1.2, { align: 'right' });
    doc.setDrawColor(...INK).setLineWidth(0.3);
    doc.line(MARGIN.left, HEADER_LINE_Y, right, HEADER_LINE_Y);

    doc.line(MARGIN.left, FOOTER_LINE_Y, right, FOOTER_LINE_Y);
    doc.setFont(FONT, 'normal').setFontSize(SIZE.tiny).setTextColor(...GREY_TEXT);
    doc.text(`Fingerprint (SHA-256): ${fingerprint}`, MARGIN.left, FOOTER_LINE_Y + 4);
    doc.setFont(FONT, 'bold').setFontSize(SIZE.body).setTextColor(...INK);
    doc.text(pageLabel(page, pages), right, FOOTER_LINE_Y + 4.4, { align: 'right' });
    drawMarking(doc, options.marking, FOOTER_MARKING_Y);
  }
}

function drawMarking(doc: jsPDF, marking: string, y: number): void {
  doc.setFont(FONT, 'bold').setFontSize(SIZE.h3).setTextColor(...INK);
  doc.text(fitted(doc, marking, CONTENT_WIDTH), PAGE.width / 2, y, { align: 'center', baseline: 'top' });
}

/** The text cut to one line of `width` millimetres, ending in an ellipsis when cut. */
function fitted(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
