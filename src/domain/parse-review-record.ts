import { formatIssues } from './format-issues.ts';
import { newerVersionError, readJsonObject, tidyMessages } from './read-json.ts';
import { REVIEW_RECORD_FORMAT, ReviewRecord } from './review-record.schema.ts';

export type ReviewRecordParse = { ok: true; record: ReviewRecord } | { ok: false; errors: string[] };

/** Whether parsed JSON says it is a review record (it may still be an invalid one). */
export function looksLikeReviewRecord(json: unknown): boolean {
  return json !== null && typeof json === 'object' && (json as { format?: unknown }).format === REVIEW_RECORD_FORMAT;
}

/** A review record as text or parsed JSON → the record, or one plain line per problem naming the field. */
export function parseReviewRecord(input: unknown, maxBytes: number): ReviewRecordParse {
  const read = readJsonObject(input, 'review record', maxBytes);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const newer = newerVersionError('formatVersion', read.value.formatVersion, 1, 'review record');
  if (newer) return { ok: false, errors: [newer] };
  const parsed = ReviewRecord.safeParse(read.value);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, errors: tidyMessages(formatIssues(parsed.error)) };
}
