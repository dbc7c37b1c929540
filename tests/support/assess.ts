import { CaseFile, type CaseFileInput } from '../../src/domain/case.schema.ts';
import { evaluate } from '../../src/domain/evaluate.ts';
import type { RuleSet } from '../../src/domain/load-rules.ts';
import { VERDICTS, type Assessment, type Verdict } from '../../src/domain/assessment.schema.ts';
import { loadRuleSetFromDisk } from '../../src/cli/disk.ts';
import { mergeAnswers } from '../../src/machine/answers.ts';

type DeepPartial<T> = T extends readonly (infer U)[]
  ? U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type CaseOverrides = DeepPartial<Omit<CaseFileInput, 'schemaVersion'>>;

let ruleSet: RuleSet | undefined;
/** The real rule set from rules/, loaded once per test file. */
export function realRules(): RuleSet {
  if (!ruleSet) {
    const loaded = loadRuleSetFromDisk();
    if (!loaded.ok) throw new Error(`rule files do not load:\n${loaded.errors.join('\n')}`);
    ruleSet = loaded.ruleSet;
  }
  return ruleSet;
}

/** The real rule set cut down to the named modules. */
function onlyModules(modules: readonly string[]): RuleSet {
  const rules = realRules();
  return { ...rules, modules: rules.modules.filter((m) => modules.includes(m.module)) };
}

/** Answers merged left to right, as the wizard merges them: later parts win, lists replace. */
export function caseOf(...parts: CaseOverrides[]): CaseOverrides {
  return parts.reduce<Record<string, unknown>>(
    (all, part) => mergeAnswers(all, part as Record<string, unknown>),
    {},
  ) as CaseOverrides;
}

/** A case with only the given answers; everything else is unknown. */
export function caseWith(overrides: CaseOverrides): CaseFile {
  return CaseFile.parse(
    mergeAnswers({ schemaVersion: 1, operation: { codename: 'TEST CASE' } }, overrides as Record<string, unknown>),
  );
}

/** The case judged by every module of the real rule set. */
export function assess(overrides: CaseOverrides): Assessment {
  return evaluate(caseWith(overrides), realRules());
}

/** The case judged by the named modules alone, so the verdict they imply can be asserted exactly. */
export function assessByModules(modules: readonly string[], overrides: CaseOverrides): Assessment {
  return evaluate(caseWith(overrides), onlyModules(modules));
}

/** The verdict a finding of this severity implies on top of a baseline verdict. */
export function atLeast(baseline: Verdict, floor: Verdict): Verdict {
  return VERDICTS[Math.max(VERDICTS.indexOf(baseline), VERDICTS.indexOf(floor))] as Verdict;
}

// Reading an assessment.

export function findingIds(assessment: Assessment): string[] {
  return assessment.findings.map((finding) => finding.ruleId);
}

/** Rule ids of the findings of one module, whatever their severity. */
export const moduleFindingIds = (assessment: Assessment, module: string) =>
  assessment.findings.filter((finding) => finding.module === module).map((finding) => finding.ruleId);

/** The findings of one module that are more than context (severity other than info). */
export const moduleConcerns = (assessment: Assessment, module: string) =>
  assessment.findings.filter((finding) => finding.module === module && finding.severity !== 'info');

export const finding = (assessment: Assessment, ruleId: string) =>
  assessment.findings.find((entry) => entry.ruleId === ruleId);

export const risk = (assessment: Assessment, id: string) => assessment.riskRegister.find((entry) => entry.id === id);

export const riskIds = (assessment: Assessment) => assessment.riskRegister.map((entry) => entry.id);

export const entriesOf = (assessment: Assessment, ruleId: string) =>
  assessment.interventionPlan.entries.filter((entry) => entry.ruleId === ruleId);

export const checklistOf = (assessment: Assessment, ruleId: string) =>
  assessment.checklist.filter((entry) => entry.ruleId === ruleId);

export const checklistTexts = (assessment: Assessment) => assessment.checklist.map((entry) => entry.text);

export const openFact = (assessment: Assessment, fact: string) =>
  assessment.openQuestions.find((question) => question.fact === fact);

/** The rules that need the answer to this fact, or none when it is not asked. */
export const neededBy = (assessment: Assessment, fact: string) =>
  openFact(assessment, fact)?.neededBy.map((need) => need.ruleId) ?? [];

/** The facts the case still has to answer for one rule. */
export const questionFacts = (overrides: CaseOverrides, ruleId: string) =>
  assess(overrides)
    .openQuestions.filter((question) => question.neededBy.some((need) => need.ruleId === ruleId))
    .map((question) => question.fact);
