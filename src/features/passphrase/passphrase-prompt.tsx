import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { EnteredPassphrase } from '../../storage/passphrase-form.schema.ts';
import { FieldError, errorProps } from './field-error.tsx';
import { FormActions } from './form-actions.tsx';

interface PassphrasePromptProps {
  /** Prefix of the field ids, unique on the page. */
  id: string;
  label: string;
  submitLabel: string;
  busyText: string;
  /** Why the last passphrase did not work (a wrong passphrase), from whoever tried it. */
  error?: string | undefined;
  onSubmit: (passphrase: string) => Promise<void>;
  onCancel?: () => void;
}

/** Type the passphrase something was protected with. */
export function PassphrasePrompt({ id, label, submitLabel, busyText, error, onSubmit, onCancel }: PassphrasePromptProps) {
  const form = useForm<EnteredPassphrase>({ resolver: zodResolver(EnteredPassphrase), defaultValues: { passphrase: '' } });
  const { errors, isSubmitting } = form.formState;
  const message = errors.passphrase?.message ?? (isSubmitting ? undefined : error);
  const fieldId = `${id}-passphrase`;

  useEffect(() => form.setFocus('passphrase'), [form]);

  // When this is still on screen afterwards, the passphrase was wrong: the field is emptied for the next try.
  const submit = form.handleSubmit(async ({ passphrase }) => {
    await onSubmit(passphrase);
    form.resetField('passphrase');
    form.setFocus('passphrase');
  });

  return (
    <form onSubmit={submit} noValidate className="passphrase-form">
      <div className="field">
        <label htmlFor={fieldId}>{label}</label>
        <FieldError id={`${fieldId}-error`} message={message} />
        <input
          id={fieldId}
          type="password"
          autoComplete="current-password"
          {...form.register('passphrase')}
          {...errorProps(`${fieldId}-error`, message)}
        />
      </div>
      <FormActions submitLabel={submitLabel} busy={isSubmitting} busyText={busyText} onCancel={onCancel} />
    </form>
  );
}
