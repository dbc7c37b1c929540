import { DraftsList } from './drafts-list.tsx';
import { TrainerStart } from '../trainer/trainer-start.tsx';
import { ImportErrors } from './import-errors.tsx';
import { useStartActions } from './start-context.ts';
import { useState } from 'react';
import { DeviceWiped, WipeDeviceSection } from './wipe-device-section.tsx';
import { UnlockFile } from './unlock-file.tsx';
import { UnlockDrafts } from './unlock-drafts.tsx';
import { DraftsProtectionSection } from './drafts-protection-section.tsx';
import { useProtectionStatus } from './use-protection-status.ts';

/** First screen: start an assessment, resume a draft, or import a case file. */
export function StartScreen() {
  const { open, importErrors, dismissImportErrors, lockedImport, unlockImport, cancelUnlock, lock, afterUnlock } = useStartActions();
  const [wiped, setWiped] = useState(false);
  const protection = useProtectionStatus(lock);
  // Read the drafts again whenever protection changes: locked drafts are listed without their names.
  const [listVersion, setListVersion] = useState(0);
  const protectionChanged = async () => {
    await protection.refresh();
    setListVersion((version) => version + 1);
  };
  if (wiped) return <DeviceWiped />;
  return (
    <div className="start">
      <h1>SIT Risk Wizard</h1>
      <p className="lead">
        Plan an operation with informants, undercover officers, electronic surveillance or controlled delivery in a
        migrant-smuggling case, following the guidance of the UN Working Group on the Smuggling of Migrants. You get a verdict,
        the findings with their sources, a risk register, a checklist and an intervention plan.
      </p>
      <p className="notice">
        Your answers stay on this device. Use codenames: never enter the real identity of an informant or an officer.
      </p>
      {importErrors.length > 0 && <ImportErrors errors={importErrors} onDismiss={dismissImportErrors} />}
      {lockedImport && <UnlockFile locked={lockedImport} onUnlock={unlockImport} onCancel={cancelUnlock} />}
      <div className="start-actions">
        <button type="button" onClick={() => open({ type: 'new' })}>
          Start a new assessment
        </button>
        <div className="field">
          <label htmlFor="import-file">Open a case file (JSON) or a checklist PDF made with this app</label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json,.pdf,application/pdf"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) open({ type: 'import', file });
            }}
          />
        </div>
      </div>
      {protection.status === 'locked' && (
        <UnlockDrafts
          lock={lock}
          onUnlocked={() => {
            void protectionChanged();
            afterUnlock();
          }}
        />
      )}
      <DraftsList key={listVersion} />
      <section aria-labelledby="supervisor-start-title" className="supervisor-start">
        <h2 id="supervisor-start-title">Supervisors</h2>
        <p>Review a checklist an investigator sent you: check it was not altered, query what needs more work, record your decision.</p>
        <button type="button" className="secondary" onClick={() => open({ type: 'supervisor' })}>
          Review a checklist
        </button>
      </section>
      <TrainerStart />
      <DraftsProtectionSection lock={lock} status={protection.status} onChanged={protectionChanged} />
      <WipeDeviceSection onWiped={() => setWiped(true)} />
    </div>
  );
}
