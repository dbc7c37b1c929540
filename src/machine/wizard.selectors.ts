import type { SnapshotFrom } from 'xstate';
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
