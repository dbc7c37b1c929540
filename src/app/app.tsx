import { useEffect, useMemo, useState } from 'react';
import { WizardLayout } from '../features/wizard/wizard-layout.tsx';
import { browserDraftStores, createDraftsStore } from '../storage/drafts-store.ts';
import { createDraftSession } from './draft-session.ts';
import { SessionContext, type SessionValue } from './session-context.ts';
import { WizardActor } from './wizard-actor.ts';
import './app.css';

export function App() {
  return (
    <WizardActor.Provider>
      <Session />
    </WizardActor.Provider>
  );
}

/** Drafts on this device: the session saves every change and reopens the last draft after a reload. */
function Session() {
  const actor = WizardActor.useActorRef();
  const [saveProblem, setSaveProblem] = useState<string | undefined>();
  const [ready, setReady] = useState(false);
  const value = useMemo(() => {
    const store = createDraftsStore(browserDraftStores());
    const now = () => new Date();
    const newId = () => crypto.randomUUID();
    const session = createDraftSession(actor, { store, now, newId, onSaveProblem: setSaveProblem });
    return { session, store, now, newId };
  }, [actor]);

  useEffect(() => {
    void value.session.restoreLastOpened().finally(() => setReady(true));
  }, [value]);

  useEffect(() => {
    const stopAutosave = value.session.startAutosave();
    const flush = () => void value.session.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      stopAutosave();
    };
  }, [value]);

  const context: SessionValue = { ...value, saveProblem };
  if (!ready) return <p role="status">Opening…</p>;
  return (
    <SessionContext.Provider value={context}>
      <WizardLayout />
    </SessionContext.Provider>
  );
}
