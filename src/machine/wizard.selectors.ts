import { transition, type SnapshotFrom } from 'xstate';
import { STEPS, type StepId } from './steps.ts';
import { applicableSteps } from './wizard.guards.ts';
import type { wizardMachine } from './wizard.machine.ts';

type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

export type Screen = StepId | 'start' | 'briefing' | 'debrief' | 'supervisor';

export function currentStep(snapshot: WizardSnapshot): Screen {
  const value = snapshot.value as string;
  if (value === 'briefing' || value === 'debrief' || value === 'supervisor') return value;
  return (STEPS as readonly string[]).includes(value) ? (value as StepId) : 'start';
}

export interface ProgressItem {
  step: StepId;
  status: 'done' | 'current' | 'todo';
  /** Reached before and still applying: the user may open it directly. */
  canOpen: boolean;
}

/** The progress list: the steps that apply, which are reached, which is open. */
export function progress(snapshot: WizardSnapshot): ProgressItem[] {
  const current = currentStep(snapshot);
  return applicableSteps(snapshot.context.answers).map((step) => ({
    step,
    status: step === current ? 'current' : snapshot.context.visited.includes(step) ? 'done' : 'todo',
    canOpen: step !== current && snapshot.context.visited.includes(step),
  }));
}

/**
 * Where "Continue" leads from the current step as the answers stand: the machine's own transition,
 * worked out without being taken. Undefined on the last step and on the screens that are not steps.
 */
export function upcomingStep(snapshot: WizardSnapshot): StepId | undefined {
  const current = currentStep(snapshot);
  if (!isStep(current)) return undefined;
  const next = currentStep(transition(snapshot.machine, snapshot, { type: 'step.next' })[0]);
  return isStep(next) && next !== current ? next : undefined;
}

function isStep(screen: Screen): screen is StepId {
  return (STEPS as readonly string[]).includes(screen);
}
