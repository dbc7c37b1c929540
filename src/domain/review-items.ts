import type { Assessment } from './assessment.schema.ts';
import type { ReviewItem } from './review.schema.ts';

/** One thing a supervisor accepts or queries: a finding, a checklist item or an intervention-plan entry. */
export interface ReviewableItem {
  kind: ReviewItem['kind'];
  ref: string;
  title: string;
  /** A second line: the severity, the phase and role, or who acts. */
  detail: string;
}

export const itemKey = (item: Pick<ReviewItem, 'kind' | 'ref'>) => `${item.kind}:${item.ref}`;

/** Everything in the assessment that a review goes through, in the order the checklist PDF prints it. */
export function reviewableItems(assessment: Assessment): ReviewableItem[] {
  const items: ReviewableItem[] = [
    ...assessment.findings.map((finding) => ({
      kind: 'finding' as const,
      ref: finding.ruleId,
      title: finding.title,
      detail: `${finding.severity} · ${finding.remedy}`,
    })),
    ...assessment.checklist.map((entry) => ({
      kind: 'checklist' as const,
      ref: entry.id,
      title: entry.text,
      detail: `${entry.phase} · ${entry.role}${entry.conditional ? ' · if it applies' : ''}`,
    })),
    ...assessment.interventionPlan.entries.map((entry) => ({
      kind: 'intervention' as const,
      ref: entry.ruleId,
      title: `${entry.trigger}: ${entry.action}`,
      detail: `${entry.who} · ${entry.status}`,
    })),
  ];
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(itemKey(item)) && seen.add(itemKey(item)));
}
