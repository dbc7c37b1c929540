import { WizardActor } from '../../app/wizard-actor.ts';

/** Why a file could not be opened; whatever was open stays as it was. */
export function ImportErrors() {
  const errors = WizardActor.useSelector((snapshot) => snapshot.context.importErrors);
  const { send } = WizardActor.useActorRef();
  return (
    <div className="error-summary" role="alert">
      <h2>The file could not be opened</h2>
      <ul>
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
      <p>Nothing has been changed.</p>
      <button type="button" className="secondary" onClick={() => send({ type: 'import.dismiss' })}>
        Dismiss
      </button>
    </div>
  );
}
