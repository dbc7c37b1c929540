import { Intervention, TECHNIQUES, type CaseFile } from './case.schema.ts';
import { evaluate } from './evaluate.ts';
import { factCatalogue } from './fact-paths.ts';
import type { RuleSet } from './load-rules.ts';
import { howRuleReadsFact } from './rule-index.ts';
import type { AnswersObject } from './merge-answers.ts';
import { SCENARIO_VERSION, type Scenario } from './scenario.schema.ts';

export type ScenarioFromCase = { ok: true; scenario: Scenario } | { ok: false; error: string };

/**
 * Authoring (issue 6): a completed assessment becomes a training scenario. The
 * trainee starts from the case with the intervention plan left unanswered; the
 * completed case is the model solution. The model answer is what the rule core
 * computes, so it agrees with the rules by construction (scenario-agreement.ts).
 */
export function scenarioFromCase(caseFile: CaseFile, ruleSet: RuleSet, id: string): ScenarioFromCase {
  const { intervention, ...withoutPlan } = caseFile;
  const startingAnswers: AnswersObject = { ...withoutPlan, intervention: { abortTriggers: [] } };
  const briefed = evaluate({ ...caseFile, intervention: Intervention.parse({}) }, ruleSet);
  const model = evaluate(caseFile, ruleSet);
  const findings = briefed.findings.filter((finding) => finding.severity !== 'info');
  if (findings.length === 0) {
    return { ok: false, error: 'Without its intervention plan this case raises no finding, so there is nothing for a trainee to spot.' };
  }
  const measures = Object.entries(intervention)
    .filter(([, value]) => value === 'yes')
    .map(([key]) => ({ fact: `intervention.${key}`, label: factCatalogue().get(`intervention.${key}`)?.question ?? key }))
    .filter((measure) => isReadByRules(measure.fact, ruleSet));
  const sources = uniqueSources(findings.flatMap((finding) => finding.sources)).slice(0, 50);
  const techniques = caseFile.techniques.selected.length > 0 ? caseFile.techniques.selected : [TECHNIQUES[0]];
  return {
    ok: true,
    scenario: {
      scenarioVersion: SCENARIO_VERSION,
      id,
      title: `Operation ${caseFile.operation.codename}`,
      learningObjectives: ['Identify the problems this plan raises and plan the measures that protect the people involved.'],
      briefing: briefingOf(caseFile),
      techniques,
      startingAnswers,
      injects: [],
      modelAnswer: {
        verdict: model.verdict.outcome,
        findings: findings.map((finding) => finding.ruleId),
        measures,
        sources: sources.map(({ doc, para }) => ({ doc, para })),
        notes: `Made from a completed assessment. The model plan is the case's own intervention plan; its verdict is "${model.verdict.words}". Edit the briefing, objectives and notes before using it in class.`,
      },
      modelAnswers: { intervention },
    },
  };
}

function isReadByRules(fact: string, ruleSet: RuleSet): boolean {
  return ruleSet.modules.some((ruleModule) => ruleModule.rules.some((rule) => howRuleReadsFact(rule, fact) !== undefined));
}

function uniqueSources<T extends { doc: string; para: number }>(sources: T[]): T[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.doc}#${source.para}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function briefingOf(caseFile: CaseFile): string {
  const { operation, basis } = caseFile;
  const states = operation.states.map((state) => `${state.name} (${state.role})`).join(', ');
  return [
    `Operation ${operation.codename}${operation.leadAgency ? `, led by ${operation.leadAgency}` : ''}.`,
    operation.objectives || 'The objectives are in the case file.',
    states ? `States involved: ${states}.` : '',
    basis.summary,
    'Plan the operation, including what happens if anyone is in danger.',
  ]
    .filter(Boolean)
    .join('\n\n');
}
