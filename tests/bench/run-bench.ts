import { availableParallelism, loadavg } from 'node:os';
import { loadRuleSetFromDisk, readSeedLibrary } from '../../src/cli/disk.ts';
import { startAppServer, type AppServer } from '../e2e/support/server.ts';
import { failed, verdict, type BenchRow } from './bench-row.ts';
import { chunkRows, chunkSizes, FIRST_SCREEN_BUDGET } from './chunk-sizes.ts';
import { formatTable } from './format-table.ts';
import { lighthouseRows, lighthouseSkipped } from './lighthouse-scores.ts';
import { pdfRows } from './pdf-build.ts';
import { largestFixture, ruleRows } from './rule-evaluation.ts';
import { stepTransitions, TRANSITION_BUDGET, transitionRows } from './step-transition.ts';

/**
 * `npm run bench`: the budgets of issue 8, measured several times, as one table with median
 * and spread and PASS/FAIL per budget. Not part of `npm test` (tests do not time things);
 * run-bench.test.ts only checks that it runs on a tiny input.
 */
export interface BenchOptions {
  /** Repetitions of the Node timings of the rules. */
  runs: number;
  /** Synthetic rule counts, to show that evaluation time grows linearly. */
  sizes: number[];
  pdfRuns: number;
  /** Walks through the wizard after the first one (about a dozen transitions each). */
  transitionRounds: number;
  /** Lighthouse runs; 0 leaves Lighthouse out. */
  lighthouseRuns: number;
  /** Where progress goes while the bench runs (it takes minutes). */
  log?: (line: string) => void;
}

export const FULL: BenchOptions = { runs: 200, sizes: [1_000, 10_000], pdfRuns: 10, transitionRounds: 3, lighthouseRuns: 3 };
export const QUICK: BenchOptions = { runs: 3, sizes: [100], pdfRuns: 3, transitionRounds: 0, lighthouseRuns: 0 };

export async function runBench(options: BenchOptions): Promise<BenchRow[]> {
  const log = options.log ?? (() => {});
  const loaded = loadRuleSetFromDisk();
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const fixture = largestFixture();
  const library = readSeedLibrary();

  log('rules: load, check and evaluate');
  const rows = ruleRows(fixture, loaded.ruleSet, library, options);
  log('pdf: checklist PDF and a bare jsPDF document');
  rows.push(...pdfRows(fixture.name, fixture.caseFile, loaded.ruleSet, library, options.pdfRuns));

  log('bundle: vite build');
  let server: AppServer;
  try {
    server = await startAppServer({ logLevel: 'error' });
  } catch (error) {
    return [
      ...rows,
      failed('bundle', 'first screen: up-front JavaScript, gzip', error, { unit: 'kB', budget: FIRST_SCREEN_BUDGET }),
      failed('browser', 'step transition', error, { unit: 'ms', budget: TRANSITION_BUDGET }),
      ...lighthouseSkipped('the app did not build'),
    ];
  }
  try {
    try {
      rows.push(...chunkRows(await chunkSizes(server.outDir)));
    } catch (error) {
      rows.push(failed('bundle', 'first screen: up-front JavaScript, gzip', error, { unit: 'kB', budget: FIRST_SCREEN_BUDGET }));
    }
    log('browser: step transitions in Chromium');
    try {
      rows.push(...transitionRows(await stepTransitions(server.url, options.transitionRounds)));
    } catch (error) {
      rows.push(failed('browser', 'step transition', error, { unit: 'ms', budget: TRANSITION_BUDGET }));
    }
    if (options.lighthouseRuns > 0) {
      log(`lighthouse: ${options.lighthouseRuns} runs`);
      rows.push(...(await lighthouseRows(server.url, options.lighthouseRuns)));
    } else {
      rows.push(...lighthouseSkipped('--quick; run `npm run bench` for Lighthouse'));
    }
  } finally {
    await server.close();
  }
  return rows;
}

/** The last line: how many budgets pass. */
export function budgetSummary(rows: readonly BenchRow[]): string {
  const verdicts = rows.map(verdict).filter((word) => word !== '');
  const count = (word: string) => verdicts.filter((each) => each === word).length;
  return `budgets: ${count('PASS')} pass, ${count('FAIL')} fail, ${count('ERROR')} not measured, ${count('SKIP')} skipped`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  // Timings depend on what else the machine does: say how busy it was.
  const load = `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores when the bench started`;
  const rows = await runBench({ ...(quick ? QUICK : FULL), log: (line) => process.stderr.write(`bench: ${line}\n`) });
  process.stdout.write(
    [
      formatTable(rows),
      '',
      'kB = 1000 bytes; gzip = Node zlib, default level. Up-front: named by index.html or imported statically from such a file.',
      'Lighthouse: default mobile profile (simulated slow 4G, 4× CPU slowdown) against the build served by vite preview on 127.0.0.1.',
      load,
      budgetSummary(rows),
      '',
    ].join('\n'),
  );
}
