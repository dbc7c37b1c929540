import type { Assessment, ChecklistEntry, InterventionItem, RiskEntry } from './assessment.schema.ts';
import { TECHNIQUES, type Technique } from './case.schema.ts';
import { readFact } from './evaluate-condition.ts';
import type { RuleOutcome } from './evaluate.ts';
import type { Facts } from './facts.ts';
import { PHASES } from './rule.schema.ts';

/** Each in-scope risk scored before and after the measures the case says are in place. */
export function buildRiskRegister(inScope: RuleOutcome[], facts: Facts): RiskEntry[] {
  return inScope.flatMap(({ rule, scope }) => {
    const risk = rule.risk;
    if (!risk) return [];
    const inPlace = risk.mitigations.filter((mitigation) => readFact(facts, mitigation.fact) === 'yes');
    const likelihood = Math.max(1, risk.likelihood - sum(inPlace.map((m) => m.likelihood)));
    const impact = Math.max(1, risk.impact - sum(inPlace.map((m) => m.impact)));
    return [
      {
        id: risk.id,
        title: risk.title,
        ruleId: rule.id,
        confirmed: scope.truth === 'true',
        before: { likelihood: risk.likelihood, impact: risk.impact, score: risk.likelihood * risk.impact },
        after: { likelihood, impact, score: likelihood * impact },
        measuresInPlace: inPlace.map((m) => m.label),
        measuresMissing: risk.mitigations.filter((m) => !inPlace.includes(m)).map((m) => m.label),
      },
    ];
  }).sort((a, b) => b.after.score - a.after.score || b.before.score - a.before.score);
}

/** Checklist items of every rule in scope, ordered by phase, then technique, then rule order. */
export function buildChecklist(inScope: RuleOutcome[]): ChecklistEntry[] {
  const seen = new Set<string>();
  const entries = inScope.flatMap(({ rule, scope, sources }) =>
    rule.checklist.map((item, index) => ({
      id: `${rule.id}#${index + 1}`,
      text: item.item,
      phase: item.phase,
      technique: techniqueOf(rule.techniques),
      role: item.role,
      ruleId: rule.id,
      conditional: scope.truth === 'unknown',
      sources,
    })),
  );
  const techniqueOrder = ['general', ...TECHNIQUES];
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort(
      (a, b) =>
        PHASES.indexOf(a.entry.phase) - PHASES.indexOf(b.entry.phase) ||
        techniqueOrder.indexOf(a.entry.technique) - techniqueOrder.indexOf(b.entry.technique) ||
        a.order - b.order,
    )
    .map(({ entry }) => entry)
    .filter((entry) => {
      const key = `${entry.phase}|${entry.technique}|${entry.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function techniqueOf(techniques: readonly string[]): Technique | 'general' {
  return techniques.length === 1 && techniques[0] !== 'any' ? (techniques[0] as Technique) : 'general';
}

/** Intervention plan: what the rules require, and whether the case has planned it. */
export function buildInterventionPlan(inScope: RuleOutcome[], facts: Facts): Assessment['interventionPlan'] {
  const entries: InterventionItem[] = inScope.flatMap(({ rule, sources }) =>
    rule.intervention.map((entry) => ({
      trigger: entry.trigger,
      action: entry.action,
      who: entry.who,
      ruleId: rule.id,
      status: statusOf(entry.coveredBy, facts),
      ...(entry.coveredBy ? { coveredBy: entry.coveredBy } : {}),
      sources,
    })),
  );
  const abortAuthority = facts.intervention.abortAuthority.trim();
  const gaps = entries
    .filter((entry) => entry.status === 'missing' || entry.status === 'unconfirmed')
    .map((entry) => `${entry.status === 'missing' ? 'Missing' : 'Not confirmed'}: ${entry.action} (required by rule ${entry.ruleId})`);
  const required = facts.derived.migrantsAtRisk !== 'no';
  if (required && abortAuthority === '') gaps.unshift('Missing: nobody is named with the authority to stop the operation');
  return {
    required,
    abortAuthority,
    triggers: [...facts.intervention.abortTriggers],
    entries,
    gaps: [...new Set(gaps)],
  };
}

function statusOf(coveredBy: string | undefined, facts: Facts): InterventionItem['status'] {
  if (!coveredBy) return 'to-plan';
  const answer = readFact(facts, coveredBy);
  return answer === 'yes' ? 'planned' : answer === 'no' ? 'missing' : 'unconfirmed';
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
