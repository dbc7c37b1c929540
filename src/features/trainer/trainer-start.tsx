import { useEffect, useState } from 'react';
import type { ScenarioLoadResult } from '../../domain/load-scenario.ts';
import { useStartActions } from '../start/start-context.ts';
import type { ScenarioSummary } from './scenario-files.ts';
import { downloadHandout } from './trainer-pdfs.ts';

/**
 * Reading and checking scenarios takes zod, the scenario schema and the rules: they load after
 * the start screen has been drawn, not with it (issue 8).
 */
const scenarioFiles = () => import('./scenario-files.ts');

/** For trainers: pick a scenario (or load one from disk) and start a classroom exercise. */
export function TrainerStart() {
  const { open, now } = useStartActions();
  const [scenarios, setScenarios] = useState<ScenarioSummary[]>([]);
  const [hints, setHints] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    scenarioFiles()
      .then((files) => files.listShippedScenarios())
      .then(setScenarios, (error: Error) => setErrors([error.message]));
  }, []);

  async function start(load: () => Promise<ScenarioLoadResult>) {
    const loaded = await load();
    if (!loaded.ok) return setErrors(loaded.errors);
    setErrors([]);
    open({ type: 'exercise', scenario: loaded.scenario, hintsAllowed: hints });
  }

  async function handout(id: string) {
    const loaded = await (await scenarioFiles()).loadShippedScenario(id);
    if (!loaded.ok) return setErrors(loaded.errors);
    setStatus('Preparing the handout…');
    setStatus(await downloadHandout(loaded.scenario, now()));
  }

  return (
    <section aria-labelledby="trainer-heading" className="trainer-start">
      <h2 id="trainer-heading">Training exercise</h2>
      <p>
        For trainers: a trainee plans a fictional case in the wizard, with the findings hidden, then gets a debrief against the
        model answer drawn from the papers.
      </p>
      {errors.length > 0 && (
        <div className="error-summary" role="alert">
          <h3>The scenario could not be opened</h3>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <label className="option">
        <input type="checkbox" checked={hints} onChange={(event) => setHints(event.target.checked)} />
        <span>Let the trainee see the findings as hints</span>
      </label>
      <ul className="scenario-list">
        {scenarios.map((scenario) => (
          <li key={scenario.id} className="draft">
            <h3>{scenario.title}</h3>
            <p className="hint">{scenario.techniqueNames.join(', ')}</p>
            <div className="draft-actions">
              <button type="button" onClick={() => void start(async () => (await scenarioFiles()).loadShippedScenario(scenario.id))}>
                Start exercise <span className="visually-hidden">{scenario.title}</span>
              </button>
              <button type="button" className="secondary" onClick={() => void handout(scenario.id)}>
                Handout (PDF) <span className="visually-hidden">{scenario.title}</span>
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor="scenario-file">Load a scenario file</label>
        <input
          id="scenario-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void start(async () => (await scenarioFiles()).readScenarioText(await file.text(), file.name));
          }}
        />
      </div>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
