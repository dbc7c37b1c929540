import type { Flow } from './flow.ts';
import { CONTENT_WIDTH, GREY_TEXT, INK, MARGIN, SIZE, WHITE, lineHeight, type Rgb } from './theme.ts';

/** Building blocks drawn the same way in every PDF of the app (checklist, debrief, handout). */

/** The handling marking in a ruled box, centred. */
export function drawMarkingBox(flow: Flow, marking: string): void {
  const { doc } = flow;
  flow.font(SIZE.h2, true);
  const lines = flow.wrap(marking, CONTENT_WIDTH - 8);
  const height = lines.length * lineHeight(SIZE.h2) + 4;
  doc.setDrawColor(...INK).setLineWidth(0.6);
  doc.rect(MARGIN.left, flow.y, CONTENT_WIDTH, height);
  lines.forEach((line, index) => {
    doc.text(line, MARGIN.left + CONTENT_WIDTH / 2, flow.y + 2 + index * lineHeight(SIZE.h2), { baseline: 'top', align: 'center' });
  });
  flow.space(height);
}

const LINE_GAP = 9;

/**
 * A ruled box to fill in by hand: a title, then one labelled writing line per
 * field, then lines of text (a line ending in ":" gets a writing line too).
 */
export function drawFormBlock(flow: Flow, title: string, fields: readonly string[], extra: readonly string[] = []): void {
  const { doc } = flow;
  const height = 8 + (fields.length + extra.length) * LINE_GAP + 2;
  flow.ensure(height + 4);
  const top = flow.y;
  doc.setDrawColor(...INK).setLineWidth(0.4).rect(MARGIN.left, top, CONTENT_WIDTH, height);
  flow.font(SIZE.h3, true);
  doc.text(title, MARGIN.left + 3, top + 2.5, { baseline: 'top' });
  let y = top + 8 + LINE_GAP - 2;
  flow.font(SIZE.small, false, GREY_TEXT);
  for (const field of fields) {
    doc.text(field, MARGIN.left + 3, y, { baseline: 'bottom' });
    doc.setDrawColor(...GREY_TEXT).setLineWidth(0.2).line(MARGIN.left + 48, y, MARGIN.left + CONTENT_WIDTH - 4, y);
    y += LINE_GAP;
  }
  flow.font(SIZE.body);
  for (const line of extra) {
    doc.text(line, MARGIN.left + 3, y, { baseline: 'bottom' });
    if (line.endsWith(':')) doc.line(MARGIN.left + 48, y, MARGIN.left + CONTENT_WIDTH - 4, y);
    y += LINE_GAP;
  }
  flow.y = top + height + 5;
}

/** Plain text split into paragraphs at blank lines, each with its lines joined. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}

/**
 * The frame of a verdict or decision box: filled, ruled, a coloured bar with its
 * symbol on the left and a small label at the top. The caller writes the words.
 */
export function drawStatementFrame(
  flow: Flow,
  box: { top: number; height: number; label: string },
  style: { symbol: string; fill: Rgb; bar: Rgb },
): void {
  const { doc } = flow;
  const { top, height, label } = box;
  doc.setFillColor(...style.fill).setDrawColor(...INK).setLineWidth(0.8);
  doc.rect(MARGIN.left, top, CONTENT_WIDTH, height, 'FD');
  doc.setFillColor(...style.bar).rect(MARGIN.left, top, 11, height, 'F');
  flow.font(SIZE.h1, true, WHITE);
  doc.text(style.symbol, MARGIN.left + 5.5, top + height / 2, { align: 'center', baseline: 'middle' });
  flow.font(SIZE.small, true, GREY_TEXT);
  doc.text(label, MARGIN.left + 16, top + 3, { baseline: 'top' });
}
