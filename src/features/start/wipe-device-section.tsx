import { useState } from 'react';
import { wipeDevice } from '../../storage/wipe-device.ts';

type Stage = { at: 'idle' } | { at: 'confirming' } | { at: 'wiping' } | { at: 'failed'; error: string };

/** "Wipe all data on this device", behind a second, explicit confirmation. */
export function WipeDeviceSection({ onWiped }: { onWiped: () => void }) {
  const [stage, setStage] = useState<Stage>({ at: 'idle' });

  async function wipe() {
    setStage({ at: 'wiping' });
    const result = await wipeDevice();
    if (result.ok) onWiped();
    else setStage({ at: 'failed', error: result.error });
  }

  return (
    <section aria-labelledby="wipe-title" className="wipe-device">
      <h2 id="wipe-title">This device</h2>
      <p>
        Before you hand this computer over, or when an operation is closed, delete everything SIT Risk Wizard keeps here: every
        draft, setting and unfinished review, and the copy of the app and its scenarios kept for offline use. Export any case
        file you need first.
      </p>
      {stage.at === 'idle' && (
        <button type="button" className="secondary" onClick={() => setStage({ at: 'confirming' })}>
          Wipe all data on this device
        </button>
      )}
      {stage.at === 'confirming' && (
        <div className="error-summary" role="alert">
          <p>
            <strong>Delete everything on this device?</strong> Drafts that were not exported cannot be recovered.
          </p>
          <div className="step-buttons">
            <button type="button" onClick={() => void wipe()}>
              Yes, delete everything
            </button>
            <button type="button" className="secondary" onClick={() => setStage({ at: 'idle' })}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {stage.at === 'wiping' && <p role="status">Deleting…</p>}
      {stage.at === 'failed' && (
        <div className="error-summary" role="alert">
          <p>{stage.error}</p>
        </div>
      )}
    </section>
  );
}

/** Shown instead of the start screen once everything is gone. */
export function DeviceWiped() {
  return (
    <div className="start">
      <h1 tabIndex={-1}>All data on this device has been deleted</h1>
      <p role="status">
        Drafts, settings, unfinished reviews and the offline copy of SIT Risk Wizard are gone from this browser. Close this tab
        now; the app needs the network the next time it opens.
      </p>
      <button type="button" className="secondary" onClick={() => window.location.reload()}>
        Open SIT Risk Wizard again
      </button>
    </div>
  );
}
