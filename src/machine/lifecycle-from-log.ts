import { createActor, type Actor } from 'xstate';
import { z } from 'zod';
import { AssessmentStamp } from '../domain/assessment-stamp.ts';
import { LOG_KIND_WORDS, type LogEntry } from '../domain/decision-log.schema.ts';
import { dueDate } from './lifecycle.guards.ts';
import { lifecycleMachine } from './lifecycle.machine.ts';
import { LIFECYCLE_STATES, type LifecycleContext, type LifecycleEvent, type LifecycleState, type RenewalAssessment } from './lifecycle.types.ts';

/** Where a case's authorisation stands, worked out from its decision log. */
export interface LifecycleStatus {
  state: LifecycleState;
  context: LifecycleContext;
  /** When the review falls due, while an authorisation runs; null otherwise. */
  due: string | null;
  /** The review has fallen due and the authorisation was neither renewed nor cancelled. */
  overdue: boolean;
  /** Log entries the lifecycle did not accept, each in plain words. */
  ignored: string[];
}

/** What one log entry asks of the lifecycle. */
export type EntryAction =
  | { do: 'send'; events: LifecycleEvent[] }
  | { do: 'remember'; assessment: RenewalAssessment }
  | { do: 'nothing' }
  | { do: 'skip'; problem: string };

const ApprovalDetails = z.object({
  /** The date the supervisor gave the review; the entry's own time is when it was recorded. */
  reviewedAt: z.iso.date().optional(),
  reviewDate: z.iso.date({ error: 'it gives no review date' }),
  authorisedUntil: z.iso.date({ error: 'its end of the authorisation is not a date' }).optional(),
  conditions: z.array(z.string(), { error: 'its conditions are not a list of text' }).default([]),
});
const RenewalDetails = z.object({
  reviewDate: z.iso.date({ error: 'it gives no date for the next review' }),
  authorisedUntil: z.iso.date({ error: 'its end of the authorisation is not a date' }).optional(),
});
const CancellationDetails = z.object({
  postOperationChecklist: z.string({ error: 'it names no post-operation checklist' }),
});

const entryDate = (entry: LogEntry) => entry.at.slice(0, 10);
const cannotRead = (problem: string): EntryAction => ({ do: 'skip', problem: `cannot be read: ${problem}` });

function firstProblem(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'its details are not valid';
}

const WHERE_THE_CASE_WAS: Record<LifecycleState, string> = {
  draft: 'the case was not submitted for review',
  submitted: 'the case was already waiting for review',
  returned: 'the case had been returned for more work and was not submitted again',
  refused: 'the case had been refused',
  approved: 'the case was approved but not yet authorised',
  approvedWithConditions: 'the case was approved with conditions but not yet authorised',
  authorised: 'the authorisation was running',
  reviewDue: 'the review of the authorisation was due',
  cancelled: 'the authorisation had been cancelled',
};

/**
 * The lifecycle events one log entry stands for, given the state the replay has
 * reached and the newest assessment produced while an authorisation runs (which
 * a renewal rests on).
 */
export function entryToEvents(entry: LogEntry, state: LifecycleState, fresh: RenewalAssessment | null): EntryAction {
  const on = entryDate(entry);
  switch (entry.kind) {
    case 'assessment-produced': {
      const stamp = AssessmentStamp.safeParse(entry.details);
      if (!stamp.success) return cannotRead("its details do not hold the assessment's fingerprint and verdict");
      const { fingerprint, verdict } = stamp.data;
      if (state === 'authorised' || state === 'reviewDue') return { do: 'remember', assessment: { fingerprint, producedOn: on, verdict } };
      const submit: LifecycleEvent = { type: 'assessment.submit', fingerprint };
      return { do: 'send', events: state === 'returned' ? [{ type: 'draft.reopen' }, submit] : [submit] };
    }
    case 'reviewed':
      return { do: 'nothing' };
    case 'approved':
    case 'approved-with-conditions': {
      const details = ApprovalDetails.safeParse(entry.details);
      if (!details.success) return cannotRead(firstProblem(details.error));
      const { reviewDate, authorisedUntil, conditions, reviewedAt } = details.data;
      const approval: LifecycleEvent =
        entry.kind === 'approved' ? { type: 'review.approve', reviewDate } : { type: 'review.approveWithConditions', reviewDate, conditions };
      return { do: 'send', events: [approval, { type: 'authorisation.grant', on: reviewedAt ?? on, until: authorisedUntil ?? reviewDate }] };
    }
    case 'returned':
      return { do: 'send', events: [{ type: 'review.return' }] };
    case 'refused':
      return { do: 'send', events: [{ type: 'review.refuse' }] };
    case 'renewed': {
      const details = RenewalDetails.safeParse(entry.details);
      if (!details.success) return cannotRead(firstProblem(details.error));
      if (!fresh) return { do: 'skip', problem: `does not fit: ${withoutFreshAssessment(state)}` };
      const { reviewDate, authorisedUntil } = details.data;
      return { do: 'send', events: [{ type: 'authorisation.renew', assessment: fresh, until: authorisedUntil ?? reviewDate, reviewDate }] };
    }
    case 'cancelled': {
      const details = CancellationDetails.safeParse(entry.details);
      if (!details.success) return cannotRead(firstProblem(details.error));
      return { do: 'send', events: [{ type: 'authorisation.cancel', on, postOperationChecklist: details.data.postOperationChecklist }] };
    }
  }
}


function withoutFreshAssessment(state: LifecycleState): string {
  if (state === 'reviewDue') return 'no fresh assessment was produced since the review fell due';
  return state === 'authorised' ? 'the review was not due yet' : WHERE_THE_CASE_WAS[state];
}

/** Why the lifecycle, in this state, did not accept the event. */
function whyNot(event: LifecycleEvent, state: LifecycleState, context: LifecycleContext): string {
  const handled = lifecycleMachine.states[state]?.ownEvents.includes(event.type) ?? false;
  if (event.type === 'authorisation.renew' && state === 'authorised') return `the review was not due yet (due ${dueDate(context)})`;
  if (!handled) return WHERE_THE_CASE_WAS[state];
  switch (event.type) {
    case 'review.approveWithConditions':
      return 'it lists no condition';
    case 'authorisation.grant':
      return `the authorisation would end on ${event.until}, not after it was granted on ${event.on}`;
    case 'authorisation.renew':
      return renewalProblem(event, context);
    case 'authorisation.cancel':
      return 'it names no post-operation checklist';
    default:
      return WHERE_THE_CASE_WAS[state];
  }
}

function renewalProblem(event: Extract<LifecycleEvent, { type: 'authorisation.renew' }>, context: LifecycleContext): string {
  const { assessment, until, reviewDate } = event;
  const today = context.today ?? '';
  if (assessment.producedOn < (context.dueSince ?? '')) {
    return `the newest assessment was produced on ${assessment.producedOn}, before the review fell due on ${dueDate(context)}`;
  }
  if (assessment.verdict === 'do-not-proceed') return 'the newest assessment says do not proceed';
  if (until <= today) return `the renewed authorisation would end on ${until}, not after ${today}`;
  if (reviewDate <= today) return `the next review date ${reviewDate} is not after ${today}`;
  return 'the renewal is not valid';
}

/**
 * Replays the decision log into the lifecycle machine to say where the case's
 * authorisation stands today. Entries the lifecycle does not accept are listed,
 * not dropped, so a supervisor can see what the log holds that does not add up.
 */
export function lifecycleFromLog(log: readonly LogEntry[], today: string): LifecycleStatus {
  const actor = createActor(lifecycleMachine).start();
  const ignored: string[] = [];
  let fresh: RenewalAssessment | null = null;
  for (const entry of log) {
    // The clock runs to each entry's date first, so a review date passed in between is noticed.
    tick(actor, entryDate(entry));
    const label = `Entry ${entry.seq} (${LOG_KIND_WORDS[entry.kind]}, ${entryDate(entry)})`;
    const action = entryToEvents(entry, stateOf(actor.getSnapshot().value), fresh);
    if (action.do === 'remember') fresh = action.assessment;
    if (action.do === 'skip') ignored.push(`${label} ${action.problem}`);
    if (action.do !== 'send') continue;
    for (const event of action.events) {
      const before = actor.getSnapshot();
      if (!before.can(event)) {
        ignored.push(`${label} does not fit: ${whyNot(event, stateOf(before.value), before.context)}`);
        break;
      }
      actor.send(event);
      // A fresh assessment carries one renewal; the next needs another.
      if (event.type === 'authorisation.renew') fresh = null;
    }
  }
  tick(actor, today);
  const { value, context } = actor.getSnapshot();
  actor.stop();
  const state = stateOf(value);
  const running = state === 'authorised' || state === 'reviewDue';
  return { state, context, due: running ? dueDate(context) : null, overdue: state === 'reviewDue', ignored };
}

/** A refused or cancelled case has ended: the clock no longer matters to it. */
function tick(actor: Actor<typeof lifecycleMachine>, today: string): void {
  if (actor.getSnapshot().status === 'active') actor.send({ type: 'clock.tick', today });
}

/** XState types a snapshot's value as any string; the machine only has these states. */
function stateOf(value: string): LifecycleState {
  const state = LIFECYCLE_STATES.find((candidate) => candidate === value);
  if (!state) throw new Error(`The lifecycle machine reached a state it does not declare: ${value}`);
  return state;
}
