import { REVIEW_DECISION_WORDS, type Review } from '../domain/review.schema.ts';
import { drawFormBlock } from './blocks.ts';
import type { Flow } from './flow.ts';
import { GROUP_FILL } from './theme.ts';
import { dateWords, reviewerWords } from './review-words.ts';

export const REVIEW_SIGN_OFF_TITLE = '3. Sign-off';

/** The reviewer signs for the decision; the officer in charge signs that the queries reached them. */
export function drawReviewSignOff(flow: Flow, review: Review): void {
  flow.section(REVIEW_SIGN_OFF_TITLE);
  flow.table({
    body: [
      ['Reviewer', reviewerWords(review.reviewer)],
      ['Decision', REVIEW_DECISION_WORDS[review.decision]],
      ['Date of review', dateWords(review.reviewedAt)],
    ],
    columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold', fillColor: GROUP_FILL } },
  });
  flow.note('Sign only after reading the whole record: the decision, its reasons and conditions, and the comment on each item reviewed.');
  flow.space(3);
  drawFormBlock(flow, 'Reviewer', ['Signature', 'Date']);
  drawFormBlock(flow, 'Received by (officer in charge of the investigation)', ['Name and rank', 'Date', 'Signature']);
}
