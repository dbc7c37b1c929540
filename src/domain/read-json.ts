import { formatPath } from './format-issues.ts';

export type JsonObjectResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

/**
 * Far deeper than any file the app writes (a case file is about six levels deep,
 * a rule condition a dozen), and shallow enough that nothing that walks the data
 * afterwards (zod, mergeAnswers, React) can run out of stack on a hostile file.
 */
export const MAX_JSON_DEPTH = 100;

/** More lines than anyone reads; a hostile file could otherwise produce one per key, by the hundred thousand. */
export const MAX_MESSAGES = 100;
/** A message echoes field names from the file, which may be of any length. */
const MAX_MESSAGE_LENGTH = 400;

/**
 * The first checks of every file the app reads (case files, scenarios, rule modules):
 * not too large, valid JSON, a JSON object, not nested absurdly deep, and no
 * `__proto__` key. Each failure is one plain line; the caller puts the file name
 * in front. Already-parsed input skips the first two.
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
  const shape = shapeProblem(value, what);
  if (shape) return { ok: false, error: shape };
  return { ok: true, value: value as Record<string, unknown> };
}

/** A file from a later version of the app: say so, rather than list every field it does not know. */
export function newerVersionError(field: string, found: unknown, reads: number, format: string): string | undefined {
  if (typeof found !== 'number' || found <= reads) return undefined;
  return `${field}: this file was made with a newer version of SIT Risk Wizard (${format} format ${found}); this version reads format ${reads}. Update the app to open it.`;
}

/**
 * At most MAX_MESSAGES lines, the last saying how many were left out. A line too long
 * to read (a field name thousands of characters long) keeps its start, where the
 * field is, and its end, which says what is wrong.
 */
export function tidyMessages(lines: readonly string[]): string[] {
  const clipped = lines.map((line) =>
    line.length <= MAX_MESSAGE_LENGTH ? line : `${line.slice(0, MAX_MESSAGE_LENGTH - 150)}…${line.slice(-149)}`,
  );
  if (clipped.length <= MAX_MESSAGES) return clipped;
  const shown = clipped.slice(0, MAX_MESSAGES - 1);
  return [...shown, `(whole file): ${clipped.length - shown.length} more problems not listed; correct the ones above first`];
}

interface Node {
  value: unknown;
  depth: number;
  key?: PropertyKey;
  parent?: Node;
}

/**
 * Walks the data without recursion (so the check itself cannot run out of stack).
 * JSON.parse keeps a `"__proto__"` key as an own field, but copying the object
 * (zod does, for records) would set the copy's prototype instead: refuse it.
 */
function shapeProblem(root: object, what: string): string | undefined {
  const stack: Node[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const { value, depth } = node;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      return `(whole file): nested more than ${MAX_JSON_DEPTH} levels deep (at ${clip(pathOf(node), 80)}); no ${what} is nested that deeply`;
    }
    const children: Node[] = Array.isArray(value)
      ? value.map((item, index) => ({ value: item, depth: depth + 1, key: index, parent: node }))
      : Object.keys(value).map((key) => ({ value: (value as Record<string, unknown>)[key], depth: depth + 1, key, parent: node }));
    for (const child of children) {
      if (child.key === '__proto__') return `${clip(pathOf(child), 200)}: "__proto__" cannot be the name of a field`;
    }
    // Reversed, so that the first problem in the file is the one reported.
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Node);
  }
  return undefined;
}

function pathOf(node: Node): string {
  const keys: PropertyKey[] = [];
  for (let at: Node | undefined = node; at?.key !== undefined; at = at.parent) keys.push(at.key);
  return formatPath(keys.reverse());
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
