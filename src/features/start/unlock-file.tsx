import type { LockedImport } from '../../machine/wizard.types.ts';
import { PassphrasePrompt } from '../passphrase/on-demand.tsx';

interface UnlockFileProps {
  locked: LockedImport;
  onUnlock: (passphrase: string) => Promise<void>;
  onCancel: () => void;
}

/** A case file protected with a passphrase was chosen: ask for it. Nothing opens until it is right. */
export function UnlockFile({ locked, onUnlock, onCancel }: UnlockFileProps) {
  return (
    <section aria-labelledby="unlock-file-title" className="unlock-file">
      <h2 id="unlock-file-title">This case file is protected with a passphrase</h2>
      <p>
        Type the passphrase that <strong>{locked.fileName}</strong> was protected with. Whoever sent you the file should have
        given it to you separately.
      </p>
      <PassphrasePrompt
        id="unlock-file"
        label="Passphrase"
        submitLabel="Open the file"
        busyText="Unlocking the file… this takes a second or two."
        error={locked.error}
        onSubmit={onUnlock}
        onCancel={onCancel}
      />
    </section>
  );
}
