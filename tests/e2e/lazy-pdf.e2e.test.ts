// jsPDF and the fonts are heavy: they must load only when the user asks for the PDF (issue 4),
// and the PDF made in the browser must carry the case file so a supervisor can reopen it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractCaseFromPdf } from '../../src/pdf/extract-case.ts';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { captureDownload } from './support/downloads.ts';
import { expectNoProblems } from './support/expect-page.ts';

/**
 * What the page itself loaded: the service worker precaches every chunk in the background, so the
 * browser's request log holds the PDF code from the start even though the page has not asked for it.
 */
function pageLoaded(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
}

const PDF_CODE = /export-pdf|jspdf|html2canvas|purify|DejaVu|\.ttf/i;
const fixture = join(import.meta.dirname, '..', 'fixtures', 'travel-agency-informant.case.json');

describe('PDF export in the browser', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the PDF code only on export, and the PDF carries the case file', async () => {
    await browser.clearSiteData(appUrl());
    const watched = await browser.newPage();
    const { page } = watched;
    await page.goto(appUrl(), { waitUntil: 'networkidle' });
    await page.getByLabel(/Open a case file/).setInputFiles({
      name: 'travel-agency-informant.case.json',
      mimeType: 'application/json',
      buffer: readFileSync(fixture),
    });
    await page.getByRole('heading', { level: 1, name: 'Review' }).waitFor();
    await page.getByRole('button', { name: 'Continue to export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Export' }).waitFor();
    expect((await pageLoaded(watched.page)).filter((url) => PDF_CODE.test(url))).toEqual([]);

    const pdf = await captureDownload(page, () => page.getByRole('button', { name: 'Download the checklist (PDF)' }).click());
    expect(pdf.fileName).toMatch(/^sit-checklist-QUIET-LANTERN-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await pageLoaded(watched.page)).some((url) => /export-pdf/.test(url))).toBe(true);
    const embedded = extractCaseFromPdf(new Uint8Array(pdf.bytes));
    expect(JSON.parse(embedded ?? '{}')).toMatchObject({ operation: { codename: 'QUIET LANTERN' } });
    await page.getByRole('status').filter({ hasText: 'The PDF has been downloaded.' }).waitFor();
    expectNoProblems(watched);
  });
});
