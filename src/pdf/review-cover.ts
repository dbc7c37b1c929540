import { REVIEW_DECISION_WORDS, type ReviewDecision } from '../domain/review.schema.ts';
import { drawMarkingBox, drawStatementFrame } from './blocks.ts';
import type { Flow } from './flow.ts';
import type { ReviewPdfInput } from './pdf-input.ts';
import { drawNumbered } from './numbered-list.ts';
import { CONTENT_WIDTH, GREY_TEXT, GROUP_FILL, MARGIN, PRODUCT_NAME, SIZE, VERDICT_STYLE, lineHeight, type Rgb } from './theme.ts';
import { REVIEW_TITLE, dateWords, reviewerWords } from './review-words.ts';
import { dateTimeWords, plural } from './words.ts';

export const DOCUMENT_CHECK_TITLE = 'Was the checklist altered?';

/** Symbol, word and position carry the decision, colour only repeats it (as for verdicts, theme.ts). */
const DECISION_STYLE: Record<ReviewDecision, { symbol: string; fill: Rgb; bar: Rgb }> = {
  approve: VERDICT_STYLE.proceed,
  'approve-with-conditions': VERDICT_STYLE['proceed-with-conditions'],
  return: { ...VERDICT_STYLE.escalate, symbol: '↩' },
  refuse: VERDICT_STYLE['do-not-proceed'],
};

/** Page 1: which operation, the decision and why, who reviewed what, and whether the checklist was altered. */
export function drawReviewCover(flow: Flow, input: ReviewPdfInput): void {
  const { record, options } = input;
  const { review } = record;
  flow.text(PRODUCT_NAME, { size: SIZE.h2, colour: GREY_TEXT });
  flow.text(REVIEW_TITLE, { size: SIZE.h1, bold: true });
  flow.space(4);
  flow.text('Operation', { size: SIZE.small, colour: GREY_TEXT });
  flow.text(record.caseFile.operation.codename, { size: SIZE.title, bold: true });
  flow.space(3);
  drawMarkingBox(flow, options.marking);
  flow.space(5);
  drawDecisionBox(flow, review.decision, review.reviewDate);
  flow.space(2);

  flow.heading('Reasons for the decision', SIZE.h2, 10);
  drawNumbered(flow, review.reasons);
  if (review.conditions.length > 0) {
    flow.heading('Conditions', SIZE.h2, 10);
    drawNumbered(flow, review.conditions);
  }

  flow.heading('What was reviewed', SIZE.h2, 30);
  flow.table({
    body: reviewDetails(input),
    columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold', fillColor: GROUP_FILL } },
  });

  flow.heading(DOCUMENT_CHECK_TITLE, SIZE.h2, 10);
  const messages = record.documentCheck.messages;
  if (messages.length > 0) flow.bullets(messages);
  else flow.text('No check of the checklist was recorded with this review.');
}

function drawDecisionBox(flow: Flow, decision: ReviewDecision, reviewDate: string | undefined): void {
  const { doc } = flow;
  const style = DECISION_STYLE[decision];
  const textLeft = MARGIN.left + 16;
  const width = CONTENT_WIDTH - 20;
  flow.font(SIZE.title, true);
  const words = flow.wrap(REVIEW_DECISION_WORDS[decision], width);
  flow.font(SIZE.body, true);
  const byWhen = reviewDate ? flow.wrap(`Review the authorisation by ${dateWords(reviewDate)}`, width) : [];
  const wordsHeight = words.length * lineHeight(SIZE.title);
  const height = 8 + wordsHeight + byWhen.length * lineHeight(SIZE.body) + 4;
  flow.ensure(height);
  const top = flow.y;

  drawStatementFrame(flow, { top, height, label: 'DECISION' }, style);
  flow.font(SIZE.title, true);
  words.forEach((line, index) => doc.text(line, textLeft, top + 7.5 + index * lineHeight(SIZE.title), { baseline: 'top' }));
  flow.font(SIZE.body, true);
  const byWhenTop = top + 8 + wordsHeight + 1;
  byWhen.forEach((line, index) => doc.text(line, textLeft, byWhenTop + index * lineHeight(SIZE.body), { baseline: 'top' }));
  flow.y = top + height;
}

function reviewDetails({ record, assessment, options }: ReviewPdfInput): [string, string][] {
  const { review } = record;
  const queried = review.items.filter((item) => item.status === 'queried').length;
  const accepted = review.items.length - queried;
  return [
    ['Reviewer', reviewerWords(review.reviewer)],
    ['Date of review', dateWords(review.reviewedAt)],
    ['Items reviewed', review.items.length === 0 ? 'None recorded one by one' : `${review.items.length}: ${queried} queried, ${accepted} accepted`],
    ['Verdict of the checklist under the current rules', assessment.verdict.words],
    ['Handling marking', options.marking],
    ['Reviewed checklist fingerprint (SHA-256)', review.caseFingerprint],
    ['Rule set of the reviewed checklist', review.ruleSetVersion.split(' ').join(', ')],
    ['Decision log', `${plural(record.caseFile.log.length, 'entry', 'entries')}; hash of the newest (log head): ${record.logHead}`],
    ['Date generated', dateTimeWords(options.generatedAt)],
  ];
}
