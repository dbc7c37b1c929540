// Issue 9: "Storage quota or private-mode failures are shown to the user with an offer to export
// the case file." The browser's IndexedDB starts refusing writes as a full disk would.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { captureDownload } from './support/downloads.ts';
import { expectNoAxeViolations } from './support/expect-page.ts';
import { expectStep, fill } from './support/wizard.ts';

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('says the draft could not be saved and offers the case file, which holds what was typed', { timeout: 120_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const { page } = await browser.newPage();
  // From the moment `storageFull` is set, every write to IndexedDB fails as a full disk makes it fail.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const main = page.getByRole('main');
  await page.goto(appUrl());
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await expectStep(page, 'Operation and states');
  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
  await fill(main, 'Operation codename (never a real name)', 'FULL MOON');

  const alert = page.getByRole('alert').filter({ hasText: 'would not save' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('storage is full');
  await expectNoAxeViolations(page);
  const download = await captureDownload(page, () => alert.getByRole('button', { name: 'Download the case file (JSON) now' }).click());
  expect(download.fileName).toMatch(/^sit-case-FULL-MOON-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(download.bytes.toString('utf8')).operation.codename).toBe('FULL MOON');
});
