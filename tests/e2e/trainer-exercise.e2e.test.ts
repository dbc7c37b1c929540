// Trainer mode (issue 6): a trainee runs a scenario with the findings hidden, the trainer releases
// new information, the debrief lists what was missed with its sources, and one click resets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { captureDownload } from './support/downloads.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';
import { screenshot } from './support/wizard.ts';

describe('classroom exercise', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs a scenario as a trainee, releases an inject, debriefs and resets', async () => {
    await browser.clearSiteData(appUrl());
    const watched = await browser.newPage();
    const { page } = watched;
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(appUrl(), { waitUntil: 'networkidle' });

    const title = 'The refrigerated lorry: children on board';
    const handout = await captureDownload(page, () => page.getByRole('button', { name: `Handout (PDF) ${title}` }).click());
    expect(handout.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('button', { name: `Start exercise ${title}` }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'trainer-briefing');
    await page.getByRole('button', { name: 'Start planning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Operation and states' }).waitFor();

    // The findings are hidden: the trainee ticks the problems they see instead.
    expect(await page.getByText('Verdict so far').count()).toBe(0);
    const spotted = page.getByRole('complementary', { name: 'Problems you have spotted' });
    await spotted.getByText('Migrant safety', { exact: false }).first().click();
    await spotted.getByRole('checkbox').first().check();
    await expectNoAxeViolations(page);

    await page.getByText('Trainer controls').click();
    const release = page.getByRole('button', { name: /^Release: / }).first();
    const injectTitle = (await release.innerText()).replace(/^Release: /, '');
    await release.click();
    await page.getByRole('note', { name: `New information: ${injectTitle}` }).waitFor();
    await screenshot(page, 'trainer-inject');

    await page.getByRole('button', { name: 'Finish and debrief' }).click();
    await page.getByRole('heading', { level: 1, name: 'Debrief' }).waitFor();
    const missedHeading = page.getByRole('heading', { level: 2, name: /^Problems you missed \((\d+)\)$/ });
    const missedCount = Number(/\((\d+)\)/.exec(await missedHeading.innerText())?.[1]);
    expect(missedCount).toBeGreaterThan(0);
    const firstMiss = page.getByRole('article', { name: /^Missed: / }).first();
    expect(await firstMiss.locator('blockquote footer').first().innerText()).toMatch(/para\. \d+/);
    for (const lens of ['Migrant safety', 'Children', 'Legality', 'Subsidiarity', 'Proportionality', 'Admissibility']) {
      await page.getByRole('rowheader', { name: lens }).waitFor();
    }
    await expectNoAxeViolations(page);
    await screenshot(page, 'trainer-debrief');
    const pdf = await captureDownload(page, () => page.getByRole('button', { name: 'Download the debrief (PDF)' }).click());
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('button', { name: 'Reset for the next trainee' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Start planning' }).click();
    await spotted.getByText(/model answer\. 0 ticked\./).waitFor();
    expect(await page.getByRole('note').count()).toBe(0);
    expectNoProblems(watched);
  });
});
