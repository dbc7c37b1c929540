import type { Answers } from './answers.ts';
import type { StepId } from './steps.ts';

export interface WizardContext {
  answers: Answers;
  /** Steps the user has reached; they can be reopened from the progress list. */
  visited: StepId[];
  draftId: string | null;
  /** Messages about a file that could not be imported; the draft is untouched. */
  importErrors: string[];
}

export type WizardEvent =
  | { type: 'draft.new'; draftId: string }
  | { type: 'draft.resume'; draftId: string; answers: Answers; step: StepId; visited?: StepId[] }
  | { type: 'case.imported'; draftId: string; answers: Answers }
  | { type: 'import.failed'; errors: string[] }
  | { type: 'import.dismiss' }
  | { type: 'answers.change'; patch: Record<string, unknown> }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.goto'; step: StepId }
  | { type: 'wizard.close' };
