// axe-core in the page under test, limited to WCAG 2.1 A and AA (issue 5 and 8: zero violations
// on every step). Plain Node, no Vitest, so a bench or audit script can reuse it.
import axe from 'axe-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_21_AA_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface A11yViolation {
  /** axe rule id, e.g. `label`, `color-contrast`. */
  id: string;
  impact: ImpactValue | null;
  /** One-line description of what is wrong. */
  help: string;
  helpUrl: string;
  /** CSS selector of each offending element. */
  targets: string[];
  /** axe's "Fix any of the following: ..." for the first offending element. */
  fix: string;
}

export interface AxeCheckOptions {
  /** CSS selector to check instead of the whole document. */
  include?: string;
  /** axe rule ids to skip; say why next to the call. */
  disableRules?: string[];
}

type AxeInPage = { axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> } };

async function injectAxe(page: Page): Promise<void> {
  const hasAxe = () => page.evaluate(() => (window as unknown as AxeInPage).axe !== undefined);
  if (await hasAxe()) return;
  // Not `page.addScriptTag({ content })`: the Content-Security-Policy issue 8 asks for blocks
  // inline scripts, and the blocked attempt logs a console error that would fail the journey's
  // "no console errors" check. A function evaluated through the DevTools protocol is governed by
  // no CSP, makes no request and logs nothing.
  await page.evaluate(new Function(axe.source) as () => void);
  if (!(await hasAxe())) throw new Error('axe-core could not be injected into the page');
}

/** Runs axe on the page as it is now and returns its WCAG 2.1 A/AA violations. */
export async function axeViolations(
  page: Page,
  options: AxeCheckOptions = {},
): Promise<A11yViolation[]> {
  await injectAxe(page);
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: [...WCAG_21_AA_TAGS] },
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(
    ({ include, runOptions }) => {
      const inPage = (window as unknown as AxeInPage).axe;
      if (!inPage) throw new Error('axe-core is not loaded');
      return inPage.run(include ?? document, runOptions).then((results) => results.violations);
    },
    { include: options.include, runOptions },
  );
  return violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    helpUrl: violation.helpUrl,
    // A target is a selector, or a chain of them through shadow roots and iframes.
    targets: violation.nodes.map((node) =>
      node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' >>> '),
    ),
    fix: (violation.nodes[0]?.failureSummary ?? '').replace(/\s*\n\s*/g, ' ').trim(),
  }));
}

/** One paragraph per violation, written to be read in a failed assertion. */
export function formatViolations(violations: readonly A11yViolation[]): string {
  if (violations.length === 0) return 'no accessibility violations';
  const lines = violations.map((v) => {
    const where = v.targets.slice(0, 3).join(', ') + (v.targets.length > 3 ? ', …' : '');
    return [
      `- ${v.id} [${v.impact ?? 'unknown impact'}]: ${v.help}`,
      `    on ${v.targets.length} element(s): ${where}`,
      `    ${v.fix}`,
      `    ${v.helpUrl}`,
    ].join('\n');
  });
  return `${violations.length} accessibility violation(s) (WCAG 2.1 A/AA):\n${lines.join('\n')}`;
}
