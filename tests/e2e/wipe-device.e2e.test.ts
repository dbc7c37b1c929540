// Issue 9: "Wipe all data on this device" removes every draft, setting and cached scenario, and
// IndexedDB and storage are empty after.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';
import { continueTo, expectStep, fill, waitForSavedDraft } from './support/wizard.ts';

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs in the page: what the origin keeps, store by store. */
async function whatIsStored(): Promise<{ databases: string[]; records: number; caches: string[]; workers: number; webStorage: number }> {
  const databases = (await indexedDB.databases()).map((db) => db.name ?? '');
  let records = 0;
  for (const name of databases) {
    records += await new Promise<number>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => {
        const db = request.result;
        const stores = [...db.objectStoreNames];
        if (stores.length === 0) return (db.close(), resolve(0));
        const transaction = db.transaction(stores, 'readonly');
        let count = 0;
        for (const store of stores) transaction.objectStore(store).count().onsuccess = (event) => (count += (event.target as IDBRequest<number>).result);
        transaction.oncomplete = () => (db.close(), resolve(count));
      };
      request.onerror = () => resolve(-1);
    });
  }
  const workers = (await navigator.serviceWorker.getRegistrations()).length;
  return { databases, records, caches: await caches.keys(), workers, webStorage: localStorage.length + sessionStorage.length };
}

it('deletes every draft, setting and cached copy, and leaves the storage empty', { timeout: 120_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const watched = await browser.newPage();
  const { page } = watched;
  const main = page.getByRole('main');

  await page.goto(appUrl());
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await expectStep(page, 'Operation and states');
  await fill(main, 'Operation codename (never a real name)', 'GREY HERON');
  await continueTo(page, 'People at risk');
  await waitForSavedDraft(page, ['GREY HERON']);
  await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
  const before = await page.evaluate(whatIsStored);
  expect(before.records).toBeGreaterThan(0);
  await expect.poll(async () => (await page.evaluate(whatIsStored)).caches.length).toBeGreaterThan(0);

  await main.getByRole('button', { name: 'Wipe all data on this device' }).click();
  await expectNoAxeViolations(page);
  await main.getByRole('button', { name: 'Yes, delete everything' }).click();
  await main.getByRole('heading', { name: 'All data on this device has been deleted' }).waitFor();
  expectNoProblems(watched);

  // Leave the app (its open connections let the deletions finish), then look from a page of the
  // same origin that does not run it.
  await page.goto('about:blank');
  await page.goto(appUrl('favicon.svg'));
  await expect.poll(() => page.evaluate(whatIsStored)).toEqual({ databases: [], records: 0, caches: [], workers: 0, webStorage: 0 });
});
