import { useState } from 'react';
import type { Answers } from '../../machine/answers.ts';
import { protectedCaseFileName, protectedCaseFileToJson } from '../../storage/case-file-io.ts';
import { NewPassphraseForm } from '../passphrase/on-demand.tsx';
import { downloadBlob } from './download.ts';

interface ProtectedExportProps {
  answers: Answers;
  codename: string | undefined;
  now: () => Date;
  onStatus: (status: string) => void;
}

/** The case file encrypted with a passphrase, for sending or keeping where others could read it. */
export function ProtectedExport({ answers, codename, now, onStatus }: ProtectedExportProps) {
  const [choosing, setChoosing] = useState(false);

  async function download(passphrase: string) {
    try {
      const text = await protectedCaseFileToJson(answers, passphrase);
      downloadBlob(new Blob([text], { type: 'application/json' }), protectedCaseFileName(codename, now()));
      setChoosing(false);
      onStatus('The protected case file has been downloaded. It opens only with the passphrase.');
    } catch (error) {
      onStatus(`The case file could not be protected: ${(error as Error).message}. Your answers are safe.`);
    }
  }

  return (
    <section aria-labelledby="protected-export-title" className="protected-export">
      <h2 id="protected-export-title">Protect the case file with a passphrase</h2>
      <p>
        The file is encrypted on this device. Anyone who gets hold of it without the passphrase sees nothing of the case. Give
        the passphrase to the recipient by another route than the file.
      </p>
      {choosing ? (
        <NewPassphraseForm
          id="export"
          submitLabel="Download the protected case file"
          busyText="Protecting the file… this takes a second or two."
          onSubmit={download}
          onCancel={() => setChoosing(false)}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setChoosing(true)}>
          Protect the case file with a passphrase
        </button>
      )}
    </section>
  );
}
