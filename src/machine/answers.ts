import { CASE_SCHEMA_VERSION, type Technique } from '../domain/case.schema.ts';

/**
 * What the user has typed so far: the case-file input, possibly incomplete or not
 * yet valid. Drafts keep it as it is so that no work is ever lost; the rule core
 * reads a cleaned copy (see src/domain/lenient-case.ts).
 */
export type Answers = { schemaVersion: number } & Record<string, unknown>;

export function emptyAnswers(): Answers {
  return { schemaVersion: CASE_SCHEMA_VERSION, operation: { codename: '' } };
}

/** Deep merge of a patch into the answers; lists and plain values replace. */
export function mergeAnswers<T extends Record<string, unknown>>(base: T, patch: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const current = out[key];
    out[key] =
      isPlainObject(value) && isPlainObject(current)
        ? mergeAnswers(current, value)
        : value;
  }
  return out as T;
}

export function selectedTechniques(answers: Answers): Technique[] {
  const selected = (answers.techniques as { selected?: unknown } | undefined)?.selected;
  return Array.isArray(selected) ? (selected as Technique[]) : [];
}

export function stateCount(answers: Answers): number {
  const states = (answers.operation as { states?: unknown } | undefined)?.states;
  return Array.isArray(states) ? states.length : 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
