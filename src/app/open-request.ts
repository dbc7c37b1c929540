import type { Scenario } from '../domain/scenario.schema.ts';
import type { ImportedFile } from '../storage/case-file-io.ts';

/**
 * What the user asked the start screen for. The start screen is drawn before the wizard's code
 * has loaded (issue 8: a light first screen), so the first request is what loads it; once
 * loaded, the wizard carries out requests itself (src/app/draft-session.ts, `open`).
 */
export type OpenRequest =
  /** After a reload or a crash: the draft that was open, at the same step. */
  | { type: 'restore' }
  | { type: 'new' }
  | { type: 'resume'; draftId: string }
  | { type: 'import'; file: ImportedFile }
  | { type: 'exercise'; scenario: Scenario; hintsAllowed: boolean }
  | { type: 'supervisor' };
