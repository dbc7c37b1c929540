import { AUTHORITY_WORDS } from '../domain/assessment.schema.ts';
import type { Flow } from './flow.ts';
import type { PdfContext } from './pdf-input.ts';
import { CONTENT_WIDTH, GREY_TEXT, INK, MARGIN, SIZE } from './theme.ts';

export const SIGN_OFF_TITLE = '7. Sign-off';

const LINE_GAP = 9;

/** Prepared, reviewed and authorised by: each with name and rank, date and signature lines. */
export function drawSignOff(flow: Flow, { assessment }: PdfContext): void {
  flow.section(SIGN_OFF_TITLE);
  flow.note('Sign only after reading the whole document, including the findings, the gaps in the intervention plan and the open questions.');
  flow.space(3);
  drawBlock(flow, 'Prepared by (officer in charge)', ['Name and rank', 'Unit', 'Date', 'Signature']);
  drawBlock(flow, 'Reviewed by (supervisor)', ['Name and rank', 'Date', 'Signature', 'Comments']);
  drawBlock(flow, `Authorised by (${AUTHORITY_WORDS[assessment.verdict.authority]} or higher)`, ['Name and rank or title', 'Date', 'Signature'], [
    '☐ Authorised     ☐ Authorised with conditions     ☐ Not authorised',
    'Conditions:',
  ]);
  drawBlock(flow, 'Review', ['Review date (no later than)', 'Reviewed on', 'Signature']);
}

function drawBlock(flow: Flow, title: string, fields: readonly string[], extra: readonly string[] = []): void {
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
