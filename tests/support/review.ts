// A supervisor's review as the app makes it, for the tests of review records, returned queries and document checks.
import { assessmentStamp } from '../../src/domain/assessment-stamp.ts';
import type { CaseFile } from '../../src/domain/case.schema.ts';
import { appendEntry } from '../../src/domain/decision-log.ts';
import type { LogEntry } from '../../src/domain/decision-log.schema.ts';
import { evaluate } from '../../src/domain/evaluate.ts';
import { fingerprintOf } from '../../src/domain/fingerprint.ts';
import type { RuleSet } from '../../src/domain/load-rules.ts';
import { makeReviewRecord } from '../../src/domain/review-record.ts';
import type { ReviewRecord } from '../../src/domain/review-record.schema.ts';
import { Review, type ReviewInput } from '../../src/domain/review.schema.ts';
import type { ImportedFile } from '../../src/storage/case-file-io.ts';

export const PARTNER_QUERY = 'Which NGO receives the migrants at the interception point?';

/** Superintendent A. Reyes returns the case on 6 March 2026, querying the missing partner protocol. */
export function returnReview(caseFile: CaseFile, rules: RuleSet, overrides: Partial<ReviewInput> = {}): ReviewInput {
  return {
    caseFingerprint: fingerprintOf(caseFile, rules),
    ruleSetVersion: rules.version,
    reviewer: { name: 'A. Reyes', rank: 'Superintendent' },
    reviewedAt: '2026-03-06',
    decision: 'return',
    reasons: ['The partner protocol is missing'],
    reviewDate: '2026-03-20',
    items: [
      { kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'queried', comment: PARTNER_QUERY },
      { kind: 'finding', ref: 'ms-safety-and-rights-priority', status: 'accepted' },
    ],
    ...overrides,
  };
}

/** The case's log after the investigator exported the checklist on 5 March 2026. */
export function producedLog(caseFile: CaseFile, rules: RuleSet, at = '2026-03-05T14:05:00Z'): LogEntry[] {
  return appendEntry(caseFile.log, {
    at,
    kind: 'assessment-produced',
    by: 'Investigating team (Border Police)',
    summary: 'Checklist produced for review',
    details: assessmentStamp(evaluate(caseFile, rules), fingerprintOf(caseFile, rules)),
  });
}

/** What the supervisor exports after the review: made with makeReviewRecord, as the supervisor screen does. */
export function reviewRecordOf(caseFile: CaseFile, rules: RuleSet, review: ReviewInput = returnReview(caseFile, rules)): ReviewRecord {
  return makeReviewRecord({
    caseFile,
    review: Review.parse(review),
    check: { altered: false, sameRules: true, messages: ['Not altered: the fingerprint printed on the document matches the case file and the current rules.'] },
    assessment: evaluate(caseFile, rules),
    ruleSet: rules,
    at: new Date('2026-03-06T16:45:00Z'),
  });
}

/** Shaped like the browser's File, as a file input hands it over. */
export function fileOf(name: string, content: string | Uint8Array): ImportedFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, text: async () => new TextDecoder().decode(bytes), arrayBuffer: async () => bytes.slice().buffer };
}
