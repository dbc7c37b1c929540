import type { NewLogEntry } from '../domain/decision-log.schema.ts';
import type { Scenario } from '../domain/scenario.schema.ts';
import type { Answers } from './answers.ts';
import type { StepId } from './steps.ts';

/** A classroom exercise: the scenario, what the trainer has released, what the trainee spotted. */
export interface Exercise {
  scenario: Scenario;
  /** The trainer may let the trainee see the live findings. */
  hintsAllowed: boolean;
  /** Injects released so far, by id, in order. */
  released: string[];
  /** Rule ids of the problems the trainee says they have spotted. */
  flagged: string[];
}

export interface WizardContext {
  answers: Answers;
  /** Steps the user has reached; they can be reopened from the progress list. */
  visited: StepId[];
  draftId: string | null;
  /** Messages about a file that could not be imported; the draft is untouched. */
  importErrors: string[];
  /** A file protected with a passphrase is waiting for it; `error`: why the last one did not open it. */
  lockedImport: LockedImport | null;
  exercise: Exercise | null;
}

export interface LockedImport {
  fileName: string;
  error?: string;
}

export type WizardEvent =
  | { type: 'draft.new'; draftId: string }
  | { type: 'draft.resume'; draftId: string; answers: Answers; step: StepId; visited?: StepId[]; exercise?: Exercise | null }
  | { type: 'case.imported'; draftId: string; answers: Answers }
  | { type: 'import.failed'; errors: string[] }
  | { type: 'import.locked'; fileName: string; error?: string }
  | { type: 'import.dismiss' }
  | { type: 'answers.change'; patch: Record<string, unknown> }
  /** A decision on the case (an assessment produced for review): appended to the case's decision log. */
  | { type: 'case.logged'; entry: NewLogEntry }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.goto'; step: StepId }
  | { type: 'wizard.close' }
  /** A supervisor reviews an exported checklist instead of assessing a case. */
  | { type: 'supervisor.open' }
  | { type: 'exercise.start'; draftId: string; scenario: Scenario; hintsAllowed: boolean }
  | { type: 'exercise.hints'; allowed: boolean }
  | { type: 'exercise.release'; injectId: string }
  | { type: 'exercise.flag'; ruleId: string; flagged: boolean }
  | { type: 'exercise.reset' }
  | { type: 'exercise.debrief' };
