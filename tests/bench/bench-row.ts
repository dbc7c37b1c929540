import { performance } from 'node:perf_hooks';

/** Which part of the product a row measures; the table groups rows by it. */
export type BenchArea = 'bundle' | 'rules' | 'pdf' | 'browser' | 'lighthouse';

/** A limit from issue 8, checked against the median or the 95th percentile. */
export interface Budget {
  of: 'median' | 'p95';
  /** '≤' for times and sizes, '≥' for scores. */
  op: '≤' | '≥';
  limit: number;
}

/** One line of the bench table. */
export interface BenchRow {
  area: BenchArea;
  what: string;
  /** How many samples the numbers summarise; 1 for a fixed quantity such as a file size. */
  runs: number;
  /** 'ms', 'kB' (1000 bytes, gzip unless the row says otherwise), '×' for a ratio, '' for a score. */
  unit: string;
  median: number;
  min: number;
  max: number;
  p95: number;
  budget?: Budget;
  /** Extra facts: raw size, time per rule, the slowest step, why a measurement is missing. */
  note?: string;
  /** The measurement could not be made; the other numbers mean nothing then. */
  error?: string;
  /** The measurement was left out on purpose (e.g. Lighthouse in `--quick`). */
  skipped?: string;
}

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p95: number;
}

/** Median, min, max and the 95th percentile (nearest rank) of some samples. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (index: number) => sorted[Math.min(sorted.length - 1, Math.max(0, index))] ?? 0;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
  return { runs: sorted.length, median, min: at(0), max: at(sorted.length - 1), p95: at(Math.ceil(sorted.length * 0.95) - 1) };
}

/** A row for one fixed number, such as a file size: no spread. */
export function single(area: BenchArea, what: string, unit: string, value: number, extra: Partial<BenchRow> = {}): BenchRow {
  return { area, what, unit, runs: 1, median: value, min: value, max: value, p95: value, ...extra };
}

/** A row saying why a measurement is missing, so the bench goes on with the rest. */
export function failed(area: BenchArea, what: string, error: unknown, extra: Partial<BenchRow> = {}): BenchRow {
  const message = error instanceof Error ? error.message : String(error);
  return { ...single(area, what, '', 0), runs: 0, ...extra, error: message.split('\n')[0]!.trim() };
}

/** A row for a measurement left out on purpose. */
export function skipped(area: BenchArea, what: string, reason: string, extra: Partial<BenchRow> = {}): BenchRow {
  return { ...single(area, what, '', 0), runs: 0, ...extra, skipped: reason };
}

/** Whether the row holds numbers (it was neither skipped nor failed). */
export function measured(row: BenchRow): boolean {
  return row.error === undefined && row.skipped === undefined;
}

/** PASS, FAIL, or '' when the row has no budget; ERROR or SKIP when it holds no numbers. */
export function verdict(row: BenchRow): 'PASS' | 'FAIL' | 'ERROR' | 'SKIP' | '' {
  if (row.skipped !== undefined) return row.budget ? 'SKIP' : '';
  if (row.error !== undefined) return row.budget ? 'ERROR' : '';
  if (!row.budget) return '';
  const value = row.budget.of === 'median' ? row.median : row.p95;
  return (row.budget.op === '≤' ? value <= row.budget.limit : value >= row.budget.limit) ? 'PASS' : 'FAIL';
}

/** Times `task` in Node after one warm-up run (the first run pays for JIT compilation). */
export function measure(area: BenchArea, what: string, runs: number, task: () => unknown, extra: Partial<BenchRow> = {}): BenchRow {
  task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return { area, what, unit: 'ms', ...summarize(times), ...extra };
}
