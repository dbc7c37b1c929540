import type { Exercise } from '../../machine/wizard.types.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import { BriefingText } from './briefing-view.tsx';

/** Above every step in an exercise: the briefing, the new information released, and the trainer's controls. */
export function ExerciseBar({ exercise }: { exercise: Exercise }) {
  const { send } = WizardActor.useActorRef();
  const { scenario, released, hintsAllowed } = exercise;
  const releasedInjects = released.map((id) => scenario.injects.find((inject) => inject.id === id)).filter((inject) => inject !== undefined);
  const waiting = scenario.injects.filter((inject) => !released.includes(inject.id));
  return (
    <div className="exercise-bar">
      <p className="exercise-tag">Training exercise: {scenario.title}</p>
      <details>
        <summary>Read the briefing again</summary>
        <BriefingText scenario={scenario} />
      </details>
      <div aria-live="polite">
        {releasedInjects.map((inject) => (
          <div key={inject.id} className="inject" role="note" aria-label={`New information: ${inject.title}`}>
            <h2>New information: {inject.title}</h2>
            <p>{inject.text}</p>
          </div>
        ))}
      </div>
      <details className="trainer-controls">
        <summary>Trainer controls</summary>
        <label className="option">
          <input type="checkbox" checked={hintsAllowed} onChange={(event) => send({ type: 'exercise.hints', allowed: event.target.checked })} />
          <span>Show the findings to the trainee (hints)</span>
        </label>
        {waiting.length > 0 && <h3>Release new information</h3>}
        <div className="draft-actions">
          {waiting.map((inject) => (
            <button key={inject.id} type="button" className="secondary" onClick={() => send({ type: 'exercise.release', injectId: inject.id })}>
              Release: {inject.title}
            </button>
          ))}
        </div>
        <div className="draft-actions">
          <button type="button" onClick={() => send({ type: 'exercise.debrief' })}>
            Finish and debrief
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              if (window.confirm('Reset the exercise to its start? This trainee’s answers will be cleared.')) send({ type: 'exercise.reset' });
            }}
          >
            Reset the exercise
          </button>
        </div>
      </details>
    </div>
  );
}
