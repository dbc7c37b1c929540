// Issue 9: "Two tabs editing the same draft: detected, the user chooses, nothing is silently
// overwritten." Two tabs of one browser profile (one origin, one IndexedDB) with the same draft
// open, each changing a different answer.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession, type WatchedPage } from './support/browser.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';
import { expectStep, fill, screenshot, waitForSavedDraft } from './support/wizard.ts';

const CODENAME = 'GREY HERON';
const CODENAME_LABEL = 'Operation codename (never a real name)';
const LEAD_AGENCY = 'Lead agency';
const OBJECTIVES = 'Objectives of the operation';
const TAB_A_AGENCY = 'Coastguard intelligence cell';
const TAB_B_OBJECTIVES = 'Stop the lorry route before winter';
const CHOICES = ['Keep my version', 'Load the other version', 'Save mine as a copy'];
const CONFLICT_HEADING = 'This draft was changed in another tab';

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function conflictAlert(page: Page) {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { name: CONFLICT_HEADING }) });
}

function field(page: Page, label: string) {
  return page.getByRole('main').getByLabel(label, { exact: true });
}

/**
 * Tab A starts a draft and names the operation; tab B, opened next in the same profile, reopens
 * the same draft; A then changes the lead agency and saves it.
 */
async function sameDraftInTwoTabs(options: { withoutBroadcastChannel?: boolean } = {}): Promise<[WatchedPage, WatchedPage]> {
  await browser.clearSiteData(appUrl());
  const tabA = await browser.newPage();
  const tabB = await browser.newPage();
  if (options.withoutBroadcastChannel) {
    for (const { page } of [tabA, tabB]) {
      await page.addInitScript(() => {
        delete (window as { BroadcastChannel?: unknown }).BroadcastChannel;
      });
    }
  }
  const a = tabA.page;
  await a.goto(appUrl());
  await a.getByRole('button', { name: 'Start a new assessment' }).click();
  await expectStep(a, 'Operation and states');
  await fill(a.getByRole('main'), CODENAME_LABEL, CODENAME);
  await waitForSavedDraft(a, [CODENAME]);

  const b = tabB.page;
  await b.goto(appUrl());
  await expectStep(b, 'Operation and states');
  expect(await field(b, CODENAME_LABEL).inputValue()).toBe(CODENAME);

  await fill(a.getByRole('main'), LEAD_AGENCY, TAB_A_AGENCY);
  await waitForSavedDraft(a, [CODENAME, TAB_A_AGENCY]);
  return [tabA, tabB];
}

it('tells the second tab, which saves nothing until the user chooses; "Save mine as a copy" keeps both', { timeout: 120_000 }, async () => {
  const [tabA, tabB] = await sameDraftInTwoTabs();
  const a = tabA.page;
  const b = tabB.page;

  // B hears of A's save at once, and its own change is not saved over A's.
  await conflictAlert(b).waitFor();
  await fill(b.getByRole('main'), OBJECTIVES, TAB_B_OBJECTIVES);
  const alert = conflictAlert(b);
  for (const choice of CHOICES) await alert.getByRole('button', { name: choice, exact: true }).waitFor();
  expect(await alert.textContent()).toContain('stopped saving');
  await expectNoAxeViolations(b);
  await screenshot(b, 'two-tabs-01-conflict');
  expect(await conflictAlert(a).count()).toBe(0);

  await alert.getByRole('button', { name: 'Save mine as a copy', exact: true }).click();
  await alert.waitFor({ state: 'detached' });
  await expectStep(b, 'Operation and states');
  expect(await field(b, OBJECTIVES).inputValue()).toBe(TAB_B_OBJECTIVES);
  expect(await field(b, LEAD_AGENCY).inputValue()).toBe('');
  await waitForSavedDraft(b, [`${CODENAME} (copy from another tab)`, TAB_B_OBJECTIVES]);
  await screenshot(b, 'two-tabs-02-copy');

  // Both versions are in the drafts list, each with its own answers.
  await a.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
  const drafts = a.getByRole('region', { name: 'Drafts on this device' });
  await drafts.waitFor();
  expect((await drafts.getByRole('heading', { level: 3 }).allTextContents()).sort()).toEqual([
    CODENAME,
    `${CODENAME} (copy from another tab)`,
  ]);
  await expectNoAxeViolations(a);

  await drafts.getByRole('button', { name: `Resume ${CODENAME} (copy from another tab)` }).click();
  await expectStep(a, 'Operation and states');
  expect(await field(a, OBJECTIVES).inputValue()).toBe(TAB_B_OBJECTIVES);
  expect(await field(a, LEAD_AGENCY).inputValue()).toBe('');
  await a.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
  await drafts.getByRole('button', { name: `Resume ${CODENAME}`, exact: true }).click();
  await expectStep(a, 'Operation and states');
  expect(await field(a, LEAD_AGENCY).inputValue()).toBe(TAB_A_AGENCY);
  expect(await field(a, OBJECTIVES).inputValue()).toBe('');

  expectNoProblems(tabA);
  expectNoProblems(tabB);
});

it('without BroadcastChannel, finds the other save when it tries to save; "Load the other version" shows it', { timeout: 120_000 }, async () => {
  const [tabA, tabB] = await sameDraftInTwoTabs({ withoutBroadcastChannel: true });
  const a = tabA.page;
  const b = tabB.page;
  expect(await b.evaluate(() => typeof (window as { BroadcastChannel?: unknown }).BroadcastChannel)).toBe('undefined');

  // Nothing tells B until it tries to save its own change.
  expect(await conflictAlert(b).count()).toBe(0);
  await fill(b.getByRole('main'), OBJECTIVES, TAB_B_OBJECTIVES);
  const alert = conflictAlert(b);
  await alert.waitFor();
  await waitForSavedDraft(a, [TAB_A_AGENCY]);

  await alert.getByRole('button', { name: 'Load the other version', exact: true }).click();
  await alert.waitFor({ state: 'detached' });
  expect(await field(b, LEAD_AGENCY).inputValue()).toBe(TAB_A_AGENCY);
  expect(await field(b, OBJECTIVES).inputValue()).toBe('');
  // The focus is back at the top of the step, not lost with the alert's buttons.
  expect(await b.evaluate(() => document.activeElement?.textContent)).toBe('Operation and states');

  // B saves again, on top of A's version.
  await fill(b.getByRole('main'), OBJECTIVES, 'Identify the organisers');
  await waitForSavedDraft(b, [TAB_A_AGENCY, 'Identify the organisers']);
  expect(await conflictAlert(b).count()).toBe(0);

  expectNoProblems(tabA);
  expectNoProblems(tabB);
});
