import { useState } from 'react';
import { MarkingChoice, useMarking } from './marking-choice.tsx';
import type { Assessment } from '../../domain/assessment.schema.ts';
import { producedBy, producedEntry } from '../../domain/case-log.ts';
import { appendEntry } from '../../domain/decision-log.ts';
import type { NewLogEntry } from '../../domain/decision-log.schema.ts';
import { fingerprintOf } from '../../domain/fingerprint.ts';
import { validateCase } from '../../domain/parse-case.ts';
import { scenarioFromCase } from '../../domain/scenario-from-case.ts';
import type { Answers } from '../../machine/answers.ts';
import { library, loadedRules } from '../../app/rule-set.ts';
import { caseFileName, caseFileToJson } from '../../storage/case-file-io.ts';
import { codenameOf } from '../../storage/draft.schema.ts';
import { downloadBlob } from './download.ts';
import { ProtectedExport } from './protected-export.tsx';

interface ExportStepProps {
  answers: Answers;
  assessment: Assessment;
  onBack: () => void;
  /** The checklist was produced: the decision goes into the case's log. */
  onLogged: (entry: NewLogEntry) => void;
  /** Injected so exports are reproducible in tests. */
  now?: () => Date;
}

/** The PDF for the authorisation meeting and the case file to keep or send. */
export function ExportStep({ answers, assessment, onBack, onLogged, now = () => new Date() }: ExportStepProps) {
  const marking = useMarking();
  const [status, setStatus] = useState('');
  const checked = validateCase(answers);
  const codename = checked.ok ? checked.caseFile.operation.codename : codenameOf(answers);

  async function exportPdf() {
    if (!checked.ok || !loadedRules.ok) return;
    setStatus('Preparing the PDF…');
    try {
      const { checklistPdfBlob } = await import('../../pdf/export-pdf.ts');
      // The PDF carries its own 'assessment produced' entry, so the supervisor sees it in the log.
      const fingerprint = fingerprintOf(checked.caseFile, loadedRules.ruleSet);
      const entry = producedEntry(checked.caseFile.log, assessment, fingerprint, now(), producedBy(checked.caseFile));
      const caseFile = entry ? { ...checked.caseFile, log: appendEntry(checked.caseFile.log, entry) } : checked.caseFile;
      const blob = await checklistPdfBlob({
        caseFile,
        assessment,
        ruleSet: loadedRules.ruleSet,
        library,
        options: { marking: marking.chosen, generatedAt: now() },
      });
      downloadBlob(blob, caseFileName(codename, now()).replace(/^sit-case-/, 'sit-checklist-').replace(/\.json$/, '.pdf'));
      if (entry) onLogged(entry);
      setStatus('The PDF has been downloaded.');
    } catch (error) {
      setStatus(`The PDF could not be made: ${(error as Error).message}. Your answers are safe; try again or export the case file.`);
    }
  }

  function saveAsScenario() {
    if (!checked.ok || !loadedRules.ok) return;
    const id = caseFileName(codename, now()).replace(/^sit-case-/, '').replace(/\.json$/, '').toLowerCase();
    const made = scenarioFromCase(checked.caseFile, loadedRules.ruleSet, id || 'new-scenario');
    if (!made.ok) return setStatus(made.error);
    const blob = new Blob([`${JSON.stringify(made.scenario, null, 2)}\n`], { type: 'application/json' });
    downloadBlob(blob, `${made.scenario.id}.scenario.json`);
    setStatus('The training scenario has been downloaded. Trainers can load it from the start screen.');
  }

  function exportJson() {
    downloadBlob(new Blob([caseFileToJson(answers)], { type: 'application/json' }), caseFileName(codename, now()));
    setStatus('The case file has been downloaded.');
  }

  return (
    <div>
      {!checked.ok && (
        <div className="error-summary" role="alert">
          <h2>Some answers need fixing before the PDF can be made</h2>
          <ul>
            {checked.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
          <p>You can still export the case file to keep your work.</p>
        </div>
      )}
      <MarkingChoice id="checklist" {...marking} />
      <div className="export-actions">
        <button type="button" onClick={exportPdf} disabled={!checked.ok || !loadedRules.ok}>
          Download the checklist (PDF)
        </button>
        <button type="button" className="secondary" onClick={exportJson}>
          Download the case file (JSON)
        </button>
        <button type="button" className="secondary" onClick={saveAsScenario} disabled={!checked.ok || !loadedRules.ok}>
          Save as a training scenario
        </button>
      </div>
      <ProtectedExport answers={answers} codename={codename} now={now} onStatus={setStatus} />
      <p role="status" aria-live="polite">
        {status}
      </p>
      <p className="hint">
        Files are made on this device and go only where you save them. The case file holds operational details: store and send
        it under your handling rules.
      </p>
      <div className="step-buttons">
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
      </div>
    </div>
  );
}
