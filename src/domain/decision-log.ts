import { canonicalJson, sha256Hex } from './hash.ts';
import { GENESIS_HASH, LogEntry, type NewLogEntry } from './decision-log.schema.ts';

/**
 * The decision log is append-only: each entry carries the hash of the entry
 * before it (`prev`) and a hash of itself, so editing, removing, reordering or
 * inserting an entry after the fact breaks the chain and verifyLog names it.
 * A chain alone cannot notice the newest entries being cut off or the whole log
 * being recomputed; the fingerprint and head hash kept in the review record
 * (outside the case file) are what anchor it.
 */

export type LogCheck = { ok: true } | { ok: false; problems: string[] };

/** SHA-256 of an entry without its own `hash` (so `seq` and `prev` are covered). */
export function entryHash(entry: Omit<LogEntry, 'hash'> & { hash?: string }): string {
  const { hash: _hash, ...content } = entry;
  return sha256Hex(`sit-risk-wizard log entry v1\n${canonicalJson(content)}`);
}

/** The hash of the newest entry (64 zeros for an empty log): what a review record pins. */
export function logHead(log: readonly LogEntry[]): string {
  return log.at(-1)?.hash ?? GENESIS_HASH;
}

/** A new log with one entry added at the end. Pure: the time comes in as `at`. Throws if the entry is not valid. */
export function appendEntry(log: readonly LogEntry[], entry: NewLogEntry): LogEntry[] {
  const last = log.at(-1);
  const unsigned = {
    seq: last ? last.seq + 1 : 0,
    at: entry.at,
    kind: entry.kind,
    by: entry.by,
    summary: entry.summary,
    ...(entry.details === undefined ? {} : { details: entry.details }),
    prev: last ? last.hash : GENESIS_HASH,
  };
  return [...log, LogEntry.parse({ ...unsigned, hash: entryHash(unsigned) })];
}

/** Checks the whole chain and says, entry by entry, what was changed, removed or moved. */
export function verifyLog(log: readonly LogEntry[]): LogCheck {
  const problems = [...countProblems(log), ...orderProblems(log), ...contentProblems(log), ...linkProblems(log)];
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

function label(entry: LogEntry): string {
  return `Entry ${entry.seq} (${entry.kind}, ${entry.at.slice(0, 10)})`;
}

/** Numbers missing from 0…highest, and numbers used twice. */
function countProblems(log: readonly LogEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Map<number, number>();
  for (const entry of log) seen.set(entry.seq, (seen.get(entry.seq) ?? 0) + 1);
  for (const [seq, times] of seen) if (times > 1) problems.push(`Entry ${seq} appears ${times} times: entries were copied or inserted`);
  const numbers = [...seen.keys()].sort((a, b) => a - b);
  let expected = 0;
  for (const seq of numbers) {
    if (seq > expected) problems.push(gapMessage(expected, seq));
    expected = seq + 1;
  }
  return problems;
}

function gapMessage(first: number, next: number): string {
  const last = next - 1;
  if (first === 0) {
    return first === last ? `Entry 0 is missing: the log starts at ${next}` : `Entries 0 to ${last} are missing: the log starts at ${next}`;
  }
  return first === last
    ? `Entry ${first} is missing: the chain jumps from ${first - 1} to ${next}`
    : `Entries ${first} to ${last} are missing: the chain jumps from ${first - 1} to ${next}`;
}

/** Entries that are not where their number says: those outside the longest run in order. */
function orderProblems(log: readonly LogEntry[]): string[] {
  const inOrder = longestIncreasingRun(log.map((entry) => entry.seq));
  return log.filter((_, index) => !inOrder.has(index)).map((entry) => `Entry ${entry.seq} was inserted out of order`);
}

/** Indexes of one longest strictly increasing subsequence (O(n²); a log holds at most 1000 entries). */
function longestIncreasingRun(values: readonly number[]): Set<number> {
  const length = values.map(() => 1);
  const before = values.map(() => -1);
  let best = -1;
  values.forEach((value, i) => {
    for (let j = 0; j < i; j++) {
      if (values[j]! < value && length[j]! + 1 > length[i]!) {
        length[i] = length[j]! + 1;
        before[i] = j;
      }
    }
    if (best < 0 || length[i]! > length[best]!) best = i;
  });
  const run = new Set<number>();
  for (let i = best; i >= 0; i = before[i]!) run.add(i);
  return run;
}

function contentProblems(log: readonly LogEntry[]): string[] {
  return log.filter((entry) => entryHash(entry) !== entry.hash).map((entry) => `${label(entry)} was changed after it was written`);
}

/**
 * Each intact entry must point at the intact entry numbered just before it. A broken
 * link between two entries whose own hashes are fine means one of them was rewritten
 * with a freshly computed hash.
 */
function linkProblems(log: readonly LogEntry[]): string[] {
  const intact = new Map<number, LogEntry>();
  const counts = new Map<number, number>();
  for (const entry of log) counts.set(entry.seq, (counts.get(entry.seq) ?? 0) + 1);
  for (const entry of log) if (counts.get(entry.seq) === 1 && entryHash(entry) === entry.hash) intact.set(entry.seq, entry);
  const problems: string[] = [];
  for (const entry of intact.values()) {
    if (entry.seq === 0) {
      if (entry.prev !== GENESIS_HASH) problems.push(`${label(entry)} should be the first entry but points to an entry before it`);
      continue;
    }
    const previous = intact.get(entry.seq - 1);
    if (previous && entry.prev !== previous.hash) {
      problems.push(`${label(entry)} does not follow on from entry ${previous.seq}: one of them was rewritten after the log was written`);
    }
  }
  return problems;
}
