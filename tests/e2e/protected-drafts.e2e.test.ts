// Issue 9: "Optional passphrase protection: drafts in IndexedDB … encrypted with the Web Crypto
// API …; a wrong passphrase gets a clear message." Drafts are protected from the start screen;
// IndexedDB then holds nothing readable; after a reload the passphrase reopens the draft where it was.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';
import { expectStep, fill, readSavedDrafts, screenshot, waitForSavedDraft } from './support/wizard.ts';

const CODENAME = 'NIGHT HERON';
const PASSPHRASE = 'herons fish at night';

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for autosave to write a sealed draft newer than `after` (plain text cannot be searched for). */
async function waitForSealedSave(page: Page, after: readonly string[]): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const saved = await readSavedDrafts(page);
    if (saved.some((record) => record.includes('"sealed"') && !after.includes(record))) return;
    await page.waitForTimeout(100);
  }
  throw new Error('no sealed draft was saved');
}

it('keeps drafts encrypted on this device, asks for the passphrase after a reload, and can stop', { timeout: 120_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const watched = await browser.newPage();
  const { page } = watched;
  const main = page.getByRole('main');

  await page.goto(appUrl());
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await expectStep(page, 'Operation and states');
  await fill(main, 'Operation codename (never a real name)', CODENAME);
  await waitForSavedDraft(page, [CODENAME]);
  await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();

  const protection = main.getByRole('region', { name: 'Passphrase protection for drafts' });
  await protection.getByRole('button', { name: 'Protect my drafts with a passphrase' }).click();
  await fill(protection, 'Passphrase', PASSPHRASE);
  await fill(protection, 'Type the passphrase again', PASSPHRASE);
  await protection.getByRole('button', { name: 'Protect my drafts' }).click();
  await protection.getByText('Your drafts are now protected with the passphrase.').waitFor();
  const sealed = await readSavedDrafts(page);
  expect(sealed).toHaveLength(1);
  expect(sealed[0]).toContain('"sealed"');
  expect(sealed[0]).not.toContain(CODENAME);

  // Unlocked in this tab: the draft is listed by name and opens as before.
  const drafts = main.getByRole('region', { name: 'Drafts on this device' });
  expect(await drafts.textContent()).toContain(CODENAME);
  await drafts.getByRole('button', { name: `Resume ${CODENAME}` }).click();
  await expectStep(page, 'Operation and states');
  await fill(main, 'Lead agency', 'Coast guard');
  await waitForSealedSave(page, sealed);
  expect((await readSavedDrafts(page)).join()).not.toContain('Coast guard');

  // A reload forgets the key: the draft that was open waits for the passphrase.
  await page.reload();
  const unlock = main.getByRole('region', { name: 'Your drafts are protected with a passphrase' });
  const passphrase = unlock.getByLabel('Passphrase for the drafts on this device');
  await passphrase.waitFor();
  expect(await main.getByRole('region', { name: 'Drafts on this device' }).textContent()).not.toContain(CODENAME);
  await passphrase.fill('herons fish at noon');
  await passphrase.press('Enter');
  await unlock.getByRole('alert').filter({ hasText: 'That passphrase does not unlock the drafts on this device' }).waitFor();
  await expectNoAxeViolations(page);
  await screenshot(page, 'protected-drafts-wrong-passphrase');

  await passphrase.fill(PASSPHRASE);
  await passphrase.press('Enter');
  await expectStep(page, 'Operation and states');
  expect(await main.getByLabel('Lead agency').inputValue()).toBe('Coast guard');

  // Stopping protection stores the drafts plain again.
  await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
  await protection.getByRole('button', { name: 'Stop protecting my drafts' }).click();
  await protection.getByText('Your drafts are no longer protected with a passphrase.').waitFor();
  const plain = await readSavedDrafts(page);
  expect(plain.join()).toContain(CODENAME);
  expect(plain.join()).not.toContain('"sealed"');
  expectNoProblems(watched);
});
