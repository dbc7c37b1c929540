import { CaseFile } from './case.schema.ts';
import { formatIssues } from './format-issues.ts';
import { migrateCaseJson } from './migrate.ts';
import { readJsonObject, tidyMessages } from './read-json.ts';

export type CaseParseResult = { ok: true; caseFile: CaseFile } | { ok: false; errors: string[] };

/** Largest case file accepted: far above any real case, small enough to keep a browser tab safe. */
export const MAX_CASE_FILE_BYTES = 5_000_000;

/** Text of a case file → a valid case, or one plain line per problem naming the field. */
export function parseCaseFile(text: string): CaseParseResult {
  return validateCase(text, MAX_CASE_FILE_BYTES);
}

/** A case file as text or as parsed JSON; one of an older case format is read as the current one. */
export function validateCase(input: unknown, maxBytes = MAX_CASE_FILE_BYTES): CaseParseResult {
  const read = readJsonObject(input, 'case file', maxBytes);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const json = read.value;
  const version = json.schemaVersion;
  if (version === undefined && !('operation' in json)) {
    return {
      ok: false,
      errors: ['(whole file): this is not a SIT Risk Wizard case file (it has no schemaVersion and no operation)'],
    };
  }
  const migrated = migrateCaseJson(json);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const parsed = CaseFile.safeParse(migrated.json);
  return parsed.success ? { ok: true, caseFile: parsed.data } : { ok: false, errors: tidyMessages(formatIssues(parsed.error)) };
}
