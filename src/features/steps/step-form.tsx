import { memo, useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldErrors } from 'react-hook-form';
import { factCatalogue } from '../../domain/fact-paths.ts';
import type { Answers } from '../../machine/answers.ts';
import { CooperationEditor } from './cooperation-editor.tsx';
import { Field } from './field.tsx';
import { fieldKind, stateCatalogue } from './field-kind.ts';
import { formDefaults, stepSetup } from './form-values.ts';
import { NAMING_FIELDS, type StepItem } from './step-fields.ts';
import { StatesEditor } from './states-editor.tsx';
import { StepButtons } from './step-buttons.tsx';

interface StepFormProps {
  items: StepItem[];
  /** What the form starts from: read once, when the form is made. */
  answers: Answers;
  onChange: (patch: Record<string, unknown>) => void;
  onNext: () => void;
  onBack?: () => void;
  /** The supervisor's queries on this step's questions (a returned case), by form path. */
  queries?: ReadonlyMap<string, string[]>;
}

const CODENAME_HINT = 'Use a codename. Never enter the real name of an informant or officer.';

/**
 * A step's questions as one form. Every change goes to the wizard at once (the live
 * panel and the autosave follow it); "Next" checks the step against the case-file schema.
 */
export const StepForm = memo(function StepForm({ items, answers, onChange, onNext, onBack, queries }: StepFormProps) {
  const { sections, resolver } = stepSetup(items);
  const [defaultValues] = useState(() => formDefaults(answers, sections));
  const form = useForm({
    defaultValues,
    resolver,
    // Check on "Save and continue", then again on every change so a fixed answer clears its error
    // at once. Checking earlier ('onTouched') flagged a new state's empty name the moment "Add a
    // state" was pressed, and kept the error up while the name was being typed.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes the focus (below), not the first field.
    shouldFocusError: false,
  });
  const summaryRef = useRef<HTMLDivElement>(null);
  const { submitCount } = form.formState;

  // After a refused "Save and continue" the summary is on screen: move the focus to it, so screen
  // readers read the problems and keyboard users continue from its links.
  useEffect(() => {
    if (submitCount > 0) summaryRef.current?.focus();
  }, [submitCount]);

  useEffect(() => {
    const subscription = form.watch((values) => {
      const patch = Object.fromEntries(sections.map((section) => [section, values[section]]));
      onChange(patch);
    });
    return () => subscription.unsubscribe();
  }, [form, sections, onChange]);

  const errors = flattenErrors(form.formState.errors);
  const submit = form.handleSubmit(onNext);

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate>
        {errors.length > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
            <h2>Please check {errors.length === 1 ? 'this answer' : `these ${errors.length} answers`}</h2>
            <ul>
              {errors.map(({ path, message }) => (
                <li key={path}>
                  <a href={`#field-${path.replaceAll('.', '-')}`}>{message}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {items.map((item, index) => {
          if (typeof item !== 'string') {
            if ('heading' in item) return <h3 key={index}>{item.heading}</h3>;
            return item.editor === 'states' ? <StatesEditor key={index} /> : <CooperationEditor key={index} />;
          }
          return (
            <Field
              key={item}
              name={item}
              kind={fieldKind(item)}
              hint={NAMING_FIELDS.has(item) ? CODENAME_HINT : undefined}
              queries={queries?.get(item)}
            />
          );
        })}
        <StepButtons onBack={onBack} />
      </form>
    </FormProvider>
  );
}, sameForm);

// New answers alone need no new render: the form holds its own values once made.
function sameForm(before: StepFormProps, after: StepFormProps): boolean {
  return (
    before.items === after.items &&
    before.onChange === after.onChange &&
    before.onNext === after.onNext &&
    before.onBack === after.onBack &&
    before.queries === after.queries
  );
}

function flattenErrors(errors: FieldErrors, path: (string | number)[] = []): { path: string; message: string }[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object') return [];
    const here = [...path, /^\d+$/.test(key) ? Number(key) : key];
    if (typeof (value as { message?: unknown }).message === 'string') {
      return [{ path: here.join('.'), message: `${questionFor(here.join('.'))}: ${(value as { message: string }).message}` }];
    }
    return flattenErrors(value as FieldErrors, here);
  });
}

/** The question a form path asks, in the words the user saw. */
function questionFor(path: string): string {
  const state = /^operation\.states\.(\d+)\.(.+)$/.exec(path);
  if (state) return `State ${Number(state[1]) + 1}, ${stateCatalogue().get(state[2]!)?.question ?? state[2]}`;
  return factCatalogue().get(path)?.question ?? path;
}
