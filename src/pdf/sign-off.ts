import { AUTHORITY_WORDS } from '../domain/assessment.schema.ts';
import { drawFormBlock } from './blocks.ts';
import type { Flow } from './flow.ts';
import type { PdfContext } from './pdf-input.ts';

export const SIGN_OFF_TITLE = '7. Sign-off';

/** Prepared, reviewed and authorised by: each with name and rank, date and signature lines. */
export function drawSignOff(flow: Flow, { assessment }: PdfContext): void {
  flow.section(SIGN_OFF_TITLE);
  flow.note('Sign only after reading the whole document, including the findings, the gaps in the intervention plan and the open questions.');
  flow.space(3);
  drawFormBlock(flow, 'Prepared by (officer in charge)', ['Name and rank', 'Unit', 'Date', 'Signature']);
  drawFormBlock(flow, 'Reviewed by (supervisor)', ['Name and rank', 'Date', 'Signature', 'Comments']);
  drawFormBlock(flow, `Authorised by (${AUTHORITY_WORDS[assessment.verdict.authority]} or higher)`, ['Name and rank or title', 'Date', 'Signature'], [
    '☐ Authorised     ☐ Authorised with conditions     ☐ Not authorised',
    'Conditions:',
  ]);
  drawFormBlock(flow, 'Review', ['Review date (no later than)', 'Reviewed on', 'Signature']);
}
