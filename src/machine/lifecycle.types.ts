import type { Verdict } from '../domain/assessment.schema.ts';

export const LIFECYCLE_STATES = [
  'draft',
  'submitted',
  'returned',
  'refused',
  'approved',
  'approvedWithConditions',
  'authorised',
  'reviewDue',
  'cancelled',
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** A fresh assessment that a renewal rests on: what it was, and when it was produced. */
export interface RenewalAssessment {
  fingerprint: string;
  /** ISO date (YYYY-MM-DD). */
  producedOn: string;
  verdict: Verdict;
}

export interface LifecycleContext {
  /** Fingerprint of the assessment submitted or renewed last. */
  caseFingerprint: string | null;
  /** ISO dates (YYYY-MM-DD); null until set. */
  authorisedUntil: string | null;
  reviewDate: string | null;
  /** The latest date the clock has reported. */
  today: string | null;
  /** The date the review fell due: a renewal must rest on an assessment made since then. */
  dueSince: string | null;
  conditions: string[];
  renewals: number;
  /** Reference of the post-operation checklist a cancellation carries. */
  postOperationChecklist: string | null;
}

export type LifecycleEvent =
  | { type: 'assessment.submit'; fingerprint: string }
  | { type: 'review.approve'; reviewDate: string }
  | { type: 'review.approveWithConditions'; reviewDate: string; conditions: string[] }
  | { type: 'review.return' }
  | { type: 'review.refuse' }
  | { type: 'draft.reopen' }
  | { type: 'authorisation.grant'; on: string; until: string }
  | { type: 'clock.tick'; today: string }
  | { type: 'authorisation.renew'; assessment: RenewalAssessment; until: string; reviewDate: string }
  | { type: 'authorisation.cancel'; on: string; postOperationChecklist: string };
