/**
 * Answers are a case-file input that may still be incomplete: nested plain objects
 * of answers. Patches (a scenario's starting answers, an inject's new facts, the
 * model solution) are merged into them the way the wizard merges a step's form:
 * objects merge key by key, lists and plain values replace (`undefined` too, which
 * clears an answer). Pure: neither input is changed and the result shares no
 * object or list with them.
 */
export type AnswersObject = Record<string, unknown>;

export function mergeAnswers<T extends AnswersObject>(base: T, patch: AnswersObject): T {
  const out: AnswersObject = cloneJson(base) as AnswersObject;
  for (const [key, value] of Object.entries(patch)) {
    if (isUnsafeKey(key)) continue;
    const current = out[key];
    out[key] = isPlainObject(value) && isPlainObject(current) ? mergeAnswers(current, value) : cloneJson(value);
  }
  return out as T;
}

export function isPlainObject(value: unknown): value is AnswersObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A deep copy of JSON-like data (objects, lists, strings, numbers, booleans, null). */
function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (isPlainObject(value)) {
    const out: AnswersObject = {};
    for (const [key, inner] of Object.entries(value)) {
      if (!isUnsafeKey(key)) out[key] = cloneJson(inner);
    }
    return out;
  }
  return value;
}

function isUnsafeKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}
