// Issue 5: "Autosave every change to IndexedDB; reload or crash restores the draft at the same
// step. A drafts list to resume, rename, duplicate, delete." A reload in the middle of an
// assessment, then the drafts list after "Save and close".
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';
import {
  choose,
  continueTo,
  expectStep,
  fill,
  progressCount,
  question,
  screenshot,
  stateCard,
  tick,
  waitForSavedDraft,
} from './support/wizard.ts';

const CODENAME = 'BLUE FINCH';
const RISK_TO_LIFE = 'Is there a risk to the life of migrants, officers or others?';
const TECHNIQUES = 'Which special investigative techniques are planned?';

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('reopens the same draft at the same step after a reload, then manages it in the drafts list', { timeout: 120_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const watched = await browser.newPage();
  const { page } = watched;
  const main = page.getByRole('main');

  await page.goto(appUrl());
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await expectStep(page, 'Operation and states');
  await fill(main, 'Operation codename (never a real name)', CODENAME);
  await fill(main, 'Lead agency', 'Coastguard intelligence cell');
  await main.getByRole('button', { name: 'Add a state' }).click();
  await fill(stateCard(page, 1), 'State', 'Ruritania');
  await continueTo(page, 'People at risk');
  await choose(main, RISK_TO_LIFE, 'Yes');
  await fill(main, 'How many migrants are expected?', '40');
  await continueTo(page, 'Techniques');
  await tick(main, TECHNIQUES, 'Electronic surveillance');
  // The step and the last answer must be on disk before the page goes away.
  await waitForSavedDraft(page, ['"step":"techniques"', '"electronicSurveillance"', CODENAME]);
  await screenshot(page, 'resume-01-before-reload');

  // --- Reload mid-way: the same draft, the same step, the answers kept.
  await page.reload();
  await expectStep(page, 'Techniques');
  await screenshot(page, 'resume-02-after-reload');
  await expectNoAxeViolations(page);
  expect(await question(main, TECHNIQUES).getByRole('checkbox', { name: 'Electronic surveillance' }).isChecked()).toBe(true);
  expect(await question(main, TECHNIQUES).getByRole('checkbox', { name: 'Informant' }).isChecked()).toBe(false);
  // The technique's own step is in the progress list, and earlier steps can be reopened.
  const steps = page.getByRole('navigation', { name: 'Steps' });
  expect(await progressCount(page).textContent()).toMatch(/^Step 3 of \d+/);
  await steps.getByRole('listitem').filter({ hasText: /^Electronic surveillance/ }).waitFor();
  await steps.getByRole('button', { name: /^People at risk/ }).click();
  await expectStep(page, 'People at risk');
  expect(await question(main, RISK_TO_LIFE).getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
  expect(await main.getByLabel('How many migrants are expected?').inputValue()).toBe('40');
  await steps.getByRole('button', { name: /^Operation and states/ }).click();
  await expectStep(page, 'Operation and states');
  expect(await main.getByLabel('Operation codename (never a real name)').inputValue()).toBe(CODENAME);
  expect(await stateCard(page, 1).getByLabel('State', { exact: true }).inputValue()).toBe('Ruritania');
  // ...and forward again to where the user was, without losing anything.
  await steps.getByRole('button', { name: /^Techniques/ }).click();
  await expectStep(page, 'Techniques');
  expect(await question(main, TECHNIQUES).getByRole('checkbox', { name: 'Electronic surveillance' }).isChecked()).toBe(true);

  // --- Save and close: the drafts list.
  await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
  const drafts = page.getByRole('region', { name: 'Drafts on this device' });
  await drafts.waitFor();
  await page.getByRole('button', { name: 'Start a new assessment' }).waitFor();
  const items = drafts.getByRole('listitem');
  expect(await items.count()).toBe(1);
  const original = items.first();
  const originalName = (await original.getByRole('heading', { level: 3 }).textContent()) ?? '';
  expect(await original.textContent()).toContain(`Operation ${CODENAME}`);
  expect(await original.textContent()).toContain('at “Techniques”');
  await screenshot(page, 'resume-03-drafts-list');
  await expectNoAxeViolations(page);

  // Rename.
  const newName = 'Blue Finch – coastal route';
  await original.getByRole('button', { name: `Rename ${originalName}` }).click();
  const nameBox = drafts.getByRole('textbox', { name: `New name for “${originalName}”` });
  await expect.poll(() => nameBox.evaluate((element) => element === document.activeElement)).toBe(true);
  await nameBox.fill(newName);
  await expectNoAxeViolations(page);
  await screenshot(page, 'resume-04-rename');
  await drafts.getByRole('button', { name: 'Save name' }).click();
  await drafts.getByRole('status').getByText(`Renamed to “${newName}”.`).waitFor();
  await drafts.getByRole('heading', { level: 3, name: newName, exact: true }).waitFor();

  // Duplicate.
  await drafts.getByRole('button', { name: `Duplicate ${newName}` }).click();
  await drafts.getByRole('status').getByText(`Copied “${newName}”.`).waitFor();
  const copyName = `${newName} (copy)`;
  await drafts.getByRole('heading', { level: 3, name: copyName, exact: true }).waitFor();
  expect(await items.count()).toBe(2);
  await screenshot(page, 'resume-05-renamed-and-copied');

  // Delete: cancelling the confirmation keeps the draft; accepting removes it.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await drafts.getByRole('button', { name: `Delete ${newName}`, exact: true }).click();
  expect(await items.count()).toBe(2);
  let confirmation = '';
  page.once('dialog', (dialog) => {
    confirmation = dialog.message();
    void dialog.accept();
  });
  await drafts.getByRole('button', { name: `Delete ${newName}`, exact: true }).click();
  await drafts.getByRole('status').getByText(`Deleted “${newName}”.`).waitFor();
  expect(confirmation).toContain(newName);
  expect(await items.count()).toBe(1);
  expect(await drafts.getByRole('heading', { level: 3 }).allTextContents()).toEqual([copyName]);
  await screenshot(page, 'resume-06-after-delete');

  // The list is what is stored, not what the screen remembers: it survives a reload.
  await page.reload();
  await drafts.waitFor();
  expect(await drafts.getByRole('heading', { level: 3 }).allTextContents()).toEqual([copyName]);

  // --- Resume the other one: the copy carries the answers and the step.
  await drafts.getByRole('button', { name: `Resume ${copyName}` }).click();
  await expectStep(page, 'Techniques');
  expect(await question(main, TECHNIQUES).getByRole('checkbox', { name: 'Electronic surveillance' }).isChecked()).toBe(true);
  await steps.getByRole('button', { name: /^Operation and states/ }).click();
  await expectStep(page, 'Operation and states');
  expect(await main.getByLabel('Operation codename (never a real name)').inputValue()).toBe(CODENAME);
  await screenshot(page, 'resume-07-copy-resumed');

  expectNoProblems(watched);
});
