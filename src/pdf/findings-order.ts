import type { Finding } from '../domain/assessment.schema.ts';
import type { RuleSet } from '../domain/load-rules.ts';
import { SEVERITIES } from '../domain/rule.schema.ts';

/** A finding with the number it carries throughout the document (F1, F2 …). */
export interface NumberedFinding {
  number: string;
  finding: Finding;
  moduleTitle: string;
}

/** Most severe first (blocking, high, advisory, info); rule order within a severity. */
export function numberFindings(findings: readonly Finding[], ruleSet: RuleSet): NumberedFinding[] {
  const rank = (finding: Finding) => SEVERITIES.length - SEVERITIES.indexOf(finding.severity);
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.order - b.order)
    .map(({ finding }, index) => ({
      number: `F${index + 1}`,
      finding,
      moduleTitle: ruleSet.modules.find((candidate) => candidate.module === finding.module)?.title ?? finding.module,
    }));
}

export function ruleTitle(ruleSet: RuleSet, ruleId: string): string {
  for (const ruleModule of ruleSet.modules) {
    const rule = ruleModule.rules.find((candidate) => candidate.id === ruleId);
    if (rule) return rule.title;
  }
  return ruleId;
}
