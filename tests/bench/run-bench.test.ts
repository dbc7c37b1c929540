import { describe, expect, it } from 'vitest';
import { formatTable, runBench } from './run-bench.ts';

describe('npm run bench', () => {
  it('runs on a tiny input and prints a table with every measurement', () => {
    const rows = runBench({ runs: 2, sizes: [50] });
    expect(rows.map((row) => row.what)).toEqual([
      expect.stringContaining('load + check all'),
      expect.stringContaining('evaluate'),
      expect.stringContaining('build the PDF of'),
      expect.stringContaining('evaluate 50 synthetic rules'),
    ]);
    expect(rows.every((row) => row.minMs <= row.medianMs && row.medianMs <= row.maxMs)).toBe(true);
    expect(formatTable(rows).split('\n')).toHaveLength(6);
  });
});
