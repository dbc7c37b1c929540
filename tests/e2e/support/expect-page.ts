// One-line assertions for journey tests, with failure messages that say what to fix.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations, type AxeCheckOptions } from './axe.ts';
import type { WatchedPage } from './browser.ts';

/** No request left localhost, nothing was logged as an error, nothing was thrown. */
export function expectNoProblems(watched: WatchedPage): void {
  expect(watched.problems(), 'the page left localhost or reported errors').toEqual([]);
}

/** axe-core finds no WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoAxeViolations(page: Page, options?: AxeCheckOptions): Promise<void> {
  const violations = await axeViolations(page, options);
  expect(violations, formatViolations(violations)).toEqual([]);
}
