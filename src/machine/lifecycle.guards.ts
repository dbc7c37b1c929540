import type { LifecycleContext, LifecycleEvent } from './lifecycle.types.ts';

/**
 * The lifecycle's guards as plain functions, so each can be tested alone.
 * Dates are ISO (YYYY-MM-DD), so comparing the strings compares the dates.
 */
type EventOf<T extends LifecycleEvent['type']> = Extract<LifecycleEvent, { type: T }>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string | null | undefined): value is string => typeof value === 'string' && ISO_DATE.test(value);

export function isFingerprint(value: string): boolean {
  return /^[0-9a-f]{64}$/.test(value);
}

/** An approval must set the date by which the authorisation is reviewed. */
export function approvalIsComplete(event: EventOf<'review.approve'> | EventOf<'review.approveWithConditions'>): boolean {
  if (!isDate(event.reviewDate)) return false;
  return event.type === 'review.approve' || event.conditions.some((condition) => condition.trim() !== '');
}

/** The authority grants a period that ends after it starts. */
export function grantIsValid(event: EventOf<'authorisation.grant'>): boolean {
  return isDate(event.on) && isDate(event.until) && event.until > event.on;
}

/** The first of the review date and the end of the authorisation: when the review falls due. */
export function dueDate(context: Pick<LifecycleContext, 'authorisedUntil' | 'reviewDate'>): string | null {
  const dates = [context.authorisedUntil, context.reviewDate].filter(isDate).sort();
  return dates[0] ?? null;
}

/** Special investigative techniques are authorised for a limited time: the review falls due on the earlier date. */
export function reviewIsDue(context: Pick<LifecycleContext, 'authorisedUntil' | 'reviewDate'>, today: string): boolean {
  const due = dueDate(context);
  return isDate(today) && due !== null && today >= due;
}

/**
 * A renewal needs a fresh assessment (produced since the review fell due, of a
 * case that may proceed) and a new period that ends after today.
 */
export function renewalIsValid(context: Pick<LifecycleContext, 'dueSince' | 'today'>, event: EventOf<'authorisation.renew'>): boolean {
  const { assessment, until, reviewDate } = event;
  const since = context.dueSince ?? '';
  const today = context.today ?? since;
  return (
    isFingerprint(assessment.fingerprint) &&
    isDate(assessment.producedOn) &&
    assessment.producedOn >= since &&
    assessment.verdict !== 'do-not-proceed' &&
    isDate(until) &&
    until > today &&
    isDate(reviewDate) &&
    reviewDate > today
  );
}

/** Ending an operation needs the post-operation checklist it was closed with. */
export function cancellationIsComplete(event: EventOf<'authorisation.cancel'>): boolean {
  return isDate(event.on) && event.postOperationChecklist.trim() !== '';
}
