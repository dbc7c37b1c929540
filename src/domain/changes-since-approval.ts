import { AssessmentStamp } from './assessment-stamp.ts';
import type { Assessment, Verdict } from './assessment.schema.ts';
import type { LogEntry } from './decision-log.schema.ts';

export interface ChangesSinceApproval {
  /** YYYY-MM-DD of the approval (or renewal) the case runs on. */
  approvedOn: string;
  verdictThen: Verdict;
  verdictNow: Verdict;
  /** Titles of findings raised now but not at the approval. */
  added: string[];
  /** Rule ids of findings raised at the approval but not now. */
  removed: string[];
}

const APPROVALS = new Set<LogEntry['kind']>(['approved', 'approved-with-conditions', 'renewed']);

/**
 * A renewal rests on a fresh assessment of what changed: the assessment now
 * against the one the running authorisation was approved on (the newest
 * 'assessment-produced' entry before the approval). Undefined when the case
 * was never approved or that assessment is not in the log.
 */
export function changesSinceApproval(log: readonly LogEntry[], now: Assessment): ChangesSinceApproval | undefined {
  const approvalAt = log.findLastIndex((entry) => APPROVALS.has(entry.kind));
  if (approvalAt < 0) return undefined;
  const produced = log
    .slice(0, approvalAt)
    .reverse()
    .map((entry) => (entry.kind === 'assessment-produced' ? AssessmentStamp.safeParse(entry.details) : undefined))
    .find((stamp) => stamp?.success);
  if (!produced?.success) return undefined;
  const then = produced.data;
  const findingsNow = now.findings.map((finding) => finding.ruleId);
  return {
    approvedOn: log[approvalAt]!.at.slice(0, 10),
    verdictThen: then.verdict,
    verdictNow: now.verdict.outcome,
    added: now.findings.filter((finding) => !then.findings.includes(finding.ruleId)).map((finding) => finding.title),
    removed: then.findings.filter((ruleId) => !findingsNow.includes(ruleId)),
  };
}
