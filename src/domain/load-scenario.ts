import { formatIssues, formatPath } from './format-issues.ts';
import type { RuleSet } from './load-rules.ts';
import { citedParagraphs, howRuleReadsFact, indexRules, paragraphKey } from './rule-index.ts';
import { SCENARIO_VERSION, Scenario } from './scenario.schema.ts';

export type ScenarioLoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Far above any real scenario, small enough to keep a browser tab safe. */
export const MAX_SCENARIO_FILE_BYTES = 2_000_000;

/**
 * Text (or parsed JSON) of a scenario file → a valid scenario, or one line per
 * problem, each naming the file and the field: "sea.scenario.json: modelAnswer.verdict: …".
 *
 * With a rule set it also checks what the file refers to: every rule id in
 * `modelAnswer.findings` is a rule of the set; every `modelAnswer.sources`
 * paragraph is cited by a rule (so the debrief can quote it); every measure is a
 * question some rule reads (so a missed measure has a source to show). Whether the
 * model answer agrees with what the rules compute is checkModelAnswer's job.
 */
export function loadScenario(json: unknown, fileName: string, ruleSet?: RuleSet): ScenarioLoadResult {
  const fail = (errors: string[]): ScenarioLoadResult => ({ ok: false, errors: errors.map((line) => `${fileName}: ${line}`) });
  let value = json;
  if (typeof json === 'string') {
    if (json.length > MAX_SCENARIO_FILE_BYTES) {
      return fail([`file is too large (over ${MAX_SCENARIO_FILE_BYTES / 1_000_000} MB) to be a scenario`]);
    }
    try {
      value = JSON.parse(json) as unknown;
    } catch (error) {
      return fail([`not valid JSON (${(error as Error).message})`]);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(['(whole file): a scenario file must be a JSON object']);
  }
  const version = (value as { scenarioVersion?: unknown }).scenarioVersion;
  if (typeof version === 'number' && version > SCENARIO_VERSION) {
    return fail([
      `scenarioVersion: this scenario was made for a newer version of SIT Risk Wizard (scenario format ${version}); this version reads format ${SCENARIO_VERSION}. Update the app to open it.`,
    ]);
  }
  const parsed = Scenario.safeParse(value, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'is required but missing' : undefined),
  });
  if (!parsed.success) return fail(formatIssues(parsed.error));
  const problems = ruleSet ? checkReferences(parsed.data, ruleSet) : [];
  return problems.length > 0 ? fail(problems) : { ok: true, scenario: parsed.data };
}

/** What the scenario names must exist in the rule set. One line per problem, with its field. */
export function checkReferences(scenario: Scenario, ruleSet: RuleSet): string[] {
  const rules = indexRules(ruleSet);
  const cited = citedParagraphs(ruleSet);
  const problems: string[] = [];
  scenario.modelAnswer.findings.forEach((ruleId, index) => {
    if (!rules.has(ruleId)) {
      problems.push(`${formatPath(['modelAnswer', 'findings', index])}: "${ruleId}" is not a rule of the rule set`);
    }
  });
  scenario.modelAnswer.sources.forEach((source, index) => {
    if (!ruleSet.papers.some((paper) => paper.id === source.doc)) {
      problems.push(`${formatPath(['modelAnswer', 'sources', index, 'doc'])}: "${source.doc}" is not a source paper`);
    } else if (!cited.has(paragraphKey(source))) {
      problems.push(
        `${formatPath(['modelAnswer', 'sources', index])}: ${source.doc} para ${source.para} is not cited by any rule, so the debrief has no excerpt to quote`,
      );
    }
  });
  scenario.modelAnswer.measures.forEach((measure, index) => {
    if (![...rules.values()].some(({ rule }) => howRuleReadsFact(rule, measure.fact) !== undefined)) {
      problems.push(
        `${formatPath(['modelAnswer', 'measures', index, 'fact'])}: no rule reads "${measure.fact}", so a missed measure would have no source`,
      );
    }
  });
  return problems;
}
