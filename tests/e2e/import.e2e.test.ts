// Issue 5: "A broken or foreign file gets a clear message naming what is wrong and never replaces
// or damages the current draft." Three bad files, each turned away with a message that names the
// file, the draft kept with its answers; then a good case file opens at the review.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';
import { choose, continueTo, expectStep, fill, question, screenshot, waitForSavedDraft } from './support/wizard.ts';

const CODENAME = 'RED KITE';
const RISK_TO_LIFE = 'Is there a risk to the life of migrants, officers or others?';
const IMPORT_LABEL = 'Open a case file (JSON) or a checklist PDF made with this app';
const FIXTURE = new URL('../fixtures/overland-lorry-network.case.json', import.meta.url);

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function importFile(page: Page, name: string, contents: string): Promise<void> {
  await page.getByLabel(IMPORT_LABEL).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents, 'utf8') });
}

/** The draft list as headings, and the one draft's answers as the wizard shows them after resuming. */
async function expectDraftKept(page: Page): Promise<void> {
  const drafts = page.getByRole('region', { name: 'Drafts on this device' });
  expect(await drafts.getByRole('listitem').count()).toBe(1);
  expect(await drafts.getByRole('listitem').textContent()).toContain(`Operation ${CODENAME}`);
}

it('turns away broken, foreign and newer files without touching the draft, then opens a good one', { timeout: 120_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const watched = await browser.newPage();
  const { page } = watched;
  const main = page.getByRole('main');

  // A draft with answers on two steps, closed.
  await page.goto(appUrl());
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await expectStep(page, 'Operation and states');
  await fill(main, 'Operation codename (never a real name)', CODENAME);
  await fill(main, 'Lead agency', 'Harbour police');
  await continueTo(page, 'People at risk');
  await choose(main, RISK_TO_LIFE, 'Yes');
  await waitForSavedDraft(page, [CODENAME, '"riskToLife":"yes"']);
  await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
  await page.getByRole('region', { name: 'Drafts on this device' }).waitFor();
  await expectDraftKept(page);

  const alert = main.getByRole('alert');
  const cases = [
    {
      name: 'broken.case.json',
      contents: '{ "schemaVersion": 1, "operation": { "codename": "HALF',
      says: /broken\.case\.json: not valid JSON/,
    },
    {
      name: 'package.json',
      contents: JSON.stringify({ name: 'some-app', version: '1.0.0', dependencies: { react: '^19.0.0' } }),
      says: /package\.json: .*schemaVersion/,
    },
    {
      name: 'from-the-future.case.json',
      contents: JSON.stringify({ schemaVersion: 2, operation: { codename: 'FUTURE' } }),
      says: /from-the-future\.case\.json: .*newer version of SIT Risk Wizard \(case format 2\)/,
    },
  ];
  for (const [index, bad] of cases.entries()) {
    await importFile(page, bad.name, bad.contents);
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe('The file could not be opened');
    const lines = await alert.getByRole('listitem').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    // Every line names the file, so the user knows which one was turned away.
    for (const line of lines) expect(line.startsWith(`${bad.name}: `), line).toBe(true);
    expect(lines.join('\n')).toMatch(bad.says);
    expect(await alert.textContent()).toContain('Nothing has been changed.');
    // Still the start screen, and the draft is still there.
    await page.getByRole('button', { name: 'Start a new assessment' }).waitFor();
    await expectDraftKept(page);
    await expectNoAxeViolations(page);
    await screenshot(page, `import-0${index + 1}-${bad.name.replace(/\W+/g, '-')}`);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
  }

  // The draft opens with its answers, untouched.
  const drafts = page.getByRole('region', { name: 'Drafts on this device' });
  await drafts.getByRole('button', { name: /^Resume / }).click();
  await expectStep(page, 'People at risk');
  expect(await question(main, RISK_TO_LIFE).getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /^Operation and states/ }).click();
  await expectStep(page, 'Operation and states');
  expect(await main.getByLabel('Operation codename (never a real name)').inputValue()).toBe(CODENAME);
  expect(await main.getByLabel('Lead agency').inputValue()).toBe('Harbour police');
  await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
  await drafts.waitFor();

  // --- A good case file opens at the review with the verdict its expected file gives.
  await importFile(page, 'overland-lorry-network.case.json', readFileSync(FIXTURE, 'utf8'));
  await expectStep(page, 'Review');
  expect(await main.getByRole('heading', { level: 2, name: /^Verdict:/ }).textContent()).toBe('Verdict: Escalate to a higher authority');
  await main.getByRole('article', { name: 'High: Controlled delivery of people that includes children' }).waitFor();
  // Every step of an imported case counts as reached: all can be opened from the progress list.
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await steps.getByRole('button', { name: /^Controlled delivery/ }).waitFor();
  await steps.getByRole('button', { name: /^International cooperation/ }).waitFor();
  await expectNoAxeViolations(page);
  await screenshot(page, 'import-04-review');
  await steps.getByRole('button', { name: /^Operation and states/ }).click();
  await expectStep(page, 'Operation and states');
  expect(await main.getByLabel('Operation codename (never a real name)').inputValue()).toBe('AMBER KESTREL');

  // Both drafts are kept: the imported case did not replace the one that was there.
  await page.getByRole('banner').getByRole('button', { name: 'Save and close' }).click();
  await drafts.waitFor();
  const kept = await drafts.getByRole('listitem').allTextContents();
  expect(kept).toHaveLength(2);
  expect(kept.some((text) => text.includes(`Operation ${CODENAME}`))).toBe(true);
  expect(kept.some((text) => text.includes('Operation AMBER KESTREL'))).toBe(true);
  await screenshot(page, 'import-05-drafts');

  expectNoProblems(watched);
});
