// Moving through the wizard the way a user does: by headings, labels and button names only, so a
// journey breaks when what the user reads changes, not when markup does.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

const scratch = fileURLToPath(new URL('../../../.scratch/', import.meta.url));

/** Full-page screenshot in `.scratch/e2e-<name>.png` (git-ignored), to look at as a user would. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(scratch, { recursive: true });
  await page.screenshot({ path: join(scratch, `e2e-${name}.png`), fullPage: true });
}

/** The step's main heading: every step has exactly one level-1 heading, its title. */
export function stepHeading(page: Page, title: string): Locator {
  return page.getByRole('main').getByRole('heading', { level: 1, name: title, exact: true });
}

/** Waits until the wizard shows the step titled `title`. */
export async function expectStep(page: Page, title: string): Promise<void> {
  await stepHeading(page, title).waitFor();
}

/** The question asked as a group of choices (a fieldset with its legend), anywhere in `scope`. */
export function question(scope: Page | Locator, text: string): Locator {
  return scope.getByRole('group', { name: text, exact: true });
}

/** Picks one choice of a yes / no / "Not known yet" or multiple-choice question. */
export async function choose(scope: Page | Locator, questionText: string, option: string): Promise<void> {
  await question(scope, questionText).getByRole('radio', { name: option, exact: true }).check();
}

/** Ticks one box of a "choose every one that applies" question. */
export async function tick(scope: Page | Locator, questionText: string, option: string): Promise<void> {
  await question(scope, questionText).getByRole('checkbox', { name: option, exact: true }).check();
}

/** Types into the field labelled `label`, replacing what was there. */
export async function fill(scope: Page | Locator, label: string, value: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).fill(value);
}

/** The card of the n-th state on the route (1-based), as the states editor shows it. */
export function stateCard(page: Page, n: number): Locator {
  return page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name: `State ${n}`, exact: true }) });
}

/** The card of the state named `name` on the international cooperation step. */
export function cooperationCard(page: Page, name: string): Locator {
  return page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4, name, exact: true }) });
}

/** Presses the step's main button and waits for the next step's heading. */
export async function continueTo(page: Page, nextTitle: string, button = 'Save and continue'): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: button, exact: true }).click();
  await expectStep(page, nextTitle);
}

/** The progress indicator's "Step n of m" line. */
export function progressCount(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Steps' }).getByText(/^Step \d+ of \d+/);
}

/** The live panel's verdict, e.g. "Do not proceed". */
export function liveVerdict(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Findings' }).locator('.verdict-words');
}

/**
 * Waits until a draft saved in IndexedDB (database `sit-risk-wizard`, store `drafts`, as
 * src/storage/drafts-store.ts keeps them) contains every one of `texts` in its JSON. Autosave runs
 * a moment after each change: waiting for it keeps a reload from racing the save.
 */
export async function waitForSavedDraft(page: Page, texts: readonly string[], timeoutMs = 10_000): Promise<void> {
  // Not page.waitForFunction: it takes the Promise an async predicate returns as a truthy answer.
  const deadline = Date.now() + timeoutMs;
  let saved: string[] = [];
  while (Date.now() < deadline) {
    saved = await page.evaluate(savedDrafts);
    if (saved.some((json) => texts.every((text) => json.includes(text)))) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`no saved draft holds ${JSON.stringify(texts)} after ${timeoutMs} ms; saved: ${saved.join('\n') || 'none'}`);
}

/** Every draft record in IndexedDB as it is stored, as JSON: plain, or sealed with the drafts' passphrase. */
export function readSavedDrafts(page: Page): Promise<string[]> {
  return page.evaluate(savedDrafts);
}

/** Runs in the page: every draft in IndexedDB, as JSON. */
async function savedDrafts(): Promise<string[]> {
  const names = (await indexedDB.databases()).map((db) => db.name);
  if (!names.includes('sit-risk-wizard')) return [];
  return new Promise<string[]>((resolve) => {
    const request = indexedDB.open('sit-risk-wizard');
    request.onerror = () => resolve([]);
    request.onsuccess = () => {
      const db = request.result;
      const finish = (drafts: unknown[]) => {
        db.close();
        resolve(drafts.map((draft) => JSON.stringify(draft)));
      };
      if (!db.objectStoreNames.contains('drafts')) return finish([]);
      const all = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
      all.onsuccess = () => finish(all.result as unknown[]);
      all.onerror = () => finish([]);
    };
  });
}
