import { z } from 'zod';

/**
 * One entry of the decision log kept inside the case file: every decision on the
 * case (assessment produced, reviewed, approved, returned, renewed, cancelled),
 * in order, each entry hash-chained to the one before so that any later edit of
 * the history is detected on import (see decision-log.ts).
 */
export const LOG_KINDS = [
  'assessment-produced',
  'reviewed',
  'approved',
  'approved-with-conditions',
  'returned',
  'refused',
  'renewed',
  'cancelled',
] as const;
export const LogKind = z.enum(LOG_KINDS);
export type LogKind = z.infer<typeof LogKind>;

export const LOG_KIND_WORDS: Record<LogKind, string> = {
  'assessment-produced': 'assessment produced',
  reviewed: 'reviewed',
  approved: 'approved',
  'approved-with-conditions': 'approved with conditions',
  returned: 'returned',
  refused: 'refused',
  renewed: 'renewed',
  cancelled: 'cancelled',
};

/** 64 zeros: the `prev` of the first entry, which has nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'Must be a SHA-256 hash: 64 hex digits (0-9, a-f)');

export const LogEntry = z.strictObject({
  seq: z.number().int().nonnegative().describe('Position in the log: 0, 1, 2, …'),
  at: z.iso.datetime({ offset: true, error: 'Enter a date and time such as 2026-12-01T09:30:00Z' }).describe('When'),
  kind: LogKind.describe('What was decided'),
  by: z.string().trim().min(1, 'Say who decided (role or name and rank)').max(200).describe('Who decided (role or name and rank)'),
  summary: z.string().trim().min(1, 'Write a short summary of the decision').max(2000).describe('Summary'),
  details: z.record(z.string(), z.json()).optional().describe('Details (for example the fingerprint and verdict)'),
  prev: Sha256Hex.describe('Hash of the entry before (64 zeros for the first)'),
  hash: Sha256Hex.describe('SHA-256 of this entry without its hash'),
});
export type LogEntry = z.infer<typeof LogEntry>;

/** What the caller supplies to append an entry; the log fills in seq, prev and hash. */
export type NewLogEntry = Pick<LogEntry, 'at' | 'kind' | 'by' | 'summary' | 'details'>;

export const DecisionLog = z
  .array(LogEntry)
  .max(1000)
  .describe('Decision log: every decision on the case, oldest first (append only)')
  .default([]);
