import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readRuleFiles, REPO_ROOT } from '../../src/cli/disk.ts';
import { readCaseFile } from '../../src/cli/read-case.ts';
import type { CaseFile } from '../../src/domain/case.schema.ts';
import type { SeedLibrary } from '../../src/domain/seed.schema.ts';
import { evaluate } from '../../src/domain/evaluate.ts';
import { loadRuleSet, type RuleSet } from '../../src/domain/load-rules.ts';
import { measure, type BenchRow, type Budget } from './bench-row.ts';

/** Issue 8: the full rule set on the largest fixture, median at most 2 ms. */
export const EVALUATION_BUDGET: Budget = { of: 'median', op: '≤', limit: 2 };

/** The largest example case: the one a real operation is most like to stress. */
export function largestFixture(): { name: string; caseFile: CaseFile } {
  const folder = join(REPO_ROOT, 'tests', 'fixtures');
  const [name] = readdirSync(folder)
    .filter((file) => file.endsWith('.case.json'))
    .sort((a, b) => statSync(join(folder, b)).size - statSync(join(folder, a)).size);
  if (!name) throw new Error('no case fixtures in tests/fixtures');
  const read = readCaseFile(join(folder, name));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return { name, caseFile: read.caseFile };
}

/** Copies of the real rules until there are `count`, as one synthetic module. */
export function syntheticRuleSet(real: RuleSet, count: number): RuleSet {
  const all = real.modules.flatMap((ruleModule) => ruleModule.rules);
  const rules = Array.from({ length: count }, (_, index) => {
    const rule = all[index % all.length]!;
    return { ...rule, id: `${rule.id}-${index}`, ...(rule.risk ? { risk: { ...rule.risk, id: `${rule.risk.id}-${index}` } } : {}) };
  });
  return { ...real, modules: [{ module: 'synthetic', title: 'Synthetic', version: '0.0.0', description: 'Bench.', rules }] };
}

/**
 * Loading and checking the rules, evaluating them on the largest fixture, and evaluating
 * `sizes` synthetic rules, whose time per rule should stay flat (linear growth).
 */
export function ruleRows(fixture: { name: string; caseFile: CaseFile }, ruleSet: RuleSet, library: SeedLibrary, options: { runs: number; sizes: readonly number[] }): BenchRow[] {
  const { name, caseFile } = fixture;
  const ruleCount = ruleSet.modules.reduce((total, ruleModule) => total + ruleModule.rules.length, 0);
  const files = readRuleFiles();
  const perRule = (row: BenchRow, rules: number): BenchRow => ({ ...row, note: `${((row.median * 1000) / rules).toFixed(2)} µs per rule` });
  const rows = [
    measure('rules', `load + check all ${ruleCount} rules (citations verified)`, options.runs, () => loadRuleSet(files, library)),
    perRule(measure('rules', `evaluate ${ruleCount} rules on ${name}`, options.runs, () => evaluate(caseFile, ruleSet), { budget: EVALUATION_BUDGET }), ruleCount),
  ];
  for (const size of options.sizes) {
    const synthetic = syntheticRuleSet(ruleSet, size);
    const runs = Math.max(5, Math.round((options.runs * 100) / size));
    rows.push(perRule(measure('rules', `evaluate ${size} synthetic rules on ${name}`, runs, () => evaluate(caseFile, synthetic)), size));
  }
  return rows;
}
