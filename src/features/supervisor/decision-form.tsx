import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { REVIEW_DECISIONS, REVIEW_DECISION_WORDS, type Review } from '../../domain/review.schema.ts';
import type { ItemReview, OpenedDocument } from '../../machine/review.types.ts';
import { reviewFromForm, type DecisionField, type DecisionFormValues } from './review-form.ts';

interface DecisionFormProps {
  document: OpenedDocument;
  ruleSetVersion: string;
  items: Record<string, ItemReview>;
  today: string;
  onItemErrors: (errors: Record<string, string>) => void;
  onDecided: (review: Review) => void;
}

/** The decision, its reasons and conditions, who decided and when the authorisation is reviewed. */
export function DecisionForm({ document, ruleSetVersion, items, today, onItemErrors, onDecided }: DecisionFormProps) {
  const form = useForm<DecisionFormValues>({
    defaultValues: { decision: '', reasons: '', conditions: '', reviewerName: '', reviewerRank: '', reviewedAt: today, reviewDate: '' },
  });
  const [problems, setProblems] = useState<string[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const { errors, submitCount } = form.formState;

  useEffect(() => {
    if (submitCount > 0) summary.current?.focus();
  }, [submitCount]);

  const submit = form.handleSubmit((values) => {
    const result = reviewFromForm(values, items, {
      fingerprint: document.check.fingerprintNow,
      ruleSetVersion,
      assessment: document.assessment,
    });
    if (result.ok) {
      setProblems([]);
      onItemErrors({});
      onDecided(result.review);
      return;
    }
    for (const [field, message] of Object.entries(result.fieldErrors)) form.setError(field as DecisionField, { message });
    onItemErrors(result.itemErrors);
    const itemProblems = Object.keys(result.itemErrors).length;
    setProblems([...result.otherErrors, ...(itemProblems > 0 ? [`${itemProblems} queried item${itemProblems === 1 ? ' needs' : 's need'} a comment`] : [])]);
  });

  const fieldErrors = Object.entries(errors).map(([field, error]) => ({ field, message: error?.message ?? '' }));
  const allProblems = [...problems, ...fieldErrors.map(({ message }) => message)];
  const error = (field: DecisionField) =>
    errors[field] ? (
      <p id={`decision-${field}-error`} className="field-error">
        <span className="visually-hidden">Error: </span>
        {errors[field]?.message}
      </p>
    ) : null;
  const aria = (field: DecisionField) => ({
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `decision-${field}-error` : undefined,
  });

  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-title" className="decision-form">
      <h2 id="decision-title">Your decision</h2>
      {submitCount > 0 && allProblems.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
          <h3>The decision cannot be recorded yet</h3>
          <ul>
            {allProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="field" {...aria('decision')}>
        <legend>Decision</legend>
        {error('decision')}
        <div className="options">
          {REVIEW_DECISIONS.map((decision) => (
            <label key={decision} className="option">
              <input type="radio" value={decision} {...form.register('decision')} />
              <span>{REVIEW_DECISION_WORDS[decision]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="decision-reasons">Reasons for the decision (one per line)</label>
        {error('reasons')}
        <textarea id="decision-reasons" rows={3} {...form.register('reasons')} {...aria('reasons')} />
      </div>
      <div className="field">
        <label htmlFor="decision-conditions">Conditions (one per line; needed when you approve with conditions)</label>
        {error('conditions')}
        <textarea id="decision-conditions" rows={3} {...form.register('conditions')} {...aria('conditions')} />
      </div>
      <div className="field">
        <label htmlFor="decision-reviewerName">Your name</label>
        {error('reviewerName')}
        <input id="decision-reviewerName" type="text" autoComplete="name" {...form.register('reviewerName')} {...aria('reviewerName')} />
      </div>
      <div className="field">
        <label htmlFor="decision-reviewerRank">Your rank or role</label>
        {error('reviewerRank')}
        <input id="decision-reviewerRank" type="text" {...form.register('reviewerRank')} {...aria('reviewerRank')} />
      </div>
      <div className="field">
        <label htmlFor="decision-reviewedAt">Date of this review</label>
        {error('reviewedAt')}
        <input id="decision-reviewedAt" type="date" {...form.register('reviewedAt')} {...aria('reviewedAt')} />
      </div>
      <div className="field">
        <label htmlFor="decision-reviewDate">Review the authorisation by (not needed when you refuse)</label>
        {error('reviewDate')}
        <input id="decision-reviewDate" type="date" {...form.register('reviewDate')} {...aria('reviewDate')} />
      </div>
      <div className="step-buttons">
        <button type="submit">Record the decision</button>
      </div>
    </form>
  );
}
