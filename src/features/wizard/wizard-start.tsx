import { useMemo } from 'react';
import { useSession } from '../../app/session-context.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import { StartContext, type StartActions } from '../start/start-context.ts';
import { StartScreen } from '../start/start-screen.tsx';

/** The start screen once the wizard is loaded: after a case is closed, or a file could not be opened. */
export function WizardStart() {
  const { session, store, lock, now, newId } = useSession();
  const importErrors = WizardActor.useSelector((snapshot) => snapshot.context.importErrors);
  const lockedImport = WizardActor.useSelector((snapshot) => snapshot.context.lockedImport);
  const { send } = WizardActor.useActorRef();
  const actions = useMemo<StartActions>(
    () => ({
      store,
      lock,
      afterUnlock: () => {},
      now,
      newId,
      open: (request) => void session.open(request),
      importErrors,
      dismissImportErrors: () => send({ type: 'import.dismiss' }),
      lockedImport,
      unlockImport: (passphrase) => session.unlockImport(passphrase),
      cancelUnlock: () => session.cancelUnlock(),
    }),
    [session, store, lock, now, newId, importErrors, lockedImport, send],
  );
  return (
    <StartContext.Provider value={actions}>
      <StartScreen />
    </StartContext.Provider>
  );
}
