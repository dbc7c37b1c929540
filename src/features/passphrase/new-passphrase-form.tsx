import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { NewPassphrase } from '../../storage/passphrase-form.schema.ts';
import { FieldError, errorProps } from './field-error.tsx';
import { FormActions } from './form-actions.tsx';

interface NewPassphraseFormProps {
  /** Prefix of the field ids, unique on the page. */
  id: string;
  submitLabel: string;
  /** Shown while the passphrase is being turned into a key, which takes a second or two. */
  busyText: string;
  onSubmit: (passphrase: string) => Promise<void>;
  onCancel?: () => void;
}

/** Choose a passphrase and type it again. */
export function NewPassphraseForm({ id, submitLabel, busyText, onSubmit, onCancel }: NewPassphraseFormProps) {
  const form = useForm<NewPassphrase>({ resolver: zodResolver(NewPassphrase), defaultValues: { passphrase: '', confirm: '' } });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(({ passphrase }) => onSubmit(passphrase));
  // Shown by a button that then goes away: the focus moves on to the first field, not to the page.
  useEffect(() => form.setFocus('passphrase'), [form]);
  return (
    <form onSubmit={submit} noValidate className="passphrase-form">
      <p className="hint">
        A short sentence of at least 12 characters is easiest to remember. Nobody can recover what it protects without it:
        if the passphrase is lost, so is the data.
      </p>
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>Passphrase</label>
        <FieldError id={`${id}-passphrase-error`} message={errors.passphrase?.message} />
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="new-password"
          {...form.register('passphrase')}
          {...errorProps(`${id}-passphrase-error`, errors.passphrase?.message)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Type the passphrase again</label>
        <FieldError id={`${id}-confirm-error`} message={errors.confirm?.message} />
        <input
          id={`${id}-confirm`}
          type="password"
          autoComplete="new-password"
          {...form.register('confirm')}
          {...errorProps(`${id}-confirm-error`, errors.confirm?.message)}
        />
      </div>
      <FormActions submitLabel={submitLabel} busy={isSubmitting} busyText={busyText} onCancel={onCancel} />
    </form>
  );
}
