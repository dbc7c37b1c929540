import { memo } from 'react';
import { AUTHORITY_WORDS, type Assessment } from '../../domain/assessment.schema.ts';
import { FindingCard } from './finding-card.tsx';

/**
 * The verdict and findings as the answers change; the verdict is announced politely.
 * Memoised: moving to another step changes no answer, so the panel need not be drawn again.
 */
export const LivePanel = memo(function LivePanel({ assessment }: { assessment: Assessment | undefined }) {
  if (!assessment) {
    return (
      <aside className="live-panel" aria-label="Findings">
        <p role="alert">The rules could not be loaded. Export your case file and contact your administrator.</p>
      </aside>
    );
  }
  const serious = assessment.findings.filter((finding) => finding.severity !== 'info');
  const notes = assessment.findings.filter((finding) => finding.severity === 'info');
  return (
    <aside className="live-panel" aria-label="Findings">
      <h2>What the papers say about your answers</h2>
      <div className={`verdict ${assessment.verdict.outcome}`} aria-live="polite" aria-atomic="true">
        <p className="verdict-label">Verdict so far</p>
        <p className="verdict-words">{assessment.verdict.words}</p>
        <p>Authority required: {AUTHORITY_WORDS[assessment.verdict.authority]}</p>
      </div>
      <details className="verdict-reasons">
        <summary>Why this verdict?</summary>
        <ul>
          {assessment.verdict.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </details>
      <p>
        {serious.length} finding{serious.length === 1 ? '' : 's'} to act on, {assessment.openQuestions.length} open question
        {assessment.openQuestions.length === 1 ? '' : 's'}.
      </p>
      {serious.map((finding) => (
        <FindingCard key={finding.ruleId} finding={finding} />
      ))}
      {notes.length > 0 && (
        <details className="notes">
          <summary>
            {notes.length} note{notes.length === 1 ? '' : 's'} for information
          </summary>
          {notes.map((finding) => (
            <FindingCard key={finding.ruleId} finding={finding} />
          ))}
        </details>
      )}
    </aside>
  );
});
