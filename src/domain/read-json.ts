export type JsonObjectResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/**
 * The first checks of every file the app reads (case files, scenarios, rule modules):
 * not too large, valid JSON, a JSON object. Each failure is one plain line; the
 * caller puts the file name in front. Already-parsed input skips the first two.
 */
export function readJsonObject(input: unknown, what: string, maxBytes = Infinity): JsonObjectResult {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > maxBytes) {
      return { ok: false, error: `file is too large (over ${maxBytes / 1_000_000} MB) to be a ${what}` };
    }
    try {
      value = JSON.parse(input) as unknown;
    } catch (error) {
      return { ok: false, error: `not valid JSON (${(error as Error).message})` };
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: `(whole file): a ${what} must be a JSON object` };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/** A file from a later version of the app: say so, rather than list every field it does not know. */
export function newerVersionError(field: string, found: unknown, reads: number, format: string): string | undefined {
  if (typeof found !== 'number' || found <= reads) return undefined;
  return `${field}: this file was made with a newer version of SIT Risk Wizard (${format} format ${found}); this version reads format ${reads}. Update the app to open it.`;
}
