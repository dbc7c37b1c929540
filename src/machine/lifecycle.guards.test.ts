import { describe, expect, it } from 'vitest';
import {
  approvalIsComplete,
  cancellationIsComplete,
  dueDate,
  grantIsValid,
  isFingerprint,
  renewalIsValid,
  reviewIsDue,
} from './lifecycle.guards.ts';

const FINGERPRINT = 'ab'.repeat(32);
const renewal = {
  type: 'authorisation.renew' as const,
  assessment: { fingerprint: FINGERPRINT, producedOn: '2026-06-02', verdict: 'proceed-with-conditions' as const },
  until: '2026-09-01',
  reviewDate: '2026-08-01',
};

describe('lifecycle guards', () => {
  it('accepts only a SHA-256 fingerprint', () => {
    expect(isFingerprint(FINGERPRINT)).toBe(true);
    expect(isFingerprint('AB'.repeat(32))).toBe(false);
    expect(isFingerprint('ab')).toBe(false);
  });

  it('needs a review date to approve, and a condition to approve with conditions', () => {
    expect(approvalIsComplete({ type: 'review.approve', reviewDate: '2026-06-01' })).toBe(true);
    expect(approvalIsComplete({ type: 'review.approve', reviewDate: 'June' })).toBe(false);
    expect(approvalIsComplete({ type: 'review.approveWithConditions', reviewDate: '2026-06-01', conditions: ['Rescue team'] })).toBe(true);
    expect(approvalIsComplete({ type: 'review.approveWithConditions', reviewDate: '2026-06-01', conditions: [' '] })).toBe(false);
  });

  it('grants a period that ends after it starts', () => {
    expect(grantIsValid({ type: 'authorisation.grant', on: '2026-03-01', until: '2026-06-01' })).toBe(true);
    expect(grantIsValid({ type: 'authorisation.grant', on: '2026-03-01', until: '2026-03-01' })).toBe(false);
    expect(grantIsValid({ type: 'authorisation.grant', on: '2026-03-01', until: '' })).toBe(false);
  });

  it('makes the review due on the earlier of the review date and the end of the authorisation', () => {
    expect(dueDate({ authorisedUntil: '2026-06-01', reviewDate: '2026-05-15' })).toBe('2026-05-15');
    expect(dueDate({ authorisedUntil: '2026-06-01', reviewDate: null })).toBe('2026-06-01');
    expect(dueDate({ authorisedUntil: null, reviewDate: null })).toBeNull();
    const context = { authorisedUntil: '2026-06-01', reviewDate: '2026-05-15' };
    expect(reviewIsDue(context, '2026-05-14')).toBe(false);
    expect(reviewIsDue(context, '2026-05-15')).toBe(true);
    expect(reviewIsDue(context, '2026-07-01')).toBe(true);
    expect(reviewIsDue(context, 'tomorrow')).toBe(false);
    expect(reviewIsDue({ authorisedUntil: null, reviewDate: null }, '2026-07-01')).toBe(false);
  });

  it('renews only on a fresh assessment that may proceed, for a period after today', () => {
    const context = { dueSince: '2026-06-01', today: '2026-06-03' };
    expect(renewalIsValid(context, renewal)).toBe(true);
    expect(renewalIsValid(context, { ...renewal, assessment: { ...renewal.assessment, producedOn: '2026-05-20' } })).toBe(false);
    expect(renewalIsValid(context, { ...renewal, assessment: { ...renewal.assessment, verdict: 'do-not-proceed' } })).toBe(false);
    expect(renewalIsValid(context, { ...renewal, assessment: { ...renewal.assessment, fingerprint: 'x' } })).toBe(false);
    expect(renewalIsValid(context, { ...renewal, until: '2026-06-03' })).toBe(false);
    expect(renewalIsValid(context, { ...renewal, reviewDate: '2026-06-02' })).toBe(false);
  });

  it('cancels only with a post-operation checklist', () => {
    expect(cancellationIsComplete({ type: 'authorisation.cancel', on: '2026-06-02', postOperationChecklist: 'POST-OP-17' })).toBe(true);
    expect(cancellationIsComplete({ type: 'authorisation.cancel', on: '2026-06-02', postOperationChecklist: '  ' })).toBe(false);
  });
});
