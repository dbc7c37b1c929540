import { formatIssues, formatPath } from './format-issues.ts';
import type { RuleSet } from './load-rules.ts';
import { migrateJson, type VersionedFormat } from './migrate.ts';
import { readJsonObject, tidyMessages } from './read-json.ts';
import { citedParagraphs, howRuleReadsFact, indexRules, paragraphKey } from './rule-index.ts';
import { SCENARIO_VERSION, Scenario } from './scenario.schema.ts';

export type ScenarioLoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

/** Far above any real scenario, small enough to keep a browser tab safe. */
export const MAX_SCENARIO_FILE_BYTES = 2_000_000;

// Scenario format 1 is the first there has been: nothing older to migrate.
const SCENARIO_VERSIONS: VersionedFormat = { field: 'scenarioVersion', name: 'scenario', oldest: 1, current: SCENARIO_VERSION, migrations: [] };

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
  const fail = (errors: string[]): ScenarioLoadResult => ({ ok: false, errors: tidyMessages(errors).map((line) => `${fileName}: ${line}`) });
  const read = readJsonObject(json, 'scenario file', MAX_SCENARIO_FILE_BYTES);
  if (!read.ok) return fail([read.error]);
  const migrated = migrateJson(read.value, SCENARIO_VERSIONS);
  if (!migrated.ok) return fail([migrated.error]);
  const parsed = Scenario.safeParse(migrated.json, {
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
