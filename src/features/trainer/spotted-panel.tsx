import { useMemo } from 'react';
import { loadedRules } from '../../app/rule-set.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import { flaggableRules } from '../../domain/debrief.ts';
import { LENSES, LENS_NAMES } from '../../domain/lenses.ts';
import type { Exercise } from '../../machine/wizard.types.ts';

/** In an exercise the findings are hidden: the trainee marks the problems they see instead. */
export function SpottedPanel({ exercise }: { exercise: Exercise }) {
  const { send } = WizardActor.useActorRef();
  const rules = useMemo(
    () => (loadedRules.ok ? flaggableRules(loadedRules.ruleSet, exercise.scenario.techniques) : []),
    [exercise.scenario.techniques],
  );
  return (
    <aside className="live-panel" aria-label="Problems you have spotted">
      <h2>Problems you have spotted</h2>
      <p className="hint">
        The findings are hidden during the exercise. Tick each problem you see in this case; the debrief compares them with the
        model answer. {exercise.flagged.length} ticked.
      </p>
      {LENSES.map((lens) => {
        const inLens = rules.filter((rule) => rule.lens === lens);
        if (inLens.length === 0) return null;
        return (
          <details key={lens} className="spotted-group">
            <summary>
              {LENS_NAMES[lens]} ({inLens.filter((rule) => exercise.flagged.includes(rule.ruleId)).length} of {inLens.length} ticked)
            </summary>
            <ul className="plain-list">
              {inLens.map((rule) => (
                <li key={rule.ruleId}>
                  <label className="option">
                    <input
                      type="checkbox"
                      checked={exercise.flagged.includes(rule.ruleId)}
                      onChange={(event) => send({ type: 'exercise.flag', ruleId: rule.ruleId, flagged: event.target.checked })}
                    />
                    <span>{rule.title}</span>
                  </label>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </aside>
  );
}
