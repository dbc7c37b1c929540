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

export { mergeAnswers } from '../domain/merge-answers.ts';

export function selectedTechniques(answers: Answers): Technique[] {
  const selected = (answers.techniques as { selected?: unknown } | undefined)?.selected;
  return Array.isArray(selected) ? (selected as Technique[]) : [];
}

export function stateCount(answers: Answers): number {
  const states = (answers.operation as { states?: unknown } | undefined)?.states;
  return Array.isArray(states) ? states.length : 0;
}
