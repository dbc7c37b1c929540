import { describe, expect, it } from 'vitest';
import type { LifecycleStatus } from './lifecycle-from-log.ts';
import { INITIAL_LIFECYCLE } from './lifecycle.machine.ts';
import type { LifecycleContext, LifecycleState } from './lifecycle.types.ts';
import { dateWords, daysBetween, whatIsDue } from './lifecycle-words.ts';

function status(state: LifecycleState, context: Partial<LifecycleContext> = {}, due: string | null = null): LifecycleStatus {
  return { state, context: { ...INITIAL_LIFECYCLE, ...context }, due, overdue: state === 'reviewDue', ignored: [] };
}

const authorised = status('authorised', { authorisedUntil: '2026-06-01', reviewDate: '2026-05-15' }, '2026-05-15');

describe('dates', () => {
  it('counts whole days between ISO dates, across months, leap days and clock changes', () => {
    expect(daysBetween('2026-03-10', '2026-03-10')).toBe(0);
    expect(daysBetween('2026-03-10', '2026-05-15')).toBe(66);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-05-20', '2026-05-15')).toBe(-5);
  });

  it('writes a date as day, month name and year', () => {
    expect(dateWords('2026-05-15')).toBe('15 May 2026');
    expect(dateWords('2027-01-01')).toBe('1 January 2027');
  });
});

describe('whatIsDue', () => {
  it('tells the investigator to export and send a draft', () => {
    expect(whatIsDue(status('draft'), '2026-03-01')).toEqual({
      headline: 'Not yet submitted',
      detail: 'Export the checklist (PDF) and send it to your supervisor for review.',
      tone: 'info',
    });
  });

  it('waits for the supervisor, then asks for the queries to be answered', () => {
    expect(whatIsDue(status('submitted'), '2026-03-05')).toMatchObject({ headline: "Waiting for the supervisor's review", tone: 'info' });
    expect(whatIsDue(status('returned'), '2026-03-06')).toEqual({
      headline: 'Returned for more work',
      detail: "Answer the supervisor's queries, then export the checklist again.",
      tone: 'warning',
    });
  });

  it('forbids the technique once refused', () => {
    expect(whatIsDue(status('refused'), '2026-03-06')).toMatchObject({ headline: 'Refused', detail: expect.stringContaining('Do not use the technique'), tone: 'danger' });
  });

  it('says how long the authorisation runs and when it is reviewed', () => {
    expect(whatIsDue(authorised, '2026-03-10')).toEqual({
      headline: 'Authorised until 1 June 2026 (83 days left)',
      detail: 'Review by 15 May 2026.',
      tone: 'info',
    });
  });

  it('repeats the conditions of the approval', () => {
    const conditional = { ...authorised, context: { ...authorised.context, conditions: ['Rescue team on standby at the border.', 'Daily report to the SIO'] } };
    expect(whatIsDue(conditional, '2026-03-10').detail).toBe(
      'Review by 15 May 2026. Conditions: Rescue team on standby at the border; Daily report to the SIO.',
    );
  });

  it('warns a week before the review is due', () => {
    expect(whatIsDue(authorised, '2026-05-07').tone).toBe('info');
    expect(whatIsDue(authorised, '2026-05-08')).toEqual({
      headline: 'Authorised until 1 June 2026 (24 days left)',
      detail:
        'The review is due in 7 days, on 15 May 2026. From that day, renew with a fresh assessment of what changed, or cancel the authorisation.',
      tone: 'warning',
    });
    expect(whatIsDue(authorised, '2026-05-14').detail).toMatch(/^The review is due in 1 day, on 15 May 2026\./);
  });

  it('says since when a review is overdue and what settles it', () => {
    const due = status('reviewDue', { authorisedUntil: '2026-06-01', reviewDate: '2026-05-15', dueSince: '2026-05-20' }, '2026-05-15');
    expect(whatIsDue(due, '2026-05-20')).toEqual({
      headline: 'Review overdue since 15 May 2026',
      detail: 'Renew with a fresh assessment of what changed, or cancel the authorisation and complete the post-operation checklist.',
      tone: 'danger',
    });
    expect(whatIsDue(due, '2026-05-15').headline).toBe('Review due today');
  });

  it('names the post-operation checklist of a cancelled authorisation', () => {
    expect(whatIsDue(status('cancelled', { postOperationChecklist: 'POST-OP-17' }), '2026-06-01')).toEqual({
      headline: 'Authorisation cancelled',
      detail: 'The operation is closed. Post-operation checklist: POST-OP-17. Nothing more is due.',
      tone: 'info',
    });
  });

  it('warns when an approval carries no valid period', () => {
    expect(whatIsDue(status('approvedWithConditions'), '2026-03-10')).toMatchObject({
      headline: 'Approved, but no period of authorisation recorded',
      tone: 'warning',
    });
  });
});
