import type { Assessment } from './assessment.schema.ts';
import { CaseFile } from './case.schema.ts';
import { evaluate } from './evaluate.ts';
import type { RuleSet } from './load-rules.ts';
import { briefedSituation, modelSolution } from './scenario-answers.ts';
import type { Scenario } from './scenario.schema.ts';

/**
 * Does the scenario's model answer agree with what the rule core computes? The four
 * conditions are documented in scenario.schema.ts. Returns one plain line per
 * disagreement, naming the field; none when the model answer agrees.
 */
export function checkModelAnswer(scenario: Scenario, ruleSet: RuleSet): string[] {
  const problems: string[] = [];
  const briefed = assess(briefedSituation(scenario), ruleSet);
  const model = assess(modelSolution(scenario), ruleSet);
  const firedOnBriefed = new Set(briefed.assessment.findings.map((finding) => finding.ruleId));

  scenario.modelAnswer.findings.forEach((ruleId, index) => {
    if (!firedOnBriefed.has(ruleId)) {
      problems.push(`modelAnswer.findings[${index}]: "${ruleId}" does not fire on the briefed situation (starting answers + all injects)`);
    }
  });
  for (const finding of briefed.assessment.findings) {
    if (finding.severity === 'blocking' && !scenario.modelAnswer.findings.includes(finding.ruleId)) {
      problems.push(`modelAnswer.findings: the briefed situation has the blocking finding "${finding.ruleId}" (${finding.title}); list it`);
    }
  }
  if (model.assessment.verdict.outcome !== scenario.modelAnswer.verdict) {
    problems.push(
      `modelAnswer.verdict: the model solution gives "${model.assessment.verdict.outcome}", not "${scenario.modelAnswer.verdict}" (${model.assessment.verdict.reasons.join('; ')})`,
    );
  }
  scenario.modelAnswer.measures.forEach((measure, index) => {
    const where = `modelAnswer.measures[${index}] (${measure.fact})`;
    if (readAnswer(model.caseFile, measure.fact) !== 'yes') problems.push(`${where}: the model solution does not answer "yes"`);
    if (readAnswer(briefed.caseFile, measure.fact) === 'yes') {
      problems.push(`${where}: already "yes" in the briefed situation, so there is nothing to plan`);
    }
  });
  return problems;
}

function assess(answers: unknown, ruleSet: RuleSet): { caseFile: CaseFile; assessment: Assessment } {
  const caseFile = CaseFile.parse(answers);
  return { caseFile, assessment: evaluate(caseFile, ruleSet) };
}

/** The answer at a dotted path of a case file, e.g. "intervention.rescueTeam". */
export function readAnswer(caseFile: CaseFile, path: string): unknown {
  let value: unknown = caseFile;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
