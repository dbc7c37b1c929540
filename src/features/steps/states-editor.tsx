import { useFieldArray, useFormContext } from 'react-hook-form';
import { TECHNIQUES } from '../../domain/case.schema.ts';
import { Field } from './field.tsx';
import { fieldKind, stateCatalogue } from './field-kind.ts';

const kind = (path: string) => fieldKind(path, stateCatalogue());

/** The states on the route: role, and what each one's law permits. */
export function StatesEditor() {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'operation.states' });
  return (
    <div className="states-editor">
      {fields.length === 0 && <p className="hint">No state added yet. Add every state the operation or the route touches.</p>}
      <ol className="state-list">
        {fields.map((field, index) => {
          const base = `operation.states.${index}`;
          return (
            <li key={field.id} className="state-card">
              <h4>State {index + 1}</h4>
              <Field name={`${base}.name`} kind={kind('name')} />
              <Field name={`${base}.role`} kind={kind('role')} />
              <Field name={`${base}.investigating`} kind={kind('investigating')} />
              {TECHNIQUES.map((technique) => (
                <Field key={technique} name={`${base}.techniquePermitted.${technique}`} kind={kind(`techniquePermitted.${technique}`)} />
              ))}
              <Field name={`${base}.authorisationObtained`} kind={kind('authorisationObtained')} />
              <button type="button" className="secondary" onClick={() => remove(index)}>
                Remove state {index + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="secondary" onClick={() => append(newState(fields.length === 0))}>
        Add a state
      </button>
    </div>
  );
}

function newState(first: boolean) {
  return {
    name: '',
    role: first ? 'destination' : 'transit',
    investigating: first,
    techniquePermitted: Object.fromEntries(TECHNIQUES.map((technique) => [technique, 'unknown'])),
    authorisationObtained: 'unknown',
    cooperation: { mutualLegalAssistance: 'unknown', jointInvestigationTeam: 'unknown', informalPoliceContactOnly: 'unknown' },
  };
}
