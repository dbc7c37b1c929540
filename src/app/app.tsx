import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { StartScreen } from '../features/start/start-screen.tsx';
import { StartContext, type StartActions } from '../features/start/start-context.ts';
import { createDraftsLock, type DraftsLock } from '../storage/drafts-lock.ts';
import { browserDraftStores, createDraftsStore, type DraftsStore } from '../storage/drafts-store.ts';
import { AppHeader } from './app-header.tsx';
import type { OpenRequest } from './open-request.ts';
import { Opening } from './opening.tsx';
import './app.css';

/**
 * The wizard, its machine, the rules and every screen but the start screen: loaded with the
 * first request, so the first screen needs only React and what it shows (issue 8).
 */
const WizardApp = lazy(() => import('./wizard-app.tsx').then((module) => ({ default: module.WizardApp })));

export interface AppDeps {
  store: DraftsStore;
  /** Passphrase protection of the drafts on this device; the store reads and writes through it. */
  lock: DraftsLock;
  now: () => Date;
  newId: () => string;
}

const NO_ERRORS: readonly string[] = [];

/**
 * Opens on the start screen, or on the draft that was open when the page was last left. The
 * wizard is loaded by the first thing the user asks for and stays loaded from then on.
 */
export function App() {
  const deps = useMemo<AppDeps>(() => {
    const stores = browserDraftStores();
    const lock = createDraftsLock(stores);
    return { store: createDraftsStore(stores, lock), lock, now: () => new Date(), newId: () => crypto.randomUUID() };
  }, []);
  // undefined: still looking for a draft to reopen; null: nothing asked for yet.
  const [request, setRequest] = useState<OpenRequest | null | undefined>(undefined);
  // The draft that was open when the page was left, while the drafts wait to be unlocked.
  const [restoreOnUnlock, setRestoreOnUnlock] = useState(false);

  useEffect(() => {
    void Promise.all([deps.store.getLastOpenedDraftId(), deps.lock.protectionStatus()]).then(([last, status]) => {
      const reopen = last.ok && last.value !== undefined;
      const locked = status.ok && status.value === 'locked';
      setRestoreOnUnlock(reopen && locked);
      setRequest(reopen && !locked ? { type: 'restore' } : null);
    });
  }, [deps]);

  const startActions = useMemo<StartActions>(
    () => ({
      ...deps,
      open: setRequest,
      importErrors: NO_ERRORS,
      dismissImportErrors: () => {},
      lockedImport: null,
      unlockImport: async () => {},
      cancelUnlock: () => {},
      afterUnlock: () => {
        if (restoreOnUnlock) setRequest({ type: 'restore' });
      },
    }),
    [deps, restoreOnUnlock],
  );

  if (request === undefined) return <Opening />;
  if (request === null) {
    return (
      <>
        <AppHeader />
        <main id="main" tabIndex={-1}>
          <StartContext.Provider value={startActions}>
            <StartScreen />
          </StartContext.Provider>
        </main>
      </>
    );
  }
  return (
    <Suspense fallback={<Opening />}>
      <WizardApp {...deps} request={request} />
    </Suspense>
  );
}
