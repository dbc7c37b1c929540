import type { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import { CONTENT_BOTTOM, CONTENT_WIDTH, FONT, GREY_TEXT, HEAD_FILL, INK, MARGIN, RULE_LINE, SIZE, lineHeight, type Rgb } from './theme.ts';

export interface TextStyle {
  size?: number;
  bold?: boolean;
  colour?: Rgb;
  indent?: number;
  /** Text drawn in the indent of the first line, e.g. a bullet or a tick box. */
  marker?: string;
}

/**
 * Writes content down the page and starts a new page when the next piece would
 * cross the bottom margin. Every section draws through one Flow, so nothing is
 * placed outside the margins.
 */
export class Flow {
  y: number = MARGIN.top;

  constructor(readonly doc: jsPDF) {}

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** Moves to a new page unless `height` millimetres still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > CONTENT_BOTTOM) this.newPage();
  }

  space(height: number): void {
    this.y += height;
  }

  /** A numbered section starts on a new page and gets a bookmark. */
  section(title: string): void {
    if (this.doc.getNumberOfPages() > 1 || this.y > MARGIN.top) this.newPage();
    this.doc.outline.add(null, title, { pageNumber: this.doc.getNumberOfPages() });
    this.text(title, { size: SIZE.h1, bold: true });
    this.doc.setDrawColor(...INK).setLineWidth(0.5);
    this.doc.line(MARGIN.left, this.y + 0.5, MARGIN.left + CONTENT_WIDTH, this.y + 0.5);
    this.space(5);
  }

  /** A heading is kept together with at least `keepWith` millimetres of what follows it. */
  heading(title: string, size: number = SIZE.h2, keepWith = 18): void {
    this.ensure(lineHeight(size) + keepWith);
    this.space(1.5);
    this.text(title, { size, bold: true });
    this.space(1);
  }

  text(content: string, style: TextStyle = {}): void {
    const { size = SIZE.body, bold = false, colour = INK, indent = 0, marker } = style;
    this.font(size, bold, colour);
    const lines = this.wrap(content, CONTENT_WIDTH - indent);
    const height = lineHeight(size);
    if (lines.length <= 4) this.ensure(lines.length * height);
    lines.forEach((line, index) => {
      this.ensure(height);
      if (index === 0 && marker) this.doc.text(marker, MARGIN.left + Math.max(0, indent - 4), this.y, { baseline: 'top' });
      this.doc.text(line, MARGIN.left + indent, this.y, { baseline: 'top' });
      this.y += height;
    });
  }

  bullets(items: readonly string[], style: TextStyle = {}): void {
    for (const item of items) {
      this.text(item, { indent: 5, marker: '•', ...style });
      this.space(0.8);
    }
  }

  note(content: string): void {
    this.text(content, { size: SIZE.small, colour: GREY_TEXT });
  }

  /** An autotable with the document's table style; headers repeat on every page. */
  table(options: UserOptions): void {
    autoTable(this.doc, {
      theme: 'grid',
      startY: this.y,
      margin: { ...MARGIN },
      showHead: 'everyPage',
      rowPageBreak: 'avoid',
      ...options,
      styles: {
        font: FONT,
        fontSize: SIZE.table,
        cellPadding: 1.6,
        lineColor: RULE_LINE,
        lineWidth: 0.2,
        textColor: INK,
        valign: 'top',
        overflow: 'linebreak',
        ...options.styles,
      },
      headStyles: { fillColor: HEAD_FILL, textColor: INK, fontStyle: 'bold', ...options.headStyles },
    });
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 4;
  }

  font(size: number, bold = false, colour: Rgb = INK): void {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal').setFontSize(size).setTextColor(...colour);
  }

  wrap(content: string, width: number): string[] {
    return this.doc.splitTextToSize(content, width) as string[];
  }
}
