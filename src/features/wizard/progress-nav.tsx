import { STEP_TITLES } from '../../machine/steps.ts';
import { progress } from '../../machine/wizard.selectors.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import type { StepId } from '../../machine/steps.ts';

const QUERY_MARK = (
  <span className="progress-query">
    {' '}
    · query<span className="visually-hidden"> from your supervisor</span>
  </span>
);

/** Where the user is, what is done and what is left; reached steps can be reopened. */
export function ProgressNav({ queried = new Set() }: { queried?: ReadonlySet<StepId> }) {
  const items = WizardActor.useSelector(progress, (a, b) => JSON.stringify(a) === JSON.stringify(b));
  const { send } = WizardActor.useActorRef();
  const done = items.filter((item) => item.status === 'done').length;
  return (
    <nav aria-label="Steps" className="progress">
      <p className="progress-count">
        Step {items.findIndex((item) => item.status === 'current') + 1} of {items.length}
        <span className="visually-hidden">, {done} done</span>
      </p>
      <ol>
        {items.map(({ step, status, canOpen }) => (
          <li key={step} className={`progress-item ${status}`}>
            {canOpen ? (
              <button type="button" className="link" onClick={() => send({ type: 'step.goto', step })}>
                {STEP_TITLES[step]}
                {queried.has(step) && QUERY_MARK}
                <span className="visually-hidden"> (done)</span>
              </button>
            ) : (
              <span aria-current={status === 'current' ? 'step' : undefined}>
                {STEP_TITLES[step]}
                {queried.has(step) && QUERY_MARK}
                {status === 'todo' && <span className="visually-hidden"> (not reached yet)</span>}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
