import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRuleSetFromDisk, readRuleFiles, readSeedLibrary, REPO_ROOT } from '../../src/cli/disk.ts';
import { readCaseFile } from '../../src/cli/read-case.ts';
import type { CaseFile } from '../../src/domain/case.schema.ts';
import { evaluate } from '../../src/domain/evaluate.ts';
import { loadRuleSet, type RuleSet } from '../../src/domain/load-rules.ts';
import { pdfBuildTask } from '../../src/pdf/bench-task.ts';

/**
 * `npm run bench`: speed of the rule core. Prints median and spread over repeated
 * runs. Not part of `npm test`; tests only check that it runs (`--quick`).
 */
export interface BenchRow {
  what: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Rules evaluated per run, to show that time grows linearly with the rule count. */
  rules?: number;
}

export function measure(what: string, runs: number, task: () => void): BenchRow {
  task(); // warm-up: the first run pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    what,
    runs,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    minMs: times[0] ?? 0,
    maxMs: times[times.length - 1] ?? 0,
  };
}

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

export function runBench(options: { runs: number; sizes: number[] }): BenchRow[] {
  const loaded = loadRuleSetFromDisk();
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const ruleSet = loaded.ruleSet;
  const ruleCount = ruleSet.modules.reduce((total, ruleModule) => total + ruleModule.rules.length, 0);
  const { name, caseFile } = largestFixture();
  const files = readRuleFiles();
  const library = readSeedLibrary();
  const rows = [
    measure(`load + check all ${ruleCount} rules (citations verified)`, options.runs, () => loadRuleSet(files, library)),
    { ...measure(`evaluate ${ruleCount} rules on ${name}`, options.runs, () => evaluate(caseFile, ruleSet)), rules: ruleCount },
    measure(`build the PDF of ${name}`, Math.max(3, Math.round(options.runs / 20)), pdfBuildTask(caseFile, ruleSet, library)),
  ];
  for (const size of options.sizes) {
    const synthetic = syntheticRuleSet(ruleSet, size);
    const runs = Math.max(5, Math.round((options.runs * 100) / size));
    rows.push({ ...measure(`evaluate ${size} synthetic rules on ${name}`, runs, () => evaluate(caseFile, synthetic)), rules: size });
  }
  return rows;
}

export function formatTable(rows: BenchRow[]): string {
  const header = ['what', 'runs', 'median ms', 'min ms', 'max ms', 'µs per rule'];
  const body = rows.map((row) => [
    row.what,
    String(row.runs),
    row.medianMs.toFixed(3),
    row.minMs.toFixed(3),
    row.maxMs.toFixed(3),
    row.rules ? ((row.medianMs * 1000) / row.rules).toFixed(2) : '',
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const rows = runBench(quick ? { runs: 3, sizes: [100] } : { runs: 200, sizes: [1_000, 10_000] });
  process.stdout.write(`${formatTable(rows)}\n`);
}
