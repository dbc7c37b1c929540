import type { Assessment } from '../../domain/assessment.schema.ts';
import type { StepId } from '../../machine/steps.ts';
import { STEP_TITLES } from '../../machine/steps.ts';
import { FindingCard } from '../findings/finding-card.tsx';
import { stepForFact } from '../steps/step-fields.ts';

interface ReviewStepProps {
  assessment: Assessment;
  canOpen: (step: StepId) => boolean;
  onOpen: (step: StepId) => void;
  onNext: () => void;
  onBack: () => void;
}

/** The verdict, what drives it, and the questions still open, each linked to where it is answered. */
export function ReviewStep({ assessment, canOpen, onOpen, onNext, onBack }: ReviewStepProps) {
  const { verdict } = assessment;
  const serious = assessment.findings.filter((finding) => finding.severity === 'blocking' || finding.severity === 'high');
  return (
    <div>
      <section className={`verdict ${verdict.outcome}`} aria-labelledby="review-verdict">
        <h2 id="review-verdict">Verdict: {verdict.words}</h2>
        <ul>
          {verdict.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <p>
          <strong>Who must authorise: </strong>
          {verdict.authorityReasons.join('; ')}
        </p>
      </section>
      <section aria-labelledby="review-questions">
        <h2 id="review-questions">Open questions ({assessment.openQuestions.length})</h2>
        {assessment.openQuestions.length === 0 ? (
          <p>Every question the rules need has an answer.</p>
        ) : (
          <ul>
            {assessment.openQuestions.map((question) => {
              const step = stepForFact(question.fact);
              return (
                <li key={question.fact}>
                  {question.question}{' '}
                  {canOpen(step) ? (
                    <button type="button" className="link" onClick={() => onOpen(step)}>
                      Answer in “{STEP_TITLES[step]}”
                    </button>
                  ) : (
                    <span className="hint">(asked in “{STEP_TITLES[step]}”)</span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="review-findings">
        <h2 id="review-findings">Blocking and high findings ({serious.length})</h2>
        {serious.length === 0 ? <p>None.</p> : serious.map((finding) => <FindingCard key={finding.ruleId} finding={finding} />)}
      </section>
      <p>
        The checklist has {assessment.checklist.length} items and the intervention plan {assessment.interventionPlan.entries.length}{' '}
        actions; both are in the PDF.
      </p>
      <div className="step-buttons">
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
        <button type="button" onClick={onNext}>
          Continue to export
        </button>
      </div>
    </div>
  );
}
