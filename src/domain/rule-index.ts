import type { SourceRef } from './assessment.schema.ts';
import type { RuleSet } from './load-rules.ts';
import type { Condition, Rule } from './rule.schema.ts';
import { citationLabel } from './seed.schema.ts';

/** A rule with its module and its citations as the assessment shows them. */
export interface IndexedRule {
  rule: Rule;
  module: string;
  sources: SourceRef[];
}

/** Every rule of the rule set by id, in rule-set order. */
export function indexRules(ruleSet: RuleSet): Map<string, IndexedRule> {
  const index = new Map<string, IndexedRule>();
  for (const ruleModule of ruleSet.modules) {
    for (const rule of ruleModule.rules) {
      index.set(rule.id, { rule, module: ruleModule.module, sources: sourcesOf(rule, ruleSet) });
    }
  }
  return index;
}

/** Same labels as the assessment: "SIT background paper (2013), para. 19". */
export function sourcesOf(rule: Rule, ruleSet: RuleSet): SourceRef[] {
  return rule.citations.map((citation) => ({
    doc: citation.doc,
    para: citation.para,
    label: citationLabel(ruleSet.papers, citation.doc, citation.para),
    excerpt: citation.excerpt,
  }));
}

/** The first citation of each paragraph the rules cite, keyed "doc#para". */
export function citedParagraphs(ruleSet: RuleSet): Map<string, SourceRef> {
  const cited = new Map<string, SourceRef>();
  for (const { sources } of indexRules(ruleSet).values()) {
    for (const source of sources) {
      const key = paragraphKey(source);
      if (!cited.has(key)) cited.set(key, source);
    }
  }
  return cited;
}

export function paragraphKey(source: { doc: string; para: number }): string {
  return `${source.doc}#${source.para}`;
}

/**
 * How a rule reads a fact: in `when` (the rule fires for want of it), in its
 * intervention plan or risk mitigations (it plans it), in `appliesWhen` only (it
 * decides whether the rule applies), or not at all.
 */
export type FactUse = 'when' | 'plan' | 'scope';
export function howRuleReadsFact(rule: Rule, fact: string): FactUse | undefined {
  if (conditionReads(rule.when, fact)) return 'when';
  if (
    rule.intervention.some((entry) => entry.coveredBy === fact) ||
    (rule.risk?.mitigations.some((mitigation) => mitigation.fact === fact) ?? false)
  ) {
    return 'plan';
  }
  if (rule.appliesWhen !== undefined && conditionReads(rule.appliesWhen, fact)) return 'scope';
  return undefined;
}

function conditionReads(condition: Condition, fact: string): boolean {
  if ('all' in condition) return condition.all.some((child) => conditionReads(child, fact));
  if ('any' in condition) return condition.any.some((child) => conditionReads(child, fact));
  if ('not' in condition) return conditionReads(condition.not, fact);
  return condition.fact === fact;
}
