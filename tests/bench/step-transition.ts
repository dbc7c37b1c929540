import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { choose, expectStep, fill, stateCard, tick } from '../e2e/support/wizard.ts';
import { summarize, type BenchRow, type Budget } from './bench-row.ts';

/** Issue 8: click "next" to next step rendered, p95 at most 16 ms (one frame at 60 Hz). */
export const TRANSITION_BUDGET: Budget = { of: 'p95', op: '≤', limit: 16 };

/**
 * An investigator reads a step before moving on. The pause also lets the autosave (250 ms after
 * a change, src/app/draft-session.ts) finish, so it does not land inside the next measurement.
 */
const PAUSE_MS = 400;
const FIRST_STEP = 'Operation and states';
const LAST_STEP = 'Export';

export interface Transition {
  from: string;
  to: string;
  /** Click → the new h1 is in the DOM, styled and laid out (forced by reading its box). */
  layoutMs: number;
  /** Click → the next animation frame after that: adds the wait for the frame. */
  frameMs: number;
}

/**
 * The answers a short informant assessment needs before its step lets the user go on (as in
 * tests/e2e/keyboard-only.e2e.test.ts); every later step continues without any.
 */
const ANSWER: Record<string, (page: Page) => Promise<void>> = {
  [FIRST_STEP]: async (page) => {
    const main = page.getByRole('main');
    await fill(main, 'Operation codename (never a real name)', 'SILVER TERN');
    await main.getByRole('button', { name: 'Add a state', exact: true }).click();
    const state = stateCard(page, 1);
    await fill(state, 'State', 'Ruritania');
    await choose(state, 'Does the law of this state permit the use of informants?', 'Permitted');
    await choose(state, 'Has authorisation for the operation been obtained in this state?', 'Yes');
  },
  'People at risk': async (page) => {
    await choose(page.getByRole('main'), 'Will migrants be physically present during the operation?', 'No');
    await choose(page.getByRole('main'), 'Is there a risk to the life of migrants, officers or others?', 'No');
  },
  Techniques: (page) => tick(page.getByRole('main'), 'Which special investigative techniques are planned?', 'Informant'),
  Informant: async (page) => {
    await fill(page.getByRole('main'), 'Informant codename (never the real name)', 'SPARROW');
    await choose(page.getByRole('main'), 'Is the informant under 18?', 'No');
  },
};

/**
 * Walks the built app from the first step to the export in real Chromium, timing every
 * "Continue" inside the page; then `rounds` more times from the first step, reopened from the
 * progress list. The first walk fills in the answers and includes the cold first render of
 * every step, as a user meets it.
 */
export async function stepTransitions(url: string, rounds: number): Promise<Transition[]> {
  const browser = await launchBrowser();
  try {
    const { page } = await browser.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Start a new assessment', exact: true }).click();
    await expectStep(page, FIRST_STEP);
    const transitions = await walkToExport(page, true);
    for (let round = 0; round < rounds; round++) {
      await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: new RegExp(`^${FIRST_STEP}`) }).click();
      await expectStep(page, FIRST_STEP);
      transitions.push(...(await walkToExport(page, false)));
    }
    return transitions;
  } finally {
    await browser.close();
  }
}

async function walkToExport(page: Page, answer: boolean): Promise<Transition[]> {
  const transitions: Transition[] = [];
  for (let guard = 0; guard < 30; guard++) {
    const title = (await page.getByRole('main').getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    if (title === LAST_STEP) return transitions;
    if (answer) await ANSWER[title]?.(page);
    await page.waitForTimeout(PAUSE_MS);
    const result = (await page.evaluate(TIMED_CONTINUE)) as Transition | { error: string };
    if ('error' in result) throw new Error(result.error);
    transitions.push(result);
  }
  throw new Error(`never reached the "${LAST_STEP}" step`);
}

/**
 * Runs in the page. A string, not a function: tsx would wrap named functions in a helper the
 * page does not have. Times from just before the click on the step's main button ("Save and
 * continue", "Continue", "Continue to export") until the h1 shows another title, is laid out,
 * and the next animation frame starts. Only a button on screen counts: the step after is
 * prepared hidden in the page (src/features/wizard/step-view.tsx), with buttons of its own. A
 * MutationObserver sees the change as soon as it is made, whether React commits during the click
 * or after the form's asynchronous validation.
 */
const TIMED_CONTINUE = `new Promise((resolve) => {
  const heading = () => document.querySelector('main h1');
  const from = (heading()?.textContent ?? '').trim();
  const buttons = [...document.querySelectorAll('main button')].filter((b) => b.checkVisibility({ visibilityProperty: true }));
  const button = buttons.reverse().find((b) => /^(Save and continue|Continue)\\b/.test((b.textContent ?? '').trim()));
  if (!button) return resolve({ error: 'no Continue button on the step "' + from + '"' });
  let start = 0;
  const timer = setTimeout(() => {
    observer.disconnect();
    const alert = document.querySelector('main [role="alert"]');
    resolve({ error: 'still on the step "' + from + '" 5 s after Continue' + (alert ? ': ' + alert.textContent : '') });
  }, 5000);
  const observer = new MutationObserver(() => {
    const h1 = heading();
    const to = (h1?.textContent ?? '').trim();
    if (!h1 || to === from) return;
    h1.getBoundingClientRect();
    const layoutMs = performance.now() - start;
    observer.disconnect();
    clearTimeout(timer);
    requestAnimationFrame(() => resolve({ from, to, layoutMs, frameMs: performance.now() - start }));
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  start = performance.now();
  button.click();
})`;

/** The budgeted row (to laid out) and, for context, the time to the next frame. */
export function transitionRows(transitions: readonly Transition[]): BenchRow[] {
  const slowest = [...transitions].sort((a, b) => b.layoutMs - a.layoutMs)[0];
  const steps = new Set(transitions.map((transition) => transition.from)).size;
  return [
    {
      area: 'browser',
      what: `click Continue → next step's h1 in the DOM, laid out`,
      unit: 'ms',
      ...summarize(transitions.map((transition) => transition.layoutMs)),
      budget: TRANSITION_BUDGET,
      note: `${steps} steps; slowest: ${slowest?.from} → ${slowest?.to} ${slowest?.layoutMs.toFixed(1)} ms`,
    },
    {
      area: 'browser',
      what: 'click Continue → next animation frame',
      unit: 'ms',
      ...summarize(transitions.map((transition) => transition.frameMs)),
      note: 'adds the wait for the next frame (up to 16.7 ms at 60 Hz)',
    },
  ];
}
