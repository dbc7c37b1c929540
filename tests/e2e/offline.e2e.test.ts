// Issue 8: investigators work in vehicles and buildings with poor networks. After one visit the
// service worker has the whole app: with the network off it still opens, runs an assessment,
// loads a trainer scenario and makes the checklist PDF, the lazy jsPDF chunk and fonts included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { captureDownload } from './support/downloads.ts';
import { expectNoProblems } from './support/expect-page.ts';
import { continueTo, expectStep, fill, screenshot, stateCard } from './support/wizard.ts';

const fixture = join(import.meta.dirname, '..', 'fixtures', 'travel-agency-informant.case.json');
const SCENARIO = 'The refrigerated lorry: children on board';

/** Runs in the page: waits until a service worker is active and controls this page. */
async function serviceWorkerInControl(): Promise<{ state: string | undefined; script: string | undefined }> {
  const registration = await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }
  return { state: registration.active?.state, script: navigator.serviceWorker.controller?.scriptURL };
}

/** Runs in the page: every URL in the origin's caches. */
async function cachedUrls(): Promise<string[]> {
  const urls: string[] = [];
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    urls.push(...(await cache.keys()).map((request) => request.url));
  }
  return urls;
}

/** What the network did for a page: requests that failed, and responses not served by the worker. */
function recordTraffic(page: Page): { failed: string[]; fromNetwork: string[] } {
  const traffic = { failed: [] as string[], fromNetwork: [] as string[] };
  page.on('requestfailed', (request: Request) => {
    traffic.failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (response: Response) => {
    const url = response.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (!response.fromServiceWorker()) traffic.fromNetwork.push(url);
  });
  return traffic;
}

describe('offline after the first visit', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens, assesses, trains and exports the PDF with the network off', { timeout: 120_000 }, async () => {
    await browser.clearSiteData(appUrl());

    // --- First visit, online: the service worker installs, precaches the build and takes control.
    const first = await browser.newPage();
    await first.page.goto(appUrl(), { waitUntil: 'networkidle' });
    const worker = await first.page.evaluate(serviceWorkerInControl);
    expect(worker.script).toBe(appUrl('sw.js'));
    expect(['activating', 'activated']).toContain(worker.state);
    const cached = await first.page.evaluate(cachedUrls);
    for (const needed of [/\/index\.html/, /\/assets\/index-[^/]+\.js$/, /\/assets\/export-pdf-[^/]+\.js$/, /DejaVuSansCondensed-[^/]+\.ttf$/, /\/scenarios\/index\.json/, /\.scenario\.json/]) {
      expect(cached.some((url) => needed.test(url)), `${needed} in the precache`).toBe(true);
    }
    // Nothing from another origin is ever cached.
    expect(cached.filter((url) => new URL(url).origin !== new URL(appUrl()).origin)).toEqual([]);
    expectNoProblems(first);

    // --- The network goes away. Everything from here on must come out of the cache.
    await browser.context.setOffline(true);
    const { page } = first;
    const traffic = recordTraffic(page);
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await expectStep(page, 'Operation and states');
    const main = page.getByRole('main');
    await fill(main, 'Operation codename (never a real name)', 'DARK HARBOUR');
    await fill(main, 'Lead agency', 'Border Police, Ruritania');
    await main.getByRole('button', { name: 'Add a state' }).click();
    await fill(stateCard(page, 1), 'State', 'Ruritania');
    await continueTo(page, 'People at risk');
    await screenshot(page, 'offline-01-people');
    await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
    await page.getByRole('region', { name: 'Drafts on this device' }).getByRole('heading', { level: 3, name: 'DARK HARBOUR' }).waitFor();

    // --- The checklist PDF: jsPDF's chunk and the fonts load only now, from the cache.
    await page.getByLabel(/Open a case file/).setInputFiles({
      name: 'travel-agency-informant.case.json',
      mimeType: 'application/json',
      buffer: readFileSync(fixture),
    });
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await page.getByRole('button', { name: 'Continue to export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
    const pdf = await captureDownload(page, () => page.getByRole('button', { name: 'Download the checklist (PDF)' }).click());
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.some((url) => /\/assets\/export-pdf-[^/]+\.js$/.test(url))).toBe(true);
    expect(loaded.some((url) => /DejaVuSansCondensed-[^/]+\.ttf$/.test(url))).toBe(true);
    await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();

    // --- Trainer mode: the list of scenarios and the scenario itself are JSON files fetched
    // at run time, so they must be in the precache too.
    await page.getByRole('button', { name: `Start exercise ${SCENARIO}` }).click();
    await page.getByRole('heading', { level: 1, name: SCENARIO }).waitFor();
    await page.getByRole('button', { name: 'Start planning' }).click();
    await expectStep(page, 'Operation and states');
    await screenshot(page, 'offline-02-trainer');

    // Not one request failed, and not one answer came from anywhere but the service worker.
    expect(traffic.failed).toEqual([]);
    expect(traffic.fromNetwork).toEqual([]);
    expectNoProblems(first);

    await browser.context.setOffline(false);
  });
});
