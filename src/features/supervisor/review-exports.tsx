import { useState } from 'react';
import { REVIEW_DECISION_WORDS } from '../../domain/review.schema.ts';
import type { ReviewRecord } from '../../domain/review-record.schema.ts';
import type { Assessment } from '../../domain/assessment.schema.ts';
import { caseFileName } from '../../storage/case-file-io.ts';
import { downloadBlob } from '../export/download.ts';
import { MarkingChoice, useMarking } from '../export/marking-choice.tsx';

interface ReviewExportsProps {
  record: ReviewRecord;
  assessment: Assessment;
  now: () => Date;
  onAmend: () => void;
  onClose: () => void;
}

/** The recorded decision, to download as PDF and JSON and send back to the investigator. */
export function ReviewExports({ record, assessment, now, onAmend, onClose }: ReviewExportsProps) {
  const [status, setStatus] = useState('');
  const marking = useMarking();
  const baseName = caseFileName(record.caseFile.operation.codename, now()).replace(/^sit-case-/, 'sit-review-').replace(/\.json$/, '');

  async function downloadPdf() {
    setStatus('Preparing the PDF…');
    try {
      const { reviewPdfBlob } = await import('../../pdf/export-pdf.ts');
      const blob = await reviewPdfBlob({ record, assessment, options: { marking: marking.chosen, generatedAt: now() } });
      downloadBlob(blob, `${baseName}.pdf`);
      setStatus('The review record (PDF) has been downloaded.');
    } catch (error) {
      setStatus(`The PDF could not be made: ${(error as Error).message}. Download the JSON record instead.`);
    }
  }

  function downloadJson() {
    downloadBlob(new Blob([`${JSON.stringify(record, null, 2)}\n`], { type: 'application/json' }), `${baseName}.json`);
    setStatus('The review record (JSON) has been downloaded.');
  }

  return (
    <section aria-labelledby="recorded-title" className="review-recorded">
      <h2 id="recorded-title" tabIndex={-1}>
        Decision recorded: {REVIEW_DECISION_WORDS[record.review.decision]}
      </h2>
      <p>
        The decision is now in the case's decision log. Send the review record to the investigator: they open it in SIT Risk
        Wizard{record.review.decision === 'return' ? ' and see your queries next to the questions they concern' : ''}. Keep a copy
        as your record.
      </p>
      <MarkingChoice id="review" {...marking} />
      <div className="export-actions">
        <button type="button" onClick={() => void downloadPdf()}>
          Download the review record (PDF)
        </button>
        <button type="button" className="secondary" onClick={downloadJson}>
          Download the review record (JSON)
        </button>
      </div>
      <p role="status" aria-live="polite">
        {status}
      </p>
      <div className="step-buttons">
        <button type="button" className="secondary" onClick={onAmend}>
          Change the decision
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Review another checklist
        </button>
      </div>
    </section>
  );
}
