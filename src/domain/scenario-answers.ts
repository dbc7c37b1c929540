import { mergeAnswers, type AnswersObject } from './merge-answers.ts';
import type { Inject, Scenario } from './scenario.schema.ts';

/**
 * The answers of a scenario at each moment of an exercise (see scenario.schema.ts
 * for what each one means). All pure: the scenario is never changed.
 */

/** What every scenario's answers are merged onto. A scenario normally sets its own codename. */
export const SCENARIO_BASE_ANSWERS: Readonly<AnswersObject> = Object.freeze({
  schemaVersion: 1,
  operation: Object.freeze({ codename: 'EXERCISE' }),
});

/** Patches merged left to right: later ones win, lists replace. */
export function composeAnswers(base: Readonly<AnswersObject>, ...patches: Readonly<AnswersObject>[]): AnswersObject {
  return patches.reduce<AnswersObject>((answers, patch) => mergeAnswers(answers, patch), mergeAnswers({}, base));
}

/** The new facts of an inject merged into the trainee's answers, as when the trainer releases it. */
export function applyInject<T extends AnswersObject>(answers: T, inject: Pick<Inject, 'answers'>): T {
  return mergeAnswers(answers, inject.answers);
}

/** What the trainee finds in the wizard at the start of the exercise, and after a reset. */
export function startingAnswersOf(scenario: Pick<Scenario, 'startingAnswers'>): AnswersObject {
  return composeAnswers(SCENARIO_BASE_ANSWERS, scenario.startingAnswers ?? {});
}

/** The starting answers with every inject released, in order: the case as briefed. */
export function briefedSituation(scenario: Pick<Scenario, 'startingAnswers' | 'injects'>): AnswersObject {
  return scenario.injects.reduce<AnswersObject>(
    (answers, inject) => applyInject(answers, inject),
    startingAnswersOf(scenario),
  );
}

/** The briefed situation with the model plan: the answers of the model solution. */
export function modelSolution(scenario: Pick<Scenario, 'startingAnswers' | 'injects' | 'modelAnswers'>): AnswersObject {
  return composeAnswers(briefedSituation(scenario), scenario.modelAnswers ?? {});
}
