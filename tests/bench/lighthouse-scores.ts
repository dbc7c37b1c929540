import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { failed, skipped, summarize, type BenchRow, type Budget } from './bench-row.ts';

/** Issue 8: performance ≥ 95, accessibility 100, best practices ≥ 95. */
export const LIGHTHOUSE_BUDGETS = {
  performance: { of: 'median', op: '≥', limit: 95 },
  accessibility: { of: 'median', op: '≥', limit: 100 },
  'best-practices': { of: 'median', op: '≥', limit: 95 },
} as const satisfies Record<string, Budget>;

type Category = keyof typeof LIGHTHOUSE_BUDGETS;
const CATEGORIES = Object.keys(LIGHTHOUSE_BUDGETS) as Category[];
const TITLES: Record<Category, string> = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices' };

interface Run {
  scores: Record<Category, number>;
  /** Lighthouse's own words for what cost points: metric values and failed audits. */
  notes: Record<Category, string>;
}

/**
 * Lighthouse (its default mobile profile: emulated phone, simulated slow 4G and CPU) against
 * the served build, `runs` times, each in a fresh Debian Chromium; the median score of each
 * category. When Lighthouse cannot run, the rows say why and the bench goes on.
 */
export async function lighthouseRows(url: string, runs: number): Promise<BenchRow[]> {
  try {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
    const results: Run[] = [];
    for (let run = 0; run < runs; run++) results.push(await lighthouseOnce(url));
    return CATEGORIES.map((category) => {
      const scores = results.map((result) => result.scores[category]);
      const summary = summarize(scores);
      const medianRun = results.find((result) => result.scores[category] === summary.median) ?? results[0]!;
      return { area: 'lighthouse', what: TITLES[category], unit: '', ...summary, budget: LIGHTHOUSE_BUDGETS[category], note: medianRun.notes[category] };
    });
  } catch (error) {
    return CATEGORIES.map((category) => failed('lighthouse', TITLES[category], error, { budget: LIGHTHOUSE_BUDGETS[category] }));
  }
}

/** The Lighthouse rows when it is left out on purpose. */
export function lighthouseSkipped(reason: string): BenchRow[] {
  return CATEGORIES.map((category) => skipped('lighthouse', TITLES[category], reason, { budget: LIGHTHOUSE_BUDGETS[category] }));
}

async function lighthouseOnce(url: string): Promise<Run> {
  // Loaded here, not at the top: the bench test and --quick never load Lighthouse.
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  // Debian's Chromium with the e2e flags; never a browser download.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS], logLevel: 'error' });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {} as Record<Category, number>;
    const notes = {} as Record<Category, string>;
    for (const category of CATEGORIES) {
      const score = lhr.categories[category]?.score;
      if (typeof score !== 'number') throw new Error(`Lighthouse gave no ${category} score`);
      scores[category] = Math.round(score * 100);
      const failing = (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
        .map((ref) => {
          const audit = lhr.audits[ref.id]!;
          return audit.displayValue ? `${ref.id} ${audit.displayValue}` : ref.id;
        });
      notes[category] = failing.length > 0 ? `below 90: ${failing.join(', ')}` : '';
    }
    return { scores, notes };
  } finally {
    chrome.kill();
  }
}
