import type { Assessment } from './assessment.schema.ts';
import type { CaseFile } from './case.schema.ts';
import { appendEntry, logHead } from './decision-log.ts';
import type { DocumentCheck } from './document-check.ts';
import type { RuleSet } from './load-rules.ts';
import { reviewToLogEntry } from './review.ts';
import { REVIEW_RECORD_FORMAT, type ReviewRecord } from './review-record.schema.ts';
import type { Review } from './review.schema.ts';

export interface ReviewRecordInput {
  caseFile: CaseFile;
  review: Review;
  check: Pick<DocumentCheck, 'altered' | 'sameRules' | 'messages'>;
  /** The assessment the supervisor reviewed, under the rules in use now. */
  assessment: Assessment;
  ruleSet: RuleSet;
  /** When the decision was recorded (the review keeps the date only). */
  at: Date;
  /** The authorisation is already running: an approval renews it. */
  renewal?: boolean;
}

/** The review, and the case with the decision appended to its log: what goes back to the investigator. */
export function makeReviewRecord({ caseFile, review, check, assessment, ruleSet, at, renewal = false }: ReviewRecordInput): ReviewRecord {
  const log = appendEntry(caseFile.log, reviewToLogEntry(review, at.toISOString(), { assessment, ruleSet, renewal }));
  return {
    format: REVIEW_RECORD_FORMAT,
    formatVersion: 1,
    review,
    caseFile: { ...caseFile, log },
    logHead: logHead(log),
    documentCheck: { altered: check.altered, sameRules: check.sameRules, messages: check.messages },
  };
}
