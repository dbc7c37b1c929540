import { describe, expect, it } from 'vitest';
import { measured, summarize, verdict } from './bench-row.ts';
import { firstScreenReferences } from './chunk-sizes.ts';
import { formatTable } from './format-table.ts';
import { runBench } from './run-bench.ts';

describe('npm run bench', () => {
  // Builds the app and walks it once in Chromium; Lighthouse is left out (it takes minutes).
  it('runs on a tiny input and prints a table with every measurement', { timeout: 90_000 }, async () => {
    const rows = await runBench({ runs: 2, sizes: [50], pdfRuns: 1, transitionRounds: 0, lighthouseRuns: 0 });

    expect(rows.filter((row) => row.error !== undefined).map((row) => `${row.what}: ${row.error}`)).toEqual([]);
    expect(rows.filter((row) => row.skipped !== undefined).map((row) => row.area)).toEqual(['lighthouse', 'lighthouse', 'lighthouse']);
    const budgeted = rows.filter((row) => row.budget && measured(row)).map((row) => row.what);
    expect(budgeted).toEqual([
      expect.stringContaining('evaluate'),
      expect.stringContaining('PDF build / bare jsPDF'),
      expect.stringContaining('first screen: up-front JavaScript'),
      expect.stringContaining('click Continue'),
    ]);
    expect(rows.filter(measured).every((row) => row.min <= row.median && row.median <= row.max && row.p95 <= row.max)).toBe(true);
    expect(rows.filter((row) => row.budget && measured(row)).every((row) => ['PASS', 'FAIL'].includes(verdict(row)))).toBe(true);

    // The app's entry script is up-front; at least one chunk (the PDF export) loads lazily.
    const chunks = rows.filter((row) => row.area === 'bundle' && /\.(js|css)$/.test(row.what));
    expect(chunks.some((row) => row.what.startsWith('up-front') && row.what.endsWith('.js'))).toBe(true);
    expect(chunks.some((row) => row.what.startsWith('lazy'))).toBe(true);
    // Every Continue of the walk from the first step to the export was timed.
    const transitions = rows.find((row) => row.what.startsWith('click Continue'));
    expect(transitions?.runs).toBeGreaterThanOrEqual(10);

    const table = formatTable(rows).split('\n');
    expect(table).toHaveLength(rows.length + 2);
    expect(table[0]).toMatch(/^area +measurement +runs +median +min–max +p95 +budget +result +note$/);
  });
});

describe('bench helpers', () => {
  it('summarises samples with the median and the nearest-rank 95th percentile', () => {
    const samples = Array.from({ length: 40 }, (_, index) => 40 - index);
    expect(summarize(samples)).toEqual({ runs: 40, median: 20.5, min: 1, max: 40, p95: 38 });
    expect(summarize([3])).toEqual({ runs: 1, median: 3, min: 3, max: 3, p95: 3 });
  });

  it('finds what index.html loads for the first screen, in any attribute order', () => {
    const html = `<script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link href="/assets/index-c.css" rel="stylesheet">
      <link rel="icon" href="/favicon.svg">
      <script src="https://example.org/x.js"></script>`;
    expect(firstScreenReferences(html)).toEqual(['/assets/index-a.js', '/assets/vendor-b.js', '/assets/index-c.css']);
  });
});
