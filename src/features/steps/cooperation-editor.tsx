import { useFormContext } from 'react-hook-form';
import { Field } from './field.tsx';
import { fieldKind, stateCatalogue } from './field-kind.ts';

const kind = (path: string) => fieldKind(path, stateCatalogue());
type StateValues = { name?: string; investigating?: boolean };

/** For each state other than the investigating one: how cooperation with it is arranged. */
export function CooperationEditor() {
  const { watch } = useFormContext();
  const states = (watch('operation.states') as StateValues[] | undefined) ?? [];
  const foreign = states.map((state, index) => ({ state, index })).filter(({ state }) => !state.investigating);
  if (foreign.length === 0) {
    return <p className="hint">Every state listed is marked as the investigating state. Go back to the first step to change that.</p>;
  }
  return (
    <ol className="state-list">
      {foreign.map(({ state, index }) => {
        const base = `operation.states.${index}.cooperation`;
        return (
          <li key={index} className="state-card">
            <h4>{state.name || `State ${index + 1}`}</h4>
            <Field name={`${base}.mutualLegalAssistance`} kind={kind('cooperation.mutualLegalAssistance')} />
            <Field name={`${base}.jointInvestigationTeam`} kind={kind('cooperation.jointInvestigationTeam')} />
            <Field name={`${base}.informalPoliceContactOnly`} kind={kind('cooperation.informalPoliceContactOnly')} />
          </li>
        );
      })}
    </ol>
  );
}
