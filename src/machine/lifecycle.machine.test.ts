import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { lifecycleMachine } from './lifecycle.machine.ts';
import { LIFECYCLE_STATES, type LifecycleEvent } from './lifecycle.types.ts';

const FINGERPRINT = 'ab'.repeat(32);
const FRESH = 'cd'.repeat(32);

const submit: LifecycleEvent = { type: 'assessment.submit', fingerprint: FINGERPRINT };
const approve: LifecycleEvent = { type: 'review.approve', reviewDate: '2026-05-15' };
const approveWithConditions: LifecycleEvent = {
  type: 'review.approveWithConditions',
  reviewDate: '2026-05-15',
  conditions: ['Rescue team on standby at the border crossing'],
};
const grant: LifecycleEvent = { type: 'authorisation.grant', on: '2026-03-01', until: '2026-06-01' };
const renew: LifecycleEvent = {
  type: 'authorisation.renew',
  assessment: { fingerprint: FRESH, producedOn: '2026-05-16', verdict: 'proceed-with-conditions' },
  until: '2026-09-01',
  reviewDate: '2026-08-15',
};
const cancel: LifecycleEvent = { type: 'authorisation.cancel', on: '2026-05-20', postOperationChecklist: 'POST-OP-17' };
const tick = (today: string): LifecycleEvent => ({ type: 'clock.tick', today });

function run(...events: LifecycleEvent[]): SnapshotFrom<typeof lifecycleMachine> {
  const actor = createActor(lifecycleMachine).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

describe('lifecycle transitions', () => {
  it('starts as a draft', () => {
    expect(run().value).toBe('draft');
  });

  it('submits only an assessment with a fingerprint', () => {
    expect(run({ type: 'assessment.submit', fingerprint: 'nope' }).value).toBe('draft');
    const submitted = run(submit);
    expect(submitted.value).toBe('submitted');
    expect(submitted.context.caseFingerprint).toBe(FINGERPRINT);
  });

  it('returns a case to the investigator, who reopens and resubmits it', () => {
    expect(run(submit, { type: 'review.return' }).value).toBe('returned');
    expect(run(submit, { type: 'review.return' }, { type: 'draft.reopen' }).value).toBe('draft');
    expect(run(submit, { type: 'review.return' }, { type: 'draft.reopen' }, submit).value).toBe('submitted');
  });

  it('ends a refused case for good', () => {
    const refused = run(submit, { type: 'review.refuse' }, { type: 'draft.reopen' }, submit);
    expect(refused.value).toBe('refused');
    expect(refused.status).toBe('done');
  });

  it('approves only with a review date, and with conditions only when there are some', () => {
    expect(run(submit, { type: 'review.approve', reviewDate: '' }).value).toBe('submitted');
    expect(run(submit, { ...approveWithConditions, conditions: [] } as LifecycleEvent).value).toBe('submitted');
    expect(run(submit, approve).value).toBe('approved');
    const conditional = run(submit, approveWithConditions);
    expect(conditional.value).toBe('approvedWithConditions');
    expect(conditional.context.conditions).toEqual(['Rescue team on standby at the border crossing']);
  });

  it('is authorised once the authority grants a valid period', () => {
    expect(run(submit, approve, { ...grant, until: '2026-02-01' } as LifecycleEvent).value).toBe('approved');
    const authorised = run(submit, approveWithConditions, grant);
    expect(authorised.value).toBe('authorised');
    expect(authorised.context).toMatchObject({ authorisedUntil: '2026-06-01', reviewDate: '2026-05-15', today: '2026-03-01' });
  });

  it('falls due for review on the review date, not before', () => {
    const before = run(submit, approve, grant, tick('2026-05-14'));
    expect(before.value).toBe('authorised');
    expect(before.context.today).toBe('2026-05-14');
    const due = run(submit, approve, grant, tick('2026-05-15'));
    expect(due.value).toBe('reviewDue');
    expect(due.context.dueSince).toBe('2026-05-15');
  });

  it('renews on a fresh assessment, back to authorised with a new period', () => {
    const stale = { ...renew, assessment: { fingerprint: FINGERPRINT, producedOn: '2026-03-01', verdict: 'proceed' } } as LifecycleEvent;
    expect(run(submit, approve, grant, tick('2026-05-15'), stale).value).toBe('reviewDue');
    const renewed = run(submit, approve, grant, tick('2026-05-15'), renew);
    expect(renewed.value).toBe('authorised');
    expect(renewed.context).toMatchObject({ caseFingerprint: FRESH, authorisedUntil: '2026-09-01', reviewDate: '2026-08-15', renewals: 1, dueSince: null });
    expect(run(submit, approve, grant, tick('2026-05-15'), renew, tick('2026-08-15')).value).toBe('reviewDue');
  });

  it('cancels with a post-operation checklist, from authorised or when due', () => {
    expect(run(submit, approve, grant, { ...cancel, postOperationChecklist: '' } as LifecycleEvent).value).toBe('authorised');
    const cancelled = run(submit, approve, grant, tick('2026-05-15'), cancel);
    expect(cancelled.value).toBe('cancelled');
    expect(cancelled.status).toBe('done');
    expect(cancelled.context.postOperationChecklist).toBe('POST-OP-17');
    expect(run(submit, approve, grant, cancel).value).toBe('cancelled');
  });

  it('ignores events that do not belong to the current state', () => {
    expect(run(approve, grant, tick('2027-01-01'), renew).value).toBe('draft');
    expect(run(submit, grant).value).toBe('submitted');
  });
});

describe('lifecycle model', () => {
  const events: LifecycleEvent[] = [
    submit,
    { type: 'assessment.submit', fingerprint: 'nope' },
    approve,
    approveWithConditions,
    { type: 'review.return' },
    { type: 'review.refuse' },
    { type: 'draft.reopen' },
    grant,
    tick('2026-04-01'),
    tick('2026-05-15'),
    renew,
    cancel,
  ];
  // The state and the dates that decide the guards; the counters would make the graph infinite.
  const serializeState = (snapshot: SnapshotFrom<typeof lifecycleMachine>) =>
    JSON.stringify([snapshot.value, snapshot.context.authorisedUntil, snapshot.context.reviewDate, snapshot.context.dueSince]);
  const paths = getShortestPaths(lifecycleMachine, { events, serializeState: serializeState as never });
  /** The events of a path, without the machine's own start event. */
  const eventsOf = (path: (typeof paths)[number]) =>
    path.steps.map((step) => step.event as LifecycleEvent | { type: 'xstate.init' }).filter((event): event is LifecycleEvent => event.type !== 'xstate.init');

  it('reaches every state', () => {
    const reached = new Set(paths.map((path) => String(path.state.value)));
    expect([...reached].sort()).toEqual([...LIFECYCLE_STATES].sort());
  });

  it('replays every generated path to the state it claims', () => {
    for (const path of paths) {
      const events = eventsOf(path);
      expect(run(...events).value, events.map((event) => event.type).join(' → ')).toBe(path.state.value);
    }
  });

  it('reaches the final states only through a decision', () => {
    const viaEvents = (state: string) =>
      paths.filter((path) => path.state.value === state).map((path) => eventsOf(path).map((event) => event.type));
    expect(viaEvents('refused')[0]).toEqual(['assessment.submit', 'review.refuse']);
    expect(viaEvents('cancelled')[0]).toEqual(['assessment.submit', 'review.approve', 'authorisation.grant', 'authorisation.cancel']);
  });
});
