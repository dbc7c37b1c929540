import { z } from 'zod';
import { Verdict, type Assessment } from './assessment.schema.ts';
import type { LogEntry } from './decision-log.schema.ts';

/**
 * What an 'assessment-produced' log entry records in its `details`: enough to
 * say later what the verdict and findings were when a document was produced,
 * even when the rules have changed since and can no longer reproduce them.
 */
export const AssessmentStamp = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  ruleSetVersion: z.string(),
  verdict: Verdict,
  /** Rule ids of the findings raised. */
  findings: z.array(z.string()),
});
export type AssessmentStamp = z.infer<typeof AssessmentStamp>;

/** The `details` for an 'assessment-produced' entry. */
export function assessmentStamp(assessment: Assessment, fingerprint: string): AssessmentStamp {
  return {
    fingerprint,
    ruleSetVersion: assessment.ruleSetVersion,
    verdict: assessment.verdict.outcome,
    findings: assessment.findings.map((finding) => finding.ruleId),
  };
}

/**
 * The stamp of the newest 'assessment-produced' entry, or of the newest one with
 * the given fingerprint when one is asked for; undefined when there is none.
 */
export function latestStamp(log: readonly LogEntry[], fingerprint?: string): AssessmentStamp | undefined {
  for (const entry of [...log].reverse()) {
    if (entry.kind !== 'assessment-produced') continue;
    const stamp = AssessmentStamp.safeParse(entry.details);
    if (stamp.success && (fingerprint === undefined || stamp.data.fingerprint === fingerprint)) return stamp.data;
  }
  return undefined;
}
