import { CASE_SCHEMA_VERSION, CaseFile } from './case.schema.ts';
import { formatIssues } from './format-issues.ts';

export type CaseParseResult = { ok: true; caseFile: CaseFile } | { ok: false; errors: string[] };

/** Largest case file accepted: far above any real case, small enough to keep a browser tab safe. */
export const MAX_CASE_FILE_BYTES = 5_000_000;

/** Text of a case file → a valid case, or one plain line per problem naming the field. */
export function parseCaseFile(text: string): CaseParseResult {
  if (text.length > MAX_CASE_FILE_BYTES) {
    return { ok: false, errors: [`file is too large (over ${MAX_CASE_FILE_BYTES / 1_000_000} MB) to be a case file`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  return validateCase(json);
}

export function validateCase(json: unknown): CaseParseResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, errors: ['(whole file): a case file must be a JSON object'] };
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined && !('operation' in json)) {
    return {
      ok: false,
      errors: ['(whole file): this is not a SIT Risk Wizard case file (it has no schemaVersion and no operation)'],
    };
  }
  if (typeof version === 'number' && version > CASE_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        `schemaVersion: this file was made with a newer version of SIT Risk Wizard (case format ${version}); this version reads format ${CASE_SCHEMA_VERSION}. Update the app to open it.`,
      ],
    };
  }
  const parsed = CaseFile.safeParse(json);
  return parsed.success ? { ok: true, caseFile: parsed.data } : { ok: false, errors: formatIssues(parsed.error) };
}
