import type { LifecycleStatus } from './lifecycle-from-log.ts';

/** What the officer should do next about the authorisation, in plain English. */
export interface DueWords {
  headline: string;
  detail: string;
  tone: 'info' | 'warning' | 'danger';
}

/** A review this close is flagged, so the fresh assessment can be planned in time. */
const WARN_DAYS = 7;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayNumber(isoDate: string): number {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Whole days from one ISO date (YYYY-MM-DD) to another; negative when `to` is earlier. Needs no clock. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** An ISO date as "15 May 2026", the same in every time zone. */
export function dateWords(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

function days(count: number): string {
  return `${count} day${count === 1 ? '' : 's'}`;
}

export function whatIsDue(status: LifecycleStatus, today: string): DueWords {
  const { context } = status;
  switch (status.state) {
    case 'draft':
      return {
        headline: 'Not yet submitted',
        detail: 'Export the checklist (PDF) and send it to your supervisor for review.',
        tone: 'info',
      };
    case 'submitted':
      return {
        headline: "Waiting for the supervisor's review",
        detail: 'Do not use the technique until it is authorised.',
        tone: 'info',
      };
    case 'returned':
      return {
        headline: 'Returned for more work',
        detail: "Answer the supervisor's queries, then export the checklist again.",
        tone: 'warning',
      };
    case 'refused':
      return {
        headline: 'Refused',
        detail: 'The supervisor refused the authorisation. Do not use the technique. If the circumstances change, start a new case and assess it again.',
        tone: 'danger',
      };
    case 'approved':
    case 'approvedWithConditions':
      return {
        headline: 'Approved, but no period of authorisation recorded',
        detail: 'The decision log gives no valid end date for the authorisation. Do not use the technique until the authorising officer records one.',
        tone: 'warning',
      };
    case 'authorised':
      return authorisedWords(status, today);
    case 'reviewDue': {
      const due = status.due ?? today;
      return {
        headline: due === today ? 'Review due today' : `Review overdue since ${dateWords(due)}`,
        detail:
          'Renew with a fresh assessment of what changed, or cancel the authorisation and complete the post-operation checklist.',
        tone: 'danger',
      };
    }
    case 'cancelled':
      return {
        headline: 'Authorisation cancelled',
        detail: `The operation is closed. Post-operation checklist: ${context.postOperationChecklist ?? 'not named'}. Nothing more is due.`,
        tone: 'info',
      };
  }
}

function authorisedWords(status: LifecycleStatus, today: string): DueWords {
  const { context } = status;
  const until = context.authorisedUntil ?? status.due ?? today;
  const due = status.due ?? until;
  const daysToReview = daysBetween(today, due);
  // A renewal must rest on an assessment made once the review is due, not before (lifecycle.guards.ts).
  const review =
    daysToReview <= WARN_DAYS
      ? `The review is due in ${days(daysToReview)}, on ${dateWords(due)}. From that day, renew with a fresh assessment of what changed, or cancel the authorisation.`
      : `Review by ${dateWords(due)}.`;
  const listed = context.conditions.map((condition) => condition.trim().replace(/[.;]+$/, '')).join('; ');
  const conditions = listed ? ` Conditions: ${listed}.` : '';
  return {
    headline: `Authorised until ${dateWords(until)} (${days(daysBetween(today, until))} left)`,
    detail: `${review}${conditions}`,
    tone: daysToReview <= WARN_DAYS ? 'warning' : 'info',
  };
}
