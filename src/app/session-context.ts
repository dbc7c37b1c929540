import { createContext, useContext } from 'react';
import type { DraftConflict, DraftSession } from './draft-session.ts';
import type { DraftsLock } from '../storage/drafts-lock.ts';
import type { DraftsStore } from '../storage/drafts-store.ts';

export interface SessionValue {
  session: DraftSession;
  store: DraftsStore;
  lock: DraftsLock;
  now: () => Date;
  newId: () => string;
  saveProblem: string | undefined;
  /** Another tab saved the open draft: saving is paused until the user chooses what to keep. */
  conflict: DraftConflict | undefined;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the app');
  return value;
}
