import type { jsPDF } from 'jspdf';
import { CONTENT_WIDTH, FONT, GREY_TEXT, INK, MARGIN, PAGE, SIZE } from './theme.ts';

const HEADER_MARKING_Y = 8;
export const HEADER_LINE_Y = 18;
export const FOOTER_LINE_Y = PAGE.height - 20;
const FOOTER_MARKING_Y = PAGE.height - 7;

export function pageLabel(page: number, pages: number): string {
  return `Page ${page} of ${pages}`;
}

/** What the header and footer of a document say; the page number is added to each page. */
export interface PageFrame {
  /** Handling marking, top and bottom of every page. */
  marking: string;
  /** Above the header rule on the left, cut to fit: what the document is about. */
  headerLeft: string;
  /** Above the header rule on the right, in full: e.g. the document id. */
  headerRight: string;
  /** Small print below the footer rule, left of the page number. */
  footerLeft: string;
}

/**
 * Header and footer on every page, drawn once all content is laid out so the
 * total page count is known: marking top and bottom, what the document is,
 * page x of y, and a line of small print (for the checklist, the fingerprint
 * that ties the page to its case file and rules).
 */
export function drawPageFrames(doc: jsPDF, frame: PageFrame): void {
  const pages = doc.getNumberOfPages();
  const right = MARGIN.left + CONTENT_WIDTH;
  // The same on every page, so cut to fit once.
  markingFont(doc);
  const marking = fitted(doc, frame.marking, CONTENT_WIDTH);
  headerFont(doc);
  const headerLeft = fitted(doc, frame.headerLeft, CONTENT_WIDTH - doc.getTextWidth(frame.headerRight) - 6);
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setTextColor(...INK);
    drawMarking(doc, marking, HEADER_MARKING_Y);
    headerFont(doc);
    doc.text(headerLeft, MARGIN.left, HEADER_LINE_Y - 1.2);
    doc.text(frame.headerRight, right, HEADER_LINE_Y - 1.2, { align: 'right' });
    doc.setDrawColor(...INK).setLineWidth(0.3);
    doc.line(MARGIN.left, HEADER_LINE_Y, right, HEADER_LINE_Y);

    doc.line(MARGIN.left, FOOTER_LINE_Y, right, FOOTER_LINE_Y);
    doc.setFont(FONT, 'normal').setFontSize(SIZE.tiny).setTextColor(...GREY_TEXT);
    doc.text(frame.footerLeft, MARGIN.left, FOOTER_LINE_Y + 4);
    doc.setFont(FONT, 'bold').setFontSize(SIZE.body).setTextColor(...INK);
    doc.text(pageLabel(page, pages), right, FOOTER_LINE_Y + 4.4, { align: 'right' });
    drawMarking(doc, marking, FOOTER_MARKING_Y);
  }
}

function markingFont(doc: jsPDF): void {
  doc.setFont(FONT, 'bold').setFontSize(SIZE.h3).setTextColor(...INK);
}

function headerFont(doc: jsPDF): void {
  doc.setFont(FONT, 'normal').setFontSize(SIZE.small).setTextColor(...GREY_TEXT);
}

/** The marking, already cut to fit, centred on the page. */
function drawMarking(doc: jsPDF, marking: string, y: number): void {
  markingFont(doc);
  doc.text(marking, PAGE.width / 2, y, { align: 'center', baseline: 'top' });
}

/** The text cut to one line of `width` millimetres, ending in an ellipsis when cut. */
function fitted(doc: jsPDF, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
