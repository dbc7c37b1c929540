import { useState } from 'react';
import type { Answers } from '../../machine/answers.ts';
import type { StepId } from '../../machine/steps.ts';
import { stepSetup } from './form-values.ts';
import { STEP_FIELDS } from './step-fields.ts';

export interface StepKeys {
  /** The step on screen. */
  shown: string;
  /** The step "Continue" leads to, prepared hidden while the user reads this one. */
  upcoming?: string;
}

interface Opened {
  step: StepId;
  key: string;
  /** How many steps were opened before: a key once shown is never handed out for a prepared step. */
  opened: number;
}

/**
 * React keys for the step on screen and the one prepared after it. A prepared step's key holds what
 * its form starts from, so the form is made again whenever those answers change; a step opened keeps
 * the key it had while prepared (the prepared form is shown), and keeps it while the user answers.
 */
export function useStepKeys(step: StepId, upcoming: StepId | undefined, answers: Answers): StepKeys {
  const [current, setCurrent] = useState<Opened>({ step, key: `${step}@first`, opened: 0 });
  let shown = current;
  if (current.step !== step) {
    shown = { step, key: preparedKey(current, step, answers), opened: current.opened + 1 };
    setCurrent(shown);
  }
  return { shown: shown.key, upcoming: upcoming && preparedKey(shown, upcoming, answers) };
}

function preparedKey(after: Opened, step: StepId, answers: Answers): string {
  return `${step}@${after.opened}:${startingPoint(step, answers)}`;
}

/** The answers a step's form starts from; steps without a form start from nothing of their own. */
function startingPoint(step: StepId, answers: Answers): string {
  const items = STEP_FIELDS[step];
  return items ? JSON.stringify(stepSetup(items).sections.map((section) => answers[section])) : '';
}
