import { useEffect, useMemo, useRef, useState } from 'react';
import { WizardLayout } from '../features/wizard/wizard-layout.tsx';
import type { AppDeps } from './app.tsx';
import { createDraftSession, type DraftConflict } from './draft-session.ts';
import type { OpenRequest } from './open-request.ts';
import { Opening } from './opening.tsx';
import { SessionContext, type SessionValue } from './session-context.ts';
import { WizardActor } from './wizard-actor.ts';

export interface WizardAppProps extends AppDeps {
  /** What loaded the wizard: carried out before anything is shown. */
  request: OpenRequest;
}

/** The wizard and its drafts: loaded by src/app/app.tsx with the first request from the start screen. */
export function WizardApp(props: WizardAppProps) {
  return (
    <WizardActor.Provider>
      <Session {...props} />
    </WizardActor.Provider>
  );
}

/** The session saves every change; the request that loaded the wizard is carried out first. */
function Session({ store, lock, now, newId, request }: WizardAppProps) {
  const actor = WizardActor.useActorRef();
  const [saveProblem, setSaveProblem] = useState<string | undefined>();
  const [conflict, setConflict] = useState<DraftConflict | undefined>();
  const [ready, setReady] = useState(false);
  const value = useMemo(() => {
    const session = createDraftSession(actor, { store, now, newId, onSaveProblem: setSaveProblem, onConflict: setConflict });
    return { session, store, lock, now, newId };
  }, [actor, store, lock, now, newId]);

  // Once only, although React runs effects twice in development: a second "new" or "import"
  // would open a second draft.
  const carriedOut = useRef<OpenRequest | null>(null);
  useEffect(() => {
    if (carriedOut.current === request) return;
    carriedOut.current = request;
    void value.session.open(request).finally(() => setReady(true));
  }, [value, request]);

  useEffect(() => {
    const stopAutosave = value.session.startAutosave();
    const flush = () => void value.session.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      stopAutosave();
    };
  }, [value]);

  const context: SessionValue = { ...value, saveProblem, conflict };
  if (!ready) return <Opening />;
  return (
    <SessionContext.Provider value={context}>
      <WizardLayout />
    </SessionContext.Provider>
  );
}
