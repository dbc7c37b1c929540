import { assign, setup } from 'xstate';
import {
  approvalIsComplete,
  cancellationIsComplete,
  grantIsValid,
  isFingerprint,
  renewalIsValid,
  reviewIsDue,
} from './lifecycle.guards.ts';
import type { LifecycleContext, LifecycleEvent } from './lifecycle.types.ts';

export const INITIAL_LIFECYCLE: LifecycleContext = {
  caseFingerprint: null,
  authorisedUntil: null,
  reviewDate: null,
  today: null,
  dueSince: null,
  conditions: [],
  renewals: 0,
  postOperationChecklist: null,
};

/**
 * The authorisation lifecycle of one case: drafted, submitted for review,
 * approved (perhaps with conditions), returned or refused; once authorised it
 * runs until a date, falls due for review, and is renewed on a fresh assessment
 * or cancelled with a post-operation checklist. Every decision is also written
 * to the case's decision log; this machine only says what may happen next.
 */
export const lifecycleMachine = setup({
  types: {
    context: {} as LifecycleContext,
    events: {} as LifecycleEvent,
  },
  guards: {
    submittable: ({ event }) => event.type === 'assessment.submit' && isFingerprint(event.fingerprint),
    approvable: ({ event }) =>
      (event.type === 'review.approve' || event.type === 'review.approveWithConditions') && approvalIsComplete(event),
    grantable: ({ event }) => event.type === 'authorisation.grant' && grantIsValid(event),
    reviewDue: ({ context, event }) => event.type === 'clock.tick' && reviewIsDue(context, event.today),
    renewable: ({ context, event }) => event.type === 'authorisation.renew' && renewalIsValid(context, event),
    cancellable: ({ event }) => event.type === 'authorisation.cancel' && cancellationIsComplete(event),
  },
  actions: {
    recordSubmission: assign(({ event }) => (event.type === 'assessment.submit' ? { caseFingerprint: event.fingerprint } : {})),
    recordApproval: assign(({ event }) => {
      if (event.type === 'review.approve') return { reviewDate: event.reviewDate, conditions: [] };
      if (event.type === 'review.approveWithConditions') return { reviewDate: event.reviewDate, conditions: event.conditions };
      return {};
    }),
    recordGrant: assign(({ event }) => (event.type === 'authorisation.grant' ? { authorisedUntil: event.until, today: event.on } : {})),
    recordToday: assign(({ event }) => (event.type === 'clock.tick' ? { today: event.today } : {})),
    recordDue: assign(({ event }) => (event.type === 'clock.tick' ? { today: event.today, dueSince: event.today } : {})),
    recordRenewal: assign(({ context, event }) =>
      event.type === 'authorisation.renew'
        ? {
            caseFingerprint: event.assessment.fingerprint,
            authorisedUntil: event.until,
            reviewDate: event.reviewDate,
            dueSince: null,
            renewals: context.renewals + 1,
          }
        : {},
    ),
    recordCancellation: assign(({ event }) =>
      event.type === 'authorisation.cancel' ? { postOperationChecklist: event.postOperationChecklist, today: event.on } : {},
    ),
  },
}).createMachine({
  id: 'lifecycle',
  initial: 'draft',
  context: INITIAL_LIFECYCLE,
  states: {
    draft: {
      on: { 'assessment.submit': { guard: 'submittable', target: 'submitted', actions: 'recordSubmission' } },
    },
    submitted: {
      on: {
        'review.approve': { guard: 'approvable', target: 'approved', actions: 'recordApproval' },
        'review.approveWithConditions': { guard: 'approvable', target: 'approvedWithConditions', actions: 'recordApproval' },
        'review.return': { target: 'returned' },
        'review.refuse': { target: 'refused' },
      },
    },
    returned: {
      on: { 'draft.reopen': { target: 'draft' } },
    },
    refused: { type: 'final' },
    // Approved by the reviewer; authorised once the authority grants the period.
    approved: {
      on: { 'authorisation.grant': { guard: 'grantable', target: 'authorised', actions: 'recordGrant' } },
    },
    approvedWithConditions: {
      on: { 'authorisation.grant': { guard: 'grantable', target: 'authorised', actions: 'recordGrant' } },
    },
    authorised: {
      on: {
        'clock.tick': [{ guard: 'reviewDue', target: 'reviewDue', actions: 'recordDue' }, { actions: 'recordToday' }],
        'authorisation.cancel': { guard: 'cancellable', target: 'cancelled', actions: 'recordCancellation' },
      },
    },
    reviewDue: {
      on: {
        'clock.tick': { actions: 'recordToday' },
        'authorisation.renew': { guard: 'renewable', target: 'authorised', actions: 'recordRenewal' },
        'authorisation.cancel': { guard: 'cancellable', target: 'cancelled', actions: 'recordCancellation' },
      },
    },
    cancelled: { type: 'final' },
  },
});
