import { factCatalogue } from '../../domain/fact-paths.ts';
import { GENERAL_QUERIES } from '../../domain/review.ts';
import type { StepId } from '../../machine/steps.ts';
import { STEP_FIELDS, stepForFact } from './step-fields.ts';

export interface StepQueries {
  /** Form path of a question on this step → the supervisor's comments on it. */
  byField: Map<string, string[]>;
  /** Queries that concern this step but no single question on it (for example the list of states). */
  onStep: { about: string; comments: string[] }[];
}

/** Where each of the supervisor's queries goes on a step: next to its question, or at the top of the step. */
export function queriesOnStep(step: StepId, byQuestion: ReadonlyMap<string, string[]>): StepQueries {
  const fields = (STEP_FIELDS[step] ?? []).filter((item): item is string => typeof item === 'string');
  const byField = new Map<string, string[]>();
  const onStep: StepQueries['onStep'] = [];
  for (const [question, comments] of byQuestion) {
    const matching = fields.filter((field) => field === question || field.startsWith(`${question}.`));
    if (matching.length > 0) {
      for (const field of matching) byField.set(field, [...(byField.get(field) ?? []), ...comments]);
    } else if (stepOfQuestion(question) === step) {
      onStep.push({ about: aboutWords(question), comments });
    }
  }
  return { byField, onStep };
}

/** The step that asks a question (or the questions under a path); the review step for the case as a whole. */
export function stepOfQuestion(question: string): StepId {
  for (const [step, items] of Object.entries(STEP_FIELDS) as [StepId, unknown[]][]) {
    if (items.some((item) => typeof item === 'string' && (item === question || item.startsWith(`${question}.`)))) return step;
  }
  return stepForFact(question);
}

/** Steps that carry at least one query, for the progress list. */
export function stepsWithQueries(byQuestion: ReadonlyMap<string, string[]>): Set<StepId> {
  return new Set([...byQuestion.keys()].map(stepOfQuestion));
}

function aboutWords(question: string): string {
  if (question === GENERAL_QUERIES) return 'The case as a whole';
  return factCatalogue().get(question)?.question ?? question;
}
