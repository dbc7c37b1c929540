import { describe, expect, it } from 'vitest';
import { CaseFile } from './case.schema.ts';
import { appendEntry, entryHash, logHead, verifyLog } from './decision-log.ts';
import { GENESIS_HASH, type LogEntry, type NewLogEntry } from './decision-log.schema.ts';

const DECISIONS: NewLogEntry[] = [
  { at: '2026-11-20T09:00:00Z', kind: 'assessment-produced', by: 'DS Kowalski (case officer)', summary: 'Checklist exported', details: { verdict: 'escalate' } },
  { at: '2026-11-21T10:00:00Z', kind: 'returned', by: 'Supt. Reyes', summary: 'Returned: intervention plan has no rescue team' },
  { at: '2026-11-24T09:30:00Z', kind: 'assessment-produced', by: 'DS Kowalski (case officer)', summary: 'Checklist exported again' },
  { at: '2026-12-01T15:00:00Z', kind: 'approved', by: 'Supt. Reyes', summary: 'Approved until 2027-01-31' },
  { at: '2027-01-31T08:00:00Z', kind: 'renewed', by: 'Supt. Reyes', summary: 'Renewed until 2027-03-31' },
];

function fiveEntries(): LogEntry[] {
  return DECISIONS.reduce<LogEntry[]>((log, entry) => appendEntry(log, entry), []);
}

function problems(log: LogEntry[]): string[] {
  const check = verifyLog(log);
  return check.ok ? [] : check.problems;
}

describe('appendEntry', () => {
  it('numbers the entries and chains each to the one before', () => {
    const log = fiveEntries();
    expect(log.map((entry) => entry.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(log[0]!.prev).toBe(GENESIS_HASH);
    log.slice(1).forEach((entry, index) => expect(entry.prev).toBe(log[index]!.hash));
    for (const entry of log) expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(logHead(log)).toBe(log[4]!.hash);
    expect(logHead([])).toBe(GENESIS_HASH);
  });

  it('is pure: the log passed in is not changed, and the same input gives the same hashes', () => {
    const log = fiveEntries();
    const copy = structuredClone(log);
    const longer = appendEntry(log, DECISIONS[0]!);
    expect(log).toEqual(copy);
    expect(longer).toHaveLength(6);
    expect(fiveEntries()).toEqual(log);
  });

  it('leaves out details that are not given, and refuses an entry without a time or a name', () => {
    expect(fiveEntries()[1]).not.toHaveProperty('details');
    expect(() => appendEntry([], { ...DECISIONS[0]!, at: '1 December' })).toThrow(/date and time/);
    expect(() => appendEntry([], { ...DECISIONS[0]!, by: '  ' })).toThrow(/Say who decided/);
  });

  it('hashes the entry without its hash, prev included', () => {
    const [first] = fiveEntries();
    expect(entryHash(first!)).toBe(first!.hash);
    expect(entryHash({ ...first!, prev: 'f'.repeat(64) })).not.toBe(first!.hash);
  });
});

describe('verifyLog', () => {
  it('accepts an empty log and an untouched log of five entries', () => {
    expect(verifyLog([])).toEqual({ ok: true });
    expect(verifyLog(fiveEntries())).toEqual({ ok: true });
  });

  it('names an entry whose summary was edited', () => {
    const log = fiveEntries();
    log[3] = { ...log[3]!, summary: 'Approved until 2027-12-31' };
    expect(problems(log)).toEqual(['Entry 3 (approved, 2026-12-01) was changed after it was written']);
  });

  it('names an entry whose details were edited', () => {
    const log = fiveEntries();
    log[0] = { ...log[0]!, details: { verdict: 'proceed' } };
    expect(problems(log)).toEqual(['Entry 0 (assessment-produced, 2026-11-20) was changed after it was written']);
  });

  it('notices an edit even when the hash of the edited entry was recomputed', () => {
    const log = fiveEntries();
    const edited = { ...log[1]!, kind: 'approved' as const, summary: 'Approved' };
    log[1] = { ...edited, hash: entryHash(edited) };
    expect(problems(log)).toEqual(['Entry 2 (assessment-produced, 2026-11-24) does not follow on from entry 1: one of them was rewritten after the log was written']);
  });

  it('names a deleted entry', () => {
    const log = fiveEntries();
    log.splice(2, 1);
    expect(problems(log)).toEqual(['Entry 2 is missing: the chain jumps from 1 to 3']);
  });

  it('names several deleted entries, and deleted first entries', () => {
    expect(problems(fiveEntries().filter((entry) => entry.seq === 0 || entry.seq === 4))).toEqual([
      'Entries 1 to 3 are missing: the chain jumps from 0 to 4',
    ]);
    expect(problems(fiveEntries().slice(1))).toEqual(['Entry 0 is missing: the log starts at 1']);
  });

  it('names an entry moved to another place', () => {
    const log = fiveEntries();
    const [moved] = log.splice(4, 1);
    log.unshift(moved!);
    expect(problems(log)).toEqual(['Entry 4 was inserted out of order']);
  });

  it('names one of two swapped entries', () => {
    const log = fiveEntries();
    [log[2], log[3]] = [log[3]!, log[2]!];
    expect(problems(log)).toEqual([expect.stringMatching(/^Entry [23] was inserted out of order$/)]);
  });

  it('names an entry whose link to the previous entry was changed', () => {
    const log = fiveEntries();
    log[3] = { ...log[3]!, prev: log[1]!.hash };
    expect(problems(log)).toEqual(['Entry 3 (approved, 2026-12-01) was changed after it was written']);
  });

  it('names a broken link even when the changed entry was re-hashed', () => {
    const log = fiveEntries();
    const relinked = { ...log[3]!, prev: log[1]!.hash };
    log[3] = { ...relinked, hash: entryHash(relinked) };
    expect(problems(log)).toEqual([
      'Entry 3 (approved, 2026-12-01) does not follow on from entry 2: one of them was rewritten after the log was written',
      'Entry 4 (renewed, 2027-01-31) does not follow on from entry 3: one of them was rewritten after the log was written',
    ]);
    const first = { ...log[0]!, prev: 'a'.repeat(64) };
    expect(problems([{ ...first, hash: entryHash(first) }])).toEqual([
      'Entry 0 (assessment-produced, 2026-11-20) should be the first entry but points to an entry before it',
    ]);
  });

  it('names an entry copied into the log twice', () => {
    const log = fiveEntries();
    log.push(log[1]!);
    expect(problems(log)).toEqual(['Entry 1 appears 2 times: entries were copied or inserted', 'Entry 1 was inserted out of order']);
  });

  it('finds several problems at once', () => {
    const log = fiveEntries();
    log[0] = { ...log[0]!, by: 'Someone else' };
    log.splice(2, 1);
    expect(problems(log)).toEqual([
      'Entry 2 is missing: the chain jumps from 1 to 3',
      'Entry 0 (assessment-produced, 2026-11-20) was changed after it was written',
    ]);
  });
});

describe('the log inside the case file', () => {
  it('defaults to empty, so case files written before the log existed stay valid', () => {
    expect(CaseFile.parse({ schemaVersion: 1, operation: { codename: 'GREY GULL' } }).log).toEqual([]);
  });

  it('round-trips through JSON and still verifies', () => {
    const caseFile = CaseFile.parse({ schemaVersion: 1, operation: { codename: 'GREY GULL' }, log: fiveEntries() });
    const reread = CaseFile.parse(JSON.parse(JSON.stringify(caseFile)));
    expect(verifyLog(reread.log)).toEqual({ ok: true });
  });

  it('rejects an entry with a malformed hash or an unknown field', () => {
    const [entry] = fiveEntries();
    const bad = (field: object) => CaseFile.safeParse({ schemaVersion: 1, operation: { codename: 'X' }, log: [{ ...entry, ...field }] });
    expect(bad({ hash: 'abc' }).error?.issues[0]?.message).toMatch(/64 hex digits/);
    expect(bad({ note: 'x' }).success).toBe(false);
  });
});
