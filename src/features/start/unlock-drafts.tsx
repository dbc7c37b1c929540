import type { DraftsLock } from '../../storage/drafts-lock.ts';
import { PassphrasePrompt } from '../passphrase/on-demand.tsx';
import { useState } from 'react';

interface UnlockDraftsProps {
  lock: DraftsLock;
  onUnlocked: () => void;
}

/** The drafts on this device are protected and this tab does not hold the key: ask for the passphrase. */
export function UnlockDrafts({ lock, onUnlocked }: UnlockDraftsProps) {
  const [error, setError] = useState<string | undefined>();
  async function unlock(passphrase: string) {
    const result = await lock.unlock(passphrase);
    if (result.ok) onUnlocked();
    else setError(result.error);
  }
  return (
    <section aria-labelledby="unlock-drafts-title" className="unlock-drafts">
      <h2 id="unlock-drafts-title">Your drafts are protected with a passphrase</h2>
      <p>Type the passphrase to open them. They stay unlocked in this tab until you lock them or close it.</p>
      <PassphrasePrompt
        id="unlock-drafts"
        label="Passphrase for the drafts on this device"
        submitLabel="Unlock my drafts"
        busyText="Unlocking… this takes a second or two."
        error={error}
        onSubmit={unlock}
      />
      <p className="hint">
        Forgotten it? Nobody can recover the drafts without it. “Wipe all data on this device” below deletes them, so you can
        start again.
      </p>
    </section>
  );
}
