import { selectedTechniques, stateCount, type Answers } from './answers.ts';
import { STEPS, TECHNIQUE_STEPS, type StepId } from './steps.ts';

/** Whether a step applies to the case as answered so far. */
export function stepApplies(answers: Answers, step: StepId): boolean {
  const technique = TECHNIQUE_STEPS[step];
  if (technique) return selectedTechniques(answers).includes(technique);
  if (step === 'cooperation') return stateCount(answers) > 1;
  return true;
}

/** The steps that apply, in order: what the progress indicator shows. */
export function applicableSteps(answers: Answers): StepId[] {
  return STEPS.filter((step) => stepApplies(answers, step));
}

/** A step can be opened directly once reached, as long as it still applies. */
export function canVisit(answers: Answers, visited: readonly StepId[], step: StepId): boolean {
  return stepApplies(answers, step) && visited.includes(step);
}
