// Responsive down to a tablet (issue 5): at 768 px wide every screen fits without sideways
// scrolling, and stays free of accessibility violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';

describe('on a tablet', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the start screen and the steps without sideways scrolling', async () => {
    await browser.clearSiteData(appUrl());
    const watched = await browser.newPage();
    const { page } = watched;
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(appUrl(), { waitUntil: 'networkidle' });
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    for (const title of ['Operation and states', 'People at risk', 'Techniques']) {
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      if (title === 'Operation and states') await page.getByLabel('Operation codename (never a real name)').fill('TABLET');
      expect(await fits(), `${title} fits in 768 px`).toBe(true);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Save and continue' }).click();
    }
    expectNoProblems(watched);
  });
});
