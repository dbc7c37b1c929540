import { describe, expect, it } from 'vitest';
import { appendToLog, logOf, producedBy, producedEntry } from './case-log.ts';
import { verifyLog } from './decision-log.ts';
import { evaluate } from './evaluate.ts';
import { fingerprintOf } from './fingerprint.ts';
import { realRules } from '../../tests/support/assess.ts';
import { fixtureCase } from '../../tests/support/pdf-input.ts';

const rules = realRules();
const caseFile = fixtureCase('overland-lorry-network');
const assessment = evaluate(caseFile, rules);
const fingerprint = fingerprintOf(caseFile, rules);
const at = new Date('2026-03-05T14:05:00Z');

describe('producedEntry', () => {
  it('records the verdict, the findings and the fingerprint of the checklist', () => {
    const entry = producedEntry([], assessment, fingerprint, at, 'Investigating team')!;
    expect(entry).toMatchObject({ at: '2026-03-05T14:05:00.000Z', kind: 'assessment-produced', by: 'Investigating team' });
    expect(entry.details).toEqual({
      fingerprint,
      ruleSetVersion: rules.version,
      verdict: assessment.verdict.outcome,
      findings: assessment.findings.map((finding) => finding.ruleId),
    });
    expect(entry.summary).toContain(assessment.verdict.words);
  });

  it('records the same checklist once, however often it is downloaded, but a changed one again', () => {
    const once = appendToLog({ log: [] }, producedEntry([], assessment, fingerprint, at, 'Investigating team')!);
    expect(producedEntry(once.log, assessment, fingerprint, at, 'Investigating team')).toBeUndefined();
    expect(producedEntry(once.log, assessment, 'f'.repeat(64), at, 'Investigating team')).toBeDefined();
  });

  it('names the team by its agency, never an officer', () => {
    expect(producedBy({ operation: { ...caseFile.operation, leadAgency: '  Border Police  ' } })).toBe('Investigating team (Border Police)');
    expect(producedBy({ operation: { ...caseFile.operation, leadAgency: '' } })).toBe('Investigating team');
  });
});

describe('appendToLog', () => {
  it('chains each new entry to the one before', () => {
    const first = appendToLog({ schemaVersion: 1, log: [] }, producedEntry([], assessment, fingerprint, at, 'Team')!);
    const second = appendToLog(first, { at: '2026-03-06T09:00:00Z', kind: 'returned', by: 'Supt A. Reyes', summary: 'Returned' });
    const log = logOf(second);
    expect(log.ok && log.log.map((entry) => entry.seq)).toEqual([0, 1]);
    expect(log.ok && verifyLog(log.log)).toEqual({ ok: true });
  });

  it('starts a log for answers written before the log existed', () => {
    const answers = appendToLog({ schemaVersion: 1 }, producedEntry([], assessment, fingerprint, at, 'Team')!);
    expect(logOf(answers)).toMatchObject({ ok: true, log: [{ seq: 0, kind: 'assessment-produced' }] });
  });

  it('leaves a damaged log as it is, so its history is not replaced, and says it is damaged', () => {
    const answers = { schemaVersion: 1, log: [{ seq: 'zero' }] };
    expect(appendToLog(answers, producedEntry([], assessment, fingerprint, at, 'Team')!)).toBe(answers);
    expect(logOf(answers)).toEqual({ ok: false, error: expect.stringContaining('decision log of this case file is damaged') });
  });
});
