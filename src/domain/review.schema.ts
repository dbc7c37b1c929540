import { z } from 'zod';

/**
 * A supervisor's review of an exported checklist: what was reviewed (by its
 * fingerprint), each finding, checklist item and intervention-plan entry
 * accepted or queried, and the decision with its reasons. Exported as JSON next
 * to the review PDF and recorded in the case's decision log (review.ts).
 */
export const REVIEW_DECISIONS = ['approve', 'approve-with-conditions', 'return', 'refuse'] as const;
export const ReviewDecision = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const REVIEW_DECISION_WORDS: Record<ReviewDecision, string> = {
  approve: 'Approved',
  'approve-with-conditions': 'Approved with conditions',
  return: 'Returned for more work',
  refuse: 'Refused',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = (what: string) => z.iso.date({ error: `Enter ${what} as YYYY-MM-DD` });
const line = (max: number, missing: string) => z.string().trim().min(1, missing).max(max);

export const ReviewItem = z
  .strictObject({
    kind: z.enum(['finding', 'checklist', 'intervention']),
    /** The rule id (finding, intervention-plan entry) or the checklist item id. */
    ref: line(200, 'Say which finding or item this is about'),
    status: z.enum(['accepted', 'queried']),
    comment: z.string().trim().max(2000).optional(),
  })
  .check((ctx) => {
    if (ctx.value.status === 'queried' && !ctx.value.comment) {
      ctx.issues.push({ code: 'custom', input: ctx.value, path: ['comment'], message: `Write what you query about ${ctx.value.ref}` });
    }
  });
export type ReviewItem = z.infer<typeof ReviewItem>;

export const Review = z
  .strictObject({
    caseFingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'The fingerprint of the reviewed case must be 64 hex digits'),
    ruleSetVersion: line(5000, 'Say which rule-set version the case was assessed with'),
    reviewer: z.strictObject({
      name: line(200, 'Enter the name of the reviewer'),
      rank: line(100, 'Enter the rank or role of the reviewer'),
    }),
    reviewedAt: isoDate('the date of the review'),
    decision: ReviewDecision,
    reasons: z.array(line(5000, 'A reason cannot be empty')).min(1, 'Give at least one reason for the decision').max(100),
    conditions: z.array(line(5000, 'A condition cannot be empty')).max(100).default([]),
    reviewDate: isoDate('the review date').optional(),
    items: z.array(ReviewItem).max(5000).default([]),
  })
  .check((ctx) => {
    const review = ctx.value;
    const problem = (path: string, message: string) => ctx.issues.push({ code: 'custom', input: review, path: [path], message });
    if (review.decision === 'approve-with-conditions' && review.conditions.length === 0) {
      problem('conditions', 'Approving with conditions needs at least one condition');
    }
    if (review.decision !== 'refuse' && !review.reviewDate) {
      problem('reviewDate', 'Set the date by which the authorisation must be reviewed');
    }
    // Checks run even when a field above is malformed: compare only two real dates.
    const bothDates = [review.reviewDate, review.reviewedAt].every((date) => date !== undefined && ISO_DATE.test(date));
    if (bothDates && review.reviewDate! <= review.reviewedAt) {
      problem('reviewDate', 'The review date must be after the date of this review');
    }
    const seen = new Set<string>();
    review.items.forEach((item, index) => {
      const key = `${item.kind}:${item.ref}`;
      if (seen.has(key)) ctx.issues.push({ code: 'custom', input: item, path: ['items', index, 'ref'], message: `${item.ref} is reviewed twice` });
      seen.add(key);
    });
  });
export type Review = z.infer<typeof Review>;
export type ReviewInput = z.input<typeof Review>;
