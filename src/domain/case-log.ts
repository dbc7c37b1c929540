import { assessmentStamp, latestStamp } from './assessment-stamp.ts';
import type { Assessment } from './assessment.schema.ts';
import type { CaseFile } from './case.schema.ts';
import { appendEntry } from './decision-log.ts';
import { DecisionLog, type LogEntry, type NewLogEntry } from './decision-log.schema.ts';

export type LogRead = { ok: true; log: LogEntry[] } | { ok: false; error: string };

/** The decision log of answers that may not be a valid case file yet. */
export function logOf(answers: Record<string, unknown>): LogRead {
  const parsed = DecisionLog.safeParse(answers.log);
  if (parsed.success) return { ok: true, log: parsed.data };
  return { ok: false, error: 'The decision log of this case file is damaged: its entries are not in the form the app writes.' };
}

/**
 * The answers with one decision appended to their log. A damaged log is left as
 * it is rather than replaced: its history is evidence, and it is reported where
 * the case is shown.
 */
export function appendToLog<T extends Record<string, unknown>>(answers: T, entry: NewLogEntry): T {
  const read = logOf(answers);
  if (!read.ok) return answers;
  return { ...answers, log: appendEntry(read.log, entry) };
}

/**
 * The 'assessment-produced' entry for a checklist about to be exported, or
 * undefined when the newest entry already records this very assessment (the
 * same checklist downloaded twice is one decision, not two).
 */
export function producedEntry(log: readonly LogEntry[], assessment: Assessment, fingerprint: string, at: Date, by: string): NewLogEntry | undefined {
  const newest = log.at(-1);
  if (newest?.kind === 'assessment-produced' && latestStamp([newest])?.fingerprint === fingerprint) return undefined;
  return {
    at: at.toISOString(),
    kind: 'assessment-produced',
    by,
    summary: `Checklist produced for review: ${assessment.verdict.words}. ${assessment.findings.length} finding${assessment.findings.length === 1 ? '' : 's'}`,
    details: assessmentStamp(assessment, fingerprint),
  };
}

/** Who produced the checklist: the team, never an officer's name (the case file holds codenames only). */
export function producedBy(caseFile: Pick<CaseFile, 'operation'>): string {
  const agency = caseFile.operation.leadAgency?.trim();
  return agency ? `Investigating team (${agency.slice(0, 150)})` : 'Investigating team';
}
