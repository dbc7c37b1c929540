import { z } from 'zod';
import { CaseFile } from './case.schema.ts';
import { Review } from './review.schema.ts';

/**
 * What a supervisor exports after a review, as JSON and embedded in the review
 * PDF: the review itself, and the reviewed case file with the decision appended
 * to its log. The investigator opens this file (or the PDF) to see the queries
 * next to the questions; the supervisor keeps it as the record. `logHead` is the
 * hash of the log's newest entry, anchoring the log outside the case file.
 */
export const REVIEW_RECORD_FORMAT = 'sit-risk-wizard-review';

export const DocumentCheckSummary = z.strictObject({
  altered: z.union([z.boolean(), z.literal('unknown')]),
  sameRules: z.union([z.boolean(), z.literal('unknown')]),
  messages: z.array(z.string().max(5000)).max(100),
});
export type DocumentCheckSummary = z.infer<typeof DocumentCheckSummary>;

export const ReviewRecord = z.strictObject({
  format: z.literal(REVIEW_RECORD_FORMAT, { error: `Not a review record: "format" must be "${REVIEW_RECORD_FORMAT}"` }),
  formatVersion: z.literal(1, { error: 'This review record was made by a newer version of SIT Risk Wizard' }),
  review: Review,
  caseFile: CaseFile,
  logHead: z.string().regex(/^[0-9a-f]{64}$/, 'The log head must be 64 hex digits'),
  documentCheck: DocumentCheckSummary,
});
export type ReviewRecord = z.infer<typeof ReviewRecord>;
export type ReviewRecordInput = z.input<typeof ReviewRecord>;
