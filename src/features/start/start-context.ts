import { createContext, useContext } from 'react';
import type { OpenRequest } from '../../app/open-request.ts';
import type { DraftsLock } from '../../storage/drafts-lock.ts';
import type { DraftsStore } from '../../storage/drafts-store.ts';
import type { LockedImport } from '../../machine/wizard.types.ts';

/**
 * What the start screen needs, and nothing of the wizard itself: the start screen is drawn
 * before the wizard's code has loaded (src/app/app.tsx), and again by the wizard after a case
 * is closed (src/features/wizard/wizard-start.tsx).
 */
export interface StartActions {
  store: DraftsStore;
  lock: DraftsLock;
  /** The drafts were just unlocked: reopen the draft that was open when the page was left, if any. */
  afterUnlock: () => void;
  now: () => Date;
  newId: () => string;
  /** Start, resume, import, exercise or review; the wizard loads first if it has not yet. */
  open: (request: OpenRequest) => void;
  /** Why the last file or draft could not be opened. */
  importErrors: readonly string[];
  dismissImportErrors: () => void;
  /** A file protected with a passphrase, waiting for it. */
  lockedImport: LockedImport | null;
  unlockImport: (passphrase: string) => Promise<void>;
  cancelUnlock: () => void;
}

export const StartContext = createContext<StartActions | null>(null);

export function useStartActions(): StartActions {
  const value = useContext(StartContext);
  if (!value) throw new Error('useStartActions outside the start screen');
  return value;
}
