import { useState } from 'react';
import type { DraftsLock, ProtectionStatus } from '../../storage/drafts-lock.ts';
import { NewPassphraseForm } from '../passphrase/on-demand.tsx';

interface DraftsProtectionSectionProps {
  lock: DraftsLock;
  status: ProtectionStatus | undefined;
  /** Protection was turned on or off, or the drafts locked: the drafts list and the status are read again. */
  onChanged: () => Promise<void>;
}

/** Turn passphrase protection of the drafts on this device on or off, or lock them now. */
export function DraftsProtectionSection({ lock, status, onChanged }: DraftsProtectionSectionProps) {
  const [choosing, setChoosing] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function turnOn(passphrase: string) {
    const result = await lock.turnOn(passphrase);
    setChoosing(false);
    setMessage(result.ok ? 'Your drafts are now protected with the passphrase.' : result.error);
    await onChanged();
  }

  async function turnOff() {
    setBusy(true);
    const result = await lock.turnOff();
    setBusy(false);
    setMessage(result.ok ? 'Your drafts are no longer protected with a passphrase.' : result.error);
    await onChanged();
  }

  async function lockNow() {
    lock.lock();
    setMessage('Your drafts are locked. Type the passphrase to open them again.');
    await onChanged();
  }

  return (
    <section aria-labelledby="drafts-protection-title" className="drafts-protection">
      <h2 id="drafts-protection-title">Passphrase protection for drafts</h2>
      {status === 'off' && (
        <>
          <p>
            Drafts are kept in this browser. With a passphrase they are kept encrypted, so someone who gets hold of this
            computer cannot read them without it. You type it once each time you open SIT Risk Wizard.
          </p>
          {choosing ? (
            <NewPassphraseForm
              id="drafts-protection"
              submitLabel="Protect my drafts"
              busyText="Protecting your drafts… this takes a second or two."
              onSubmit={turnOn}
              onCancel={() => setChoosing(false)}
            />
          ) : (
            <button type="button" className="secondary" onClick={() => setChoosing(true)}>
              Protect my drafts with a passphrase
            </button>
          )}
        </>
      )}
      {status === 'unlocked' && (
        <>
          <p>Your drafts are protected with a passphrase, and unlocked in this tab.</p>
          <div className="step-buttons">
            <button type="button" className="secondary" onClick={() => void lockNow()} disabled={busy}>
              Lock my drafts now
            </button>
            <button type="button" className="secondary" onClick={() => void turnOff()} disabled={busy}>
              Stop protecting my drafts
            </button>
          </div>
        </>
      )}
      {status === 'locked' && <p>Your drafts are protected with a passphrase. Unlock them above to work on them.</p>}
      <p role="status" aria-live="polite">
        {busy ? 'Saving your drafts without the passphrase…' : message}
      </p>
    </section>
  );
}
