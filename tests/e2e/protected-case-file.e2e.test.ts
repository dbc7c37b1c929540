// Issue 9: "Optional passphrase protection: … exported case files encrypted with the Web Crypto
// API …; a wrong passphrase gets a clear message." The investigator downloads the case file
// protected with a passphrase; it holds nothing readable; it opens again only with the passphrase.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { captureDownload } from './support/downloads.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';
import { continueTo, expectStep, fill, screenshot } from './support/wizard.ts';

const IMPORT_LABEL = 'Open a case file (JSON) or a checklist PDF made with this app';
const FIXTURE = new URL('../fixtures/overland-lorry-network.case.json', import.meta.url);
const PASSPHRASE = 'the lorry leaves at dawn';

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('protects the exported case file with a passphrase and opens it again only with it', { timeout: 120_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const watched = await browser.newPage();
  const { page } = watched;
  const main = page.getByRole('main');

  await page.goto(appUrl());
  await page.getByLabel(IMPORT_LABEL).setInputFiles({ name: 'lorry.case.json', mimeType: 'application/json', buffer: readFileSync(FIXTURE) });
  await expectStep(page, 'Review');
  await continueTo(page, 'Export', 'Continue to export');

  const protect = main.getByRole('region', { name: 'Protect the case file with a passphrase' });
  await protect.getByRole('button', { name: 'Protect the case file with a passphrase' }).click();
  const download = protect.getByRole('button', { name: 'Download the protected case file' });

  // Too short, then typed differently twice: each problem is said next to its field.
  await fill(protect, 'Passphrase', 'dawn');
  await download.click();
  await protect.getByRole('alert').filter({ hasText: 'at least 12 characters' }).waitFor();
  await fill(protect, 'Passphrase', PASSPHRASE);
  await fill(protect, 'Type the passphrase again', 'the lorry leaves at dusk');
  await download.click();
  await protect.getByRole('alert').filter({ hasText: 'The two passphrases are not the same' }).waitFor();
  await expectNoAxeViolations(page);

  await fill(protect, 'Type the passphrase again', PASSPHRASE);
  const file = await captureDownload(page, () => download.click());
  expect(file.fileName).toMatch(/^sit-case-AMBER-KESTREL-\d{4}-\d{2}-\d{2}\.protected\.json$/);
  const text = file.bytes.toString('utf8');
  expect(text).not.toContain('AMBER KESTREL');
  expect(JSON.parse(text)).toMatchObject({ format: 'sit-risk-wizard-encrypted', kdf: { name: 'PBKDF2', iterations: 600_000 }, cipher: { name: 'AES-GCM' } });
  await main.getByText('The protected case file has been downloaded.').waitFor();

  // Back on the start screen, the file asks for its passphrase.
  await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
  await page.getByLabel(IMPORT_LABEL).setInputFiles({ name: file.fileName, mimeType: 'application/json', buffer: file.bytes });
  const unlock = main.getByRole('region', { name: 'This case file is protected with a passphrase' });
  const passphrase = unlock.getByLabel('Passphrase');
  await passphrase.waitFor();
  expect(await passphrase.evaluate((field) => field === document.activeElement)).toBe(true);

  await passphrase.fill('the lorry leaves at dusk');
  await passphrase.press('Enter');
  const wrong = unlock.getByRole('alert').filter({ hasText: 'The passphrase is not correct' });
  await wrong.waitFor();
  expect(await passphrase.inputValue()).toBe('');
  await expectNoAxeViolations(page);
  await screenshot(page, 'protected-file-wrong-passphrase');

  await passphrase.fill(PASSPHRASE);
  await passphrase.press('Enter');
  await expectStep(page, 'Review');
  await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
  const drafts = page.getByRole('region', { name: 'Drafts on this device' });
  expect(await drafts.textContent()).toContain('AMBER KESTREL');
  expectNoProblems(watched);
});
