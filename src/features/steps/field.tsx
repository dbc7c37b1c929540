import { memo, useMemo } from 'react';
import { Controller, get, useFormContext, type Control, type UseFormRegisterReturn } from 'react-hook-form';
import type { FieldKind } from './field-kind.ts';
import { optionLabel } from './option-labels.ts';

interface FieldProps {
  /** The form path, e.g. "people.riskToLife" or "operation.states.0.role". */
  name: string;
  kind: FieldKind;
  hint?: string;
  /** The supervisor's queries on this question, when the case was returned. */
  queries?: readonly string[] | undefined;
}

const domId = (name: string) => `field-${name.replaceAll('.', '-')}`;
const AS_COUNT = { setValueAs: (value: unknown) => (value === '' || value === null ? null : Number(value)) };

/** One question of the case file, with its label, hint and error announced to screen readers. */
export function Field({ name, kind, hint, queries }: FieldProps) {
  const { register, control, formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  // Registered once, not on every render: a new registration is a new ref callback, which React
  // detaches and attaches again on every input, and react-hook-form renders every new form twice (it
  // marks the form ready in a layout effect). A list of lines is a Controller's: it registers itself.
  const registered = useMemo(
    () => (kind.kind === 'lines' ? undefined : register(name, kind.kind === 'count' ? AS_COUNT : undefined)),
    [register, name, kind.kind],
  );
  return <Question name={name} kind={kind} hint={hint} queries={queries} error={error} registered={registered} control={control} />;
}

interface QuestionProps extends FieldProps {
  error: { message?: string } | undefined;
  registered: UseFormRegisterReturn | undefined;
  control: Control;
}

// Drawn again only when something it shows changes, not whenever the form's state does: React
// rewrites the name and type of every input it renders again.
const Question = memo(function Question({ name, kind, hint, queries, error, registered, control }: QuestionProps) {
  const id = domId(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const queryId = queries && queries.length > 0 ? `${id}-query` : undefined;
  const describedBy = [queryId, hintId, errorId].filter(Boolean).join(' ') || undefined;
  const aria = { 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined };
  const extras = (
    <>
      {queryId && <SupervisorQuery id={queryId} comments={queries!} />}
      {hint && <p id={hintId} className="hint">{hint}</p>}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">Error: </span>
          {error.message}
        </p>
      )}
    </>
  );

  if (kind.kind === 'answer' || kind.kind === 'choice' || kind.kind === 'multi-choice') {
    const options = kind.kind === 'answer' ? ['yes', 'no', 'unknown'] : kind.options;
    const type = kind.kind === 'multi-choice' ? 'checkbox' : 'radio';
    return (
      // The id is where the error summary's link for this question leads.
      <fieldset id={id} className={`field ${kind.kind === 'answer' ? 'answer' : ''}`} aria-describedby={describedBy} data-field={name}>
        <legend>{kind.question}</legend>
        {extras}
        <div className="options">
          {options.map((option) => (
            <label key={option} className="option">
              <input type={type} value={option} {...registered} aria-invalid={aria['aria-invalid']} />
              <span>{optionLabel(option)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  return (
    <div className="field" data-field={name}>
      {kind.kind === 'flag' ? (
        <label className="option" htmlFor={id}>
          <input id={id} type="checkbox" {...registered} {...aria} />
          <span>{kind.question}</span>
        </label>
      ) : (
        <label htmlFor={id}>{kind.kind === 'lines' ? `${kind.question} (one per line)` : kind.question}</label>
      )}
      {extras}
      {kind.kind === 'text' &&
        (kind.long ? (
          <textarea id={id} rows={3} {...registered} {...aria} />
        ) : (
          <input id={id} type="text" autoComplete="off" {...registered} {...aria} />
        ))}
      {kind.kind === 'date' && <input id={id} type="date" {...registered} {...aria} />}
      {kind.kind === 'count' && <input id={id} type="number" min={0} inputMode="numeric" {...registered} {...aria} />}
      {kind.kind === 'lines' && (
        <Controller
          name={name}
          control={control}
          render={({ field }) => (
            <textarea
              id={id}
              rows={3}
              value={Array.isArray(field.value) ? (field.value as string[]).join('\n') : ''}
              onChange={(event) => field.onChange(event.target.value.split('\n'))}
              onBlur={() => field.onChange(((field.value as string[] | undefined) ?? []).map((line) => line.trim()).filter(Boolean))}
              ref={field.ref}
              {...aria}
            />
          )}
        />
      )}
    </div>
  );
});

/** What the supervisor asked about a question, shown next to it until the case is reviewed again. */
export function SupervisorQuery({ id, comments, about }: { id?: string; comments: readonly string[]; about?: string }) {
  return (
    <div id={id} className="supervisor-query" role="note">
      <p className="supervisor-query-title">
        Supervisor's {comments.length === 1 ? 'query' : 'queries'}
        {about ? ` about “${about}”` : ''}:
      </p>
      <ul>
        {comments.map((comment) => (
          <li key={comment}>{comment}</li>
        ))}
      </ul>
    </div>
  );
}
