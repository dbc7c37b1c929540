import { formatIssues } from './format-issues.ts';
import { isPlainObject } from './merge-answers.ts';
import { migrateCaseJson, migrateJson, type JsonObject, type MigrationResult, type VersionedFormat } from './migrate.ts';
import { readJsonObject, tidyMessages } from './read-json.ts';
import { REVIEW_RECORD_FORMAT, ReviewRecord } from './review-record.schema.ts';

export type ReviewRecordParse = { ok: true; record: ReviewRecord } | { ok: false; errors: string[] };

// Review record format 1 is the first there has been: nothing older to migrate.
const REVIEW_RECORD_VERSIONS: VersionedFormat = { field: 'formatVersion', name: 'review record', oldest: 1, current: 1, migrations: [] };

/** Whether parsed JSON says it is a review record (it may still be an invalid one). */
export function looksLikeReviewRecord(json: unknown): boolean {
  return json !== null && typeof json === 'object' && (json as { format?: unknown }).format === REVIEW_RECORD_FORMAT;
}

/** A review record as text or parsed JSON → the record, or one plain line per problem naming the field. */
export function parseReviewRecord(input: unknown, maxBytes: number): ReviewRecordParse {
  const read = readJsonObject(input, 'review record', maxBytes);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const migrated = migrateJson(read.value, REVIEW_RECORD_VERSIONS);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const withCase = withCurrentCaseFile(migrated.json);
  if (!withCase.ok) return { ok: false, errors: [withCase.error] };
  const parsed = ReviewRecord.safeParse(withCase.json);
  return parsed.success ? { ok: true, record: parsed.data } : { ok: false, errors: tidyMessages(formatIssues(parsed.error)) };
}

/** The reviewed case inside the record is read like any case file, an older case format included. */
function withCurrentCaseFile(record: JsonObject): MigrationResult {
  if (!isPlainObject(record.caseFile)) return { ok: true, json: record };
  const migrated = migrateCaseJson(record.caseFile);
  if (!migrated.ok) return { ok: false, error: `caseFile.${migrated.error}` };
  return { ok: true, json: { ...record, caseFile: migrated.json } };
}
