import { useMemo, useState } from 'react';
import { loadedRules } from '../../app/rule-set.ts';
import { useSession } from '../../app/session-context.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import { VERDICT_WORDS } from '../../domain/assessment.schema.ts';
import { debrief as makeDebrief } from '../../domain/debrief.ts';
import type { Exercise } from '../../machine/wizard.types.ts';
import { downloadDebrief } from './trainer-pdfs.ts';

const HOW = { flagged: 'you flagged it', resolved: 'your plan resolves it', 'flagged-and-resolved': 'flagged and resolved' } as const;

/** The trainee's plan against the model answer: misses with their sources, and a score per lens. */
export function DebriefView({ exercise }: { exercise: Exercise }) {
  const { send } = WizardActor.useActorRef();
  const answers = WizardActor.useSelector((snapshot) => snapshot.context.answers);
  const { now } = useSession();
  const [status, setStatus] = useState('');
  const result = useMemo(
    () => (loadedRules.ok ? makeDebrief(exercise.scenario, answers, exercise.flagged, loadedRules.ruleSet) : undefined),
    [exercise, answers],
  );
  if (!result) return <p role="alert">The rules could not be loaded, so there is no debrief.</p>;
  const { verdict, findings, measures, scores, overall } = result;

  return (
    <section aria-labelledby="step-title" className="step debrief">
      <p className="exercise-tag">Debrief · {exercise.scenario.title}</p>
      <h1 id="step-title" tabIndex={-1}>
        Debrief
      </h1>
      <div className="table-wrap" role="region" aria-label="Verdict" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">Your plan</th>
              <th scope="col">Model answer</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Verdict</th>
              <td>{VERDICT_WORDS[verdict.trainee]}</td>
              <td>{VERDICT_WORDS[verdict.model]}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p>{verdict.match ? '✓ Your verdict matches the model answer.' : '✗ Your verdict differs from the model answer.'}</p>

      <h2>Score by lens</h2>
      <div className="table-wrap" role="region" aria-label="Score by lens" tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Lens</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {scores.map((score) => (
              <tr key={score.lens}>
                <th scope="row">{score.name}</th>
                <td>{score.percent === null ? 'Not tested' : `${score.achieved} of ${score.possible} (${score.percent}%)`}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Overall</th>
              <td>{overall.percent === null ? '—' : `${overall.achieved} of ${overall.possible} (${overall.percent}%)`}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <h2>Problems you missed ({findings.missed.length})</h2>
      {findings.missed.length === 0 ? <p>None.</p> : null}
      {findings.missed.map((missed) => (
        <article key={missed.ruleId} className={`finding ${missed.severity}`} aria-label={`Missed: ${missed.title}`}>
          <h3>{missed.title}</h3>
          <p>
            <strong>What to do: </strong>
            {missed.remedy}
          </p>
          {missed.sources.map((source) => (
            <blockquote key={`${source.doc}-${source.para}-${source.excerpt.slice(0, 16)}`}>
              <p>“{source.excerpt}”</p>
              <footer>{source.label}</footer>
            </blockquote>
          ))}
        </article>
      ))}

      <h2>Problems you identified ({findings.identified.length})</h2>
      <ul>
        {findings.identified.map((found) => (
          <li key={found.ruleId}>
            {found.title} <span className="hint">({HOW[found.how]})</span>
          </li>
        ))}
      </ul>
      {findings.extra.length > 0 && (
        <>
          <h2>Other problems you flagged ({findings.extra.length})</h2>
          <ul>
            {findings.extra.map((extra) => (
              <li key={extra.ruleId}>
                {extra.title} <span className="hint">({extra.supported ? 'a fair point the model answer did not require' : 'not raised by this case'})</span>
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Measures</h2>
      <ul>
        {measures.planned.map((measure) => (
          <li key={measure.fact}>✓ Planned: {measure.label}</li>
        ))}
        {measures.missing.map((measure) => (
          <li key={measure.fact}>✗ Missing: {measure.label}</li>
        ))}
      </ul>

      <h2>Trainer's notes</h2>
      <p className="notes-text">{result.notes}</p>

      <div className="step-buttons">
        <button type="button" className="secondary" onClick={() => send({ type: 'step.back' })}>
          Back to the plan
        </button>
        <button type="button" onClick={() => void downloadDebrief(result, exercise.scenario, now()).then(setStatus)}>
          Download the debrief (PDF)
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (window.confirm('Reset the exercise for the next trainee? These answers will be cleared.')) send({ type: 'exercise.reset' });
          }}
        >
          Reset for the next trainee
        </button>
      </div>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
