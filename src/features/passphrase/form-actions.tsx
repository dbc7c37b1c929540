interface FormActionsProps {
  submitLabel: string;
  /** The key is being made from the passphrase: a second or two with nothing to click. */
  busy: boolean;
  busyText: string;
  onCancel?: (() => void) | undefined;
}

/** Submit and Cancel under a passphrase form, and the line that says it is working. */
export function FormActions({ submitLabel, busy, busyText, onCancel }: FormActionsProps) {
  return (
    <>
      <div className="step-buttons">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
      <p role="status" aria-live="polite">
        {busy ? busyText : ''}
      </p>
    </>
  );
}
