import { describe, expect, it } from 'vitest';
import { assessmentStamp } from '../domain/assessment-stamp.ts';
import type { CaseFile } from '../domain/case.schema.ts';
import { appendEntry } from '../domain/decision-log.ts';
import type { LogEntry, NewLogEntry } from '../domain/decision-log.schema.ts';
import { evaluate } from '../domain/evaluate.ts';
import { fingerprintOf } from '../domain/fingerprint.ts';
import { reviewToLogEntry } from '../domain/review.ts';
import { Review, type ReviewInput } from '../domain/review.schema.ts';
import { realRules } from '../../tests/support/assess.ts';
import { fixtureCase } from '../../tests/support/pdf-input.ts';
import { entryToEvents, lifecycleFromLog } from './lifecycle-from-log.ts';

const rules = realRules();
const caseFile = fixtureCase('overland-lorry-network');
const fingerprint = fingerprintOf(caseFile, rules);
// The same operation after the team learned more: a new fingerprint, still allowed to proceed (escalate).
const updatedCase: CaseFile = {
  ...caseFile,
  operation: { ...caseFile.operation, objectives: `${caseFile.operation.objectives} Second phase: the Austrian depot.` },
};

function produced(at: string, which: CaseFile = caseFile): NewLogEntry {
  const stamp = assessmentStamp(evaluate(which, rules), fingerprintOf(which, rules));
  return { at, kind: 'assessment-produced', by: 'Investigating team', summary: 'Checklist produced for review', details: stamp };
}

function reviewed(decision: ReviewInput['decision'], reviewedAt: string, more: Partial<ReviewInput> = {}): NewLogEntry {
  return reviewToLogEntry(
    Review.parse({
      caseFingerprint: fingerprint,
      ruleSetVersion: rules.version,
      reviewer: { name: 'A. Reyes', rank: 'Superintendent' },
      reviewedAt,
      decision,
      reasons: ['Read against the SIT background paper'],
      reviewDate: decision === 'refuse' ? undefined : '2026-05-15',
      ...more,
    }),
  );
}

const returned = reviewed('return', '2026-03-06', {
  items: [{ kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'queried', comment: 'Which NGO will receive the migrants?' }],
});
const approved = reviewed('approve', '2026-03-10');
const approvedWithConditions = reviewed('approve-with-conditions', '2026-03-10', { conditions: ['Rescue team on standby at the border'] });

function renewed(at: string, details: Record<string, string> = { reviewDate: '2026-08-15', authorisedUntil: '2026-09-01' }): NewLogEntry {
  return { at, kind: 'renewed', by: 'Superintendent A. Reyes', summary: 'Renewed on a fresh assessment', details };
}

function cancelled(at: string): NewLogEntry {
  return { at, kind: 'cancelled', by: 'Superintendent A. Reyes', summary: 'Operation closed', details: { postOperationChecklist: 'POST-OP-17' } };
}

function logOf(...entries: NewLogEntry[]): LogEntry[] {
  return entries.reduce<LogEntry[]>((log, entry) => appendEntry(log, entry), []);
}

const authorisedLog = logOf(produced('2026-03-05T14:05:00Z'), returned, produced('2026-03-08T09:00:00Z'), approved);

describe('lifecycleFromLog', () => {
  it('is a draft while the log is empty', () => {
    expect(lifecycleFromLog([], '2026-03-01')).toMatchObject({ state: 'draft', due: null, overdue: false, ignored: [] });
  });

  it('is submitted once a checklist is produced', () => {
    const status = lifecycleFromLog(logOf(produced('2026-03-05T14:05:00Z')), '2026-03-05');
    expect(status).toMatchObject({ state: 'submitted', ignored: [] });
    expect(status.context.caseFingerprint).toBe(fingerprint);
  });

  it('reopens a returned case when a new checklist is produced, and is authorised once approved', () => {
    expect(lifecycleFromLog(logOf(produced('2026-03-05T14:05:00Z'), returned), '2026-03-07').state).toBe('returned');
    expect(lifecycleFromLog(authorisedLog.slice(0, 3), '2026-03-08').state).toBe('submitted');
    const status = lifecycleFromLog(authorisedLog, '2026-03-11');
    expect(status).toMatchObject({ state: 'authorised', due: '2026-05-15', overdue: false, ignored: [] });
    expect(status.context).toMatchObject({ authorisedUntil: '2026-05-15', reviewDate: '2026-05-15', today: '2026-03-11' });
  });

  it('keeps the conditions of an approval with conditions', () => {
    const status = lifecycleFromLog(logOf(produced('2026-03-05T14:05:00Z'), approvedWithConditions), '2026-03-11');
    expect(status.state).toBe('authorised');
    expect(status.context.conditions).toEqual(['Rescue team on standby at the border']);
  });

  it('falls due for review once today passes the review date', () => {
    expect(lifecycleFromLog(authorisedLog, '2026-05-14')).toMatchObject({ state: 'authorised', overdue: false });
    expect(lifecycleFromLog(authorisedLog, '2026-05-20')).toMatchObject({ state: 'reviewDue', due: '2026-05-15', overdue: true });
  });

  it('renews on an assessment produced since the review fell due', () => {
    const log = logOf(...withEntries(produced('2026-05-16T10:00:00Z', updatedCase), renewed('2026-05-17T10:00:00Z')));
    const status = lifecycleFromLog(log, '2026-05-18');
    expect(status).toMatchObject({ state: 'authorised', due: '2026-08-15', overdue: false, ignored: [] });
    expect(status.context).toMatchObject({ renewals: 1, caseFingerprint: fingerprintOf(updatedCase, rules), authorisedUntil: '2026-09-01' });
  });

  it('says why a renewal without a fresh assessment was not accepted', () => {
    expect(lifecycleFromLog(logOf(...withEntries(renewed('2026-05-17T10:00:00Z'))), '2026-05-18')).toMatchObject({
      state: 'reviewDue',
      ignored: ['Entry 4 (renewed, 2026-05-17) does not fit: no fresh assessment was produced since the review fell due'],
    });
    const stale = logOf(...withEntries(produced('2026-04-01T10:00:00Z', updatedCase), renewed('2026-05-17T10:00:00Z')));
    expect(lifecycleFromLog(stale, '2026-05-18').ignored).toEqual([
      'Entry 5 (renewed, 2026-05-17) does not fit: the newest assessment was produced on 2026-04-01, before the review fell due on 2026-05-15',
    ]);
  });

  it('does not renew before the review is due', () => {
    const early = logOf(...withEntries(produced('2026-04-01T10:00:00Z', updatedCase), renewed('2026-04-02T10:00:00Z')));
    expect(lifecycleFromLog(early, '2026-04-03')).toMatchObject({
      state: 'authorised',
      ignored: ['Entry 5 (renewed, 2026-04-02) does not fit: the review was not due yet (due 2026-05-15)'],
    });
  });

  it('is cancelled with a post-operation checklist, and nothing is due after', () => {
    const status = lifecycleFromLog(logOf(...withEntries(cancelled('2026-04-20T18:00:00Z'))), '2026-06-01');
    expect(status).toMatchObject({ state: 'cancelled', due: null, overdue: false, ignored: [] });
    expect(status.context.postOperationChecklist).toBe('POST-OP-17');
  });

  it('lists an approval of a case that was never submitted instead of dropping it', () => {
    const status = lifecycleFromLog(logOf(approved, produced('2026-03-12T09:00:00Z')), '2026-03-12');
    expect(status.state).toBe('submitted');
    expect(status.ignored).toEqual(['Entry 0 (approved, 2026-03-10) does not fit: the case was not submitted for review']);
  });

  it('ends a refused case: a later checklist is listed, not submitted', () => {
    const log = logOf(produced('2026-03-05T14:05:00Z'), reviewed('refuse', '2026-03-06'), produced('2026-03-09T09:00:00Z', updatedCase));
    expect(lifecycleFromLog(log, '2026-03-10')).toMatchObject({
      state: 'refused',
      ignored: ['Entry 2 (assessment produced, 2026-03-09) does not fit: the case had been refused'],
    });
  });

  it('lists entries whose details it cannot read', () => {
    const unreadable: NewLogEntry = { ...renewed('2026-05-17T10:00:00Z'), details: { authorisedUntil: 'September' } };
    expect(lifecycleFromLog(logOf(...withEntries(unreadable)), '2026-05-18').ignored).toEqual([
      'Entry 4 (renewed, 2026-05-17) cannot be read: it gives no date for the next review',
    ]);
  });
});

/** The entries of the authorised log, then more. */
function withEntries(...more: NewLogEntry[]): NewLogEntry[] {
  return [produced('2026-03-05T14:05:00Z'), returned, produced('2026-03-08T09:00:00Z'), approved, ...more];
}

describe('entryToEvents', () => {
  const [first, , , approval] = authorisedLog;
  const fresh = { fingerprint, producedOn: '2026-05-16', verdict: 'escalate' as const };

  it('submits a produced assessment, reopening a returned case first', () => {
    expect(entryToEvents(first!, 'draft', null)).toEqual({ do: 'send', events: [{ type: 'assessment.submit', fingerprint }] });
    expect(entryToEvents(first!, 'returned', null)).toEqual({
      do: 'send',
      events: [{ type: 'draft.reopen' }, { type: 'assessment.submit', fingerprint }],
    });
  });

  it('remembers an assessment produced while an authorisation runs, for the renewal', () => {
    expect(entryToEvents(first!, 'reviewDue', null)).toEqual({
      do: 'remember',
      assessment: { fingerprint, producedOn: '2026-03-05', verdict: 'escalate' },
    });
  });

  it('turns an approval into the approval and the grant of the period', () => {
    expect(entryToEvents(approval!, 'submitted', null)).toEqual({
      do: 'send',
      events: [
        { type: 'review.approve', reviewDate: '2026-05-15' },
        { type: 'authorisation.grant', on: '2026-03-10', until: '2026-05-15' },
      ],
    });
  });

  it('renews on the remembered assessment and cancels with the checklist', () => {
    const [renewal, cancellation] = logOf(renewed('2026-05-17T10:00:00Z'), cancelled('2026-05-20T10:00:00Z'));
    expect(entryToEvents(renewal!, 'reviewDue', fresh)).toEqual({
      do: 'send',
      events: [{ type: 'authorisation.renew', assessment: fresh, until: '2026-09-01', reviewDate: '2026-08-15' }],
    });
    expect(entryToEvents(cancellation!, 'authorised', null)).toEqual({
      do: 'send',
      events: [{ type: 'authorisation.cancel', on: '2026-05-20', postOperationChecklist: 'POST-OP-17' }],
    });
  });

  it('skips a renewal that has no assessment to rest on, saying why', () => {
    const [renewal] = logOf(renewed('2026-05-17T10:00:00Z'));
    expect(entryToEvents(renewal!, 'reviewDue', null)).toEqual({
      do: 'skip',
      problem: 'does not fit: no fresh assessment was produced since the review fell due',
    });
    expect(entryToEvents(renewal!, 'draft', null)).toEqual({ do: 'skip', problem: 'does not fit: the case was not submitted for review' });
  });

  it('changes nothing for a review note', () => {
    const [note] = logOf({ at: '2026-03-09T10:00:00Z', kind: 'reviewed', by: 'Inspector B. Novak', summary: 'Read the checklist' });
    expect(entryToEvents(note!, 'submitted', null)).toEqual({ do: 'nothing' });
  });
});
