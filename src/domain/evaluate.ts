import {
  AUTHORITY_WORDS,
  VERDICT_WORDS,
  type Assessment,
  type Finding,
  type SourceRef,
  type Verdict,
} from './assessment.schema.ts';
import type { CaseFile, Technique } from './case.schema.ts';
import { ALWAYS, and, evaluateCondition, type ConditionResult } from './evaluate-condition.ts';
import { factCatalogue } from './fact-paths.ts';
import { sourcesOf } from './rule-index.ts';
import { deriveFacts, type Facts } from './facts.ts';
import type { RuleSet } from './load-rules.ts';
import { AUTHORITIES, SEVERITIES, type Authority, type Rule, type RuleModule, type Severity } from './rule.schema.ts';
import { buildChecklist, buildInterventionPlan, buildRiskRegister } from './assessment-parts.ts';

/** A rule whose scope applies to this case, with the outcome of its condition. */
export interface RuleOutcome {
  rule: Rule;
  module: string;
  moduleTitle: string;
  scope: ConditionResult;
  result: ConditionResult;
  sources: SourceRef[];
}

/**
 * The rule core: case file + rule set → assessment. Pure and deterministic: the
 * same input gives the same output, byte for byte, in the browser, the CLI and tests.
 */
export function evaluate(caseFile: CaseFile, ruleSet: RuleSet): Assessment {
  const facts = deriveFacts(caseFile);
  const outcomes = ruleSet.modules.flatMap((ruleModule) =>
    ruleModule.rules
      .filter((rule) => usesChosenTechnique(rule, facts))
      .map((rule) => outcomeOf(rule, ruleModule, facts, ruleSet)),
  );
  const inScope = outcomes.filter((outcome) => outcome.scope.truth !== 'false');
  const findings = outcomes
    .filter((outcome) => outcome.result.truth === 'true')
    .map(toFinding)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const openQuestions = collectOpenQuestions(outcomes);
  const unresolved = (severity: Severity) =>
    outcomes.some((outcome) => outcome.result.truth === 'unknown' && outcome.rule.severity === severity);

  const outcome = decideVerdict(findings, unresolved);
  const authority = requiredAuthority(inScope, outcome);
  return {
    caseSchemaVersion: caseFile.schemaVersion,
    ruleSetVersion: ruleSet.version,
    codename: caseFile.operation.codename,
    techniques: [...facts.techniques.selected],
    verdict: {
      outcome,
      words: VERDICT_WORDS[outcome],
      reasons: verdictReasons(findings, outcomes),
      authority: authority.level,
      authorityReasons: authority.reasons,
    },
    findings,
    riskRegister: buildRiskRegister(inScope, facts),
    checklist: buildChecklist(inScope),
    interventionPlan: buildInterventionPlan(inScope, facts),
    openQuestions,
  };
}

function usesChosenTechnique(rule: Rule, facts: Facts): boolean {
  return rule.techniques.some(
    (technique) => technique === 'any' || facts.techniques.selected.includes(technique as Technique),
  );
}

function outcomeOf(rule: Rule, ruleModule: RuleModule, facts: Facts, ruleSet: RuleSet): RuleOutcome {
  const scope = rule.appliesWhen ? evaluateCondition(rule.appliesWhen, facts) : ALWAYS;
  const result = and(scope, evaluateCondition(rule.when, facts));
  return { rule, module: ruleModule.module, moduleTitle: ruleModule.title, scope, result, sources: sourcesOf(rule, ruleSet) };
}

function toFinding({ rule, module, result, sources }: RuleOutcome): Finding {
  return {
    ruleId: rule.id,
    module,
    title: rule.title,
    severity: rule.severity,
    basis: rule.basis,
    explanation: rule.explanation,
    remedy: rule.remedy,
    ...(rule.practiceNote ? { practiceNote: rule.practiceNote } : {}),
    techniques: [...rule.techniques],
    because: result.because,
    sources,
  };
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/**
 * Blocking findings stop the operation; high findings, or a blocking rule that
 * cannot be ruled out because facts are unknown, send it to a higher authority;
 * advisory findings, or unresolved high rules, attach conditions.
 */
function decideVerdict(findings: Finding[], unresolved: (severity: Severity) => boolean): Verdict {
  const has = (severity: Severity) => findings.some((finding) => finding.severity === severity);
  if (has('blocking')) return 'do-not-proceed';
  if (has('high') || unresolved('blocking')) return 'escalate';
  if (has('advisory') || unresolved('high')) return 'proceed-with-conditions';
  return 'proceed';
}

function verdictReasons(findings: Finding[], outcomes: RuleOutcome[]): string[] {
  const reasons = findings
    .filter((finding) => finding.severity !== 'info')
    .map((finding) => `${capitalise(finding.severity)}: ${finding.title}`);
  for (const severity of ['blocking', 'high'] as const) {
    const unsettled = outcomes.filter(
      (outcome) => outcome.result.truth === 'unknown' && outcome.rule.severity === severity,
    );
    if (unsettled.length > 0) {
      const titles = unsettled.slice(0, 3).map((outcome) => outcome.rule.title);
      const more = unsettled.length > 3 ? `; and ${unsettled.length - 3} more (see the open questions)` : '';
      reasons.push(
        `Unanswered questions leave ${unsettled.length} ${severity} rule${unsettled.length > 1 ? 's' : ''} unresolved: ${titles.join('; ')}${more}`,
      );
    }
  }
  if (reasons.length === 0) reasons.push('No finding stands in the way of the operation.');
  return reasons;
}

function requiredAuthority(
  inScope: RuleOutcome[],
  outcome: Verdict,
): { level: Authority; reasons: string[] } {
  let level: Authority = 'senior-officer';
  const reasons: string[] = [];
  for (const { rule, scope } of inScope) {
    if (rule.authority && scope.truth === 'true' && rank(rule.authority) > rank(level)) level = rule.authority;
  }
  for (const { rule, scope, moduleTitle, sources } of inScope) {
    if (rule.authority === level && scope.truth === 'true') {
      const source = sources[0] ? ` (${sources[0].label})` : rule.basis === 'practice' ? ' (good practice)' : '';
      reasons.push(`${AUTHORITY_WORDS[level]}: required by the rules on ${moduleTitle.toLowerCase()}${source}`);
    }
  }
  if (reasons.length === 0) reasons.push(`${AUTHORITY_WORDS[level]}: the lowest level that may authorise covert techniques`);
  if (outcome === 'escalate' && level !== 'judge') {
    const raised = AUTHORITIES[rank(level) + 1] as Authority;
    reasons.push(`Raised from ${AUTHORITY_WORDS[level].toLowerCase()} to ${AUTHORITY_WORDS[raised].toLowerCase()} because the verdict is to escalate`);
    level = raised;
  }
  return { level, reasons: [...new Set(reasons)] };
}

function rank(authority: Authority): number {
  return AUTHORITIES.indexOf(authority);
}

function collectOpenQuestions(outcomes: RuleOutcome[]): Assessment['openQuestions'] {
  const byFact = new Map<string, { ruleId: string; severity: Severity }[]>();
  for (const outcome of outcomes) {
    if (outcome.result.truth !== 'unknown') continue;
    for (const fact of outcome.result.unknownFacts) {
      const neededBy = byFact.get(fact) ?? [];
      neededBy.push({ ruleId: outcome.rule.id, severity: outcome.rule.severity });
      byFact.set(fact, neededBy);
    }
  }
  const order = [...factCatalogue().keys()];
  const worst = (fact: string) => Math.max(...(byFact.get(fact) ?? []).map((need) => severityRank(need.severity)));
  return [...byFact.keys()]
    .sort((a, b) => worst(b) - worst(a) || order.indexOf(a) - order.indexOf(b))
    .map((fact) => ({
      fact,
      question: factCatalogue().get(fact)?.question ?? fact,
      neededBy: byFact.get(fact) ?? [],
    }));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
