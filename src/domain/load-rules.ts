import type { z } from 'zod';
import { factCatalogue, type FactInfo } from './fact-paths.ts';
import { normaliseWhitespace } from './paragraphs.ts';
import { RuleModule, type Condition, type Leaf, type Rule } from './rule.schema.ts';
import type { Paper, SeedLibrary } from './seed.schema.ts';
import { formatIssues } from './format-issues.ts';
import { readJsonObject } from './read-json.ts';

export interface RuleFile {
  /** Shown in messages, e.g. "rules/children.rules.json". */
  name: string;
  /** Raw file text, or already-parsed JSON. */
  content: unknown;
}

export interface RuleSet {
  modules: RuleModule[];
  /** The source papers the rules cite, for citation labels. */
  papers: Paper[];
  /** "module@version" of every module, sorted: says which rules produced an assessment. */
  version: string;
}

export type LoadResult = { ok: true; ruleSet: RuleSet } | { ok: false; errors: string[] };

/**
 * Reads and checks rule modules. Fails with one clear line per problem when a
 * file is not valid JSON, does not match the rule schema, reads a fact the case
 * file does not have, compares a fact with a value it can never take, or cites a
 * paragraph that does not exist or does not contain the quoted excerpt.
 */
export interface LoadOptions {
  /**
   * Check each citation against the text of the papers. The browser skips it to keep
   * the papers' full text out of the first screen; `npm test` and the CLI always check.
   */
  checkExcerpts: boolean;
}

export function loadRuleSet(files: RuleFile[], library: SeedLibrary, options: LoadOptions = { checkExcerpts: true }): LoadResult {
  const errors: string[] = [];
  const modules: RuleModule[] = [];
  const seenRules = new Map<string, string>();
  const seenModules = new Set<string>();

  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const json = parseJson(file, errors);
    if (json === undefined) continue;
    const parsed = RuleModule.safeParse(json);
    if (!parsed.success) {
      errors.push(...formatIssues(parsed.error).map((line) => `${file.name}: ${line}`));
      continue;
    }
    const ruleModule = parsed.data;
    if (seenModules.has(ruleModule.module)) {
      errors.push(`${file.name}: module id "${ruleModule.module}" is used by another file`);
    }
    seenModules.add(ruleModule.module);
    if (!file.name.endsWith(`${ruleModule.module}.rules.json`)) {
      errors.push(`${file.name}: module "${ruleModule.module}" must live in ${ruleModule.module}.rules.json`);
    }
    ruleModule.rules.forEach((rule, index) => {
      const where = `${file.name}: rules[${index}] (${rule.id})`;
      const other = seenRules.get(rule.id);
      if (other) errors.push(`${where}: rule id is already used in ${other}`);
      seenRules.set(rule.id, file.name);
      errors.push(...checkRule(rule, library, options).map((problem) => `${where} ${problem}`));
    });
    modules.push(ruleModule);
  }

  if (errors.length > 0) return { ok: false, errors };
  const version = modules
    .map((ruleModule) => `${ruleModule.module}@${ruleModule.version}`)
    .sort()
    .join(' ');
  return { ok: true, ruleSet: { modules, papers: library.papers, version } };
}

function parseJson(file: RuleFile, errors: string[]): unknown {
  const read = readJsonObject(file.content, 'rule module');
  if (read.ok) return read.value;
  errors.push(`${file.name}: ${read.error}`);
  return undefined;
}

function checkRule(rule: Rule, library: SeedLibrary, options: LoadOptions): string[] {
  const problems: string[] = [];
  if (rule.appliesWhen) checkCondition(rule.appliesWhen, 'appliesWhen', problems);
  checkCondition(rule.when, 'when', problems);
  rule.intervention.forEach((entry, index) => {
    if (entry.coveredBy) checkFactPath(entry.coveredBy, `intervention[${index}].coveredBy`, problems);
  });
  rule.risk?.mitigations.forEach((mitigation, index) => {
    checkFactPath(mitigation.fact, `risk.mitigations[${index}].fact`, problems);
  });
  rule.citations.forEach((citation, index) => {
    const where = `citations[${index}]`;
    if (!library.papers.some((paper) => paper.id === citation.doc)) {
      problems.push(`${where}.doc: "${citation.doc}" is not a source paper in seeds/index.json`);
      return;
    }
    if (!options.checkExcerpts) return;
    const paper = library.paragraphs[citation.doc] ?? {};
    const paragraph = paper[String(citation.para)];
    if (paragraph === undefined) {
      problems.push(`${where}.para: ${citation.doc} has no paragraph ${citation.para}`);
      return;
    }
    if (!normaliseWhitespace(paragraph).includes(normaliseWhitespace(citation.excerpt))) {
      problems.push(
        `${where}.excerpt: not found verbatim in ${citation.doc} para ${citation.para}: "${citation.excerpt.slice(0, 80)}"`,
      );
    }
  });
  return problems;
}

function checkFactPath(path: string, where: string, problems: string[]): FactInfo | undefined {
  const info = factCatalogue().get(path);
  if (!info) problems.push(`${where}: "${path}" is not a fact of the case file`);
  return info;
}

function checkCondition(condition: Condition, where: string, problems: string[]): void {
  if ('all' in condition) {
    condition.all.forEach((child, index) => checkCondition(child, `${where}.all[${index}]`, problems));
  } else if ('any' in condition) {
    condition.any.forEach((child, index) => checkCondition(child, `${where}.any[${index}]`, problems));
  } else if ('not' in condition) {
    checkCondition(condition.not, `${where}.not`, problems);
  } else {
    const info = checkFactPath(condition.fact, `${where}.fact`, problems);
    if (info) checkLeafValue(condition, info.schema, `${where}.value`, problems);
  }
}

/** The value a leaf compares with must be one the fact can actually take. */
function checkLeafValue(leaf: Leaf, schema: z.ZodType, where: string, problems: string[]): void {
  const kind = schema._zod.def.type;
  const element = kind === 'array' ? (schema._zod.def as unknown as { element: z.ZodType }).element : undefined;
  const fits = (target: z.ZodType, value: unknown) => target.safeParse(value).success;
  const fail = (what: string) => problems.push(`${where}: ${what} (fact ${leaf.fact}, op ${leaf.op})`);
  if (leaf.value === 'unknown' || (Array.isArray(leaf.value) && leaf.value.includes('unknown'))) {
    fail('do not compare with "unknown": unanswered facts already become open questions');
    return;
  }
  switch (leaf.op) {
    case 'eq':
    case 'ne':
      if (kind === 'array') fail('use includes/excludes on a list');
      else if (!fits(schema, leaf.value)) fail(`${JSON.stringify(leaf.value)} is not a possible value`);
      return;
    case 'in':
    case 'notIn':
      if (!Array.isArray(leaf.value) || leaf.value.length === 0) fail('needs a non-empty list');
      else if (leaf.value.some((value) => !fits(schema, value))) fail('list has an impossible value');
      return;
    case 'includes':
    case 'excludes':
      if (!element) fail('only works on a list fact');
      else if (!fits(element, leaf.value)) fail(`${JSON.stringify(leaf.value)} can never be in this list`);
      return;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      if (kind !== 'number' || typeof leaf.value !== 'number') fail('needs a number fact and a number');
      return;
    case 'isEmpty':
    case 'isNotEmpty':
      if (kind !== 'array' && !fits(schema, '')) fail('only works on a list or text fact');
      if (leaf.value !== undefined) fail('takes no value');
      return;
  }
}
