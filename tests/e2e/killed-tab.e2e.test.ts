// Issue 9: "Autosave survives reload and a killed tab (type, kill the page, reopen)." The page's
// renderer is crashed outright, with no pagehide or beforeunload to save in; the draft must
// already be on disk, because autosave writes within a second of each change.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { choose, continueTo, expectStep, fill, question } from './support/wizard.ts';

const RISK_TO_LIFE = 'Is there a risk to the life of migrants, officers or others?';
/** Autosave waits for a pause in typing but never more than a second (src/app/draft-session.ts); a little slack on top. */
const AUTOSAVE_BOUND_MS = 1500;

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('reopens what was typed before the tab was killed, at the same step', { timeout: 120_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const { page } = await browser.newPage();
  const main = page.getByRole('main');

  await page.goto(appUrl());
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await expectStep(page, 'Operation and states');
  await fill(main, 'Operation codename (never a real name)', 'SILENT OWL');
  await continueTo(page, 'People at risk');
  await choose(main, RISK_TO_LIFE, 'Yes');
  await fill(main, 'How many migrants are expected?', '23');
  await page.waitForTimeout(AUTOSAVE_BOUND_MS);

  // Kill the renderer: no unload handler runs.
  const cdp = await browser.context.newCDPSession(page);
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  // The command never answers: the renderer that would answer it is gone.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;

  const reopened = (await browser.newPage()).page;
  await reopened.goto(appUrl());
  await expectStep(reopened, 'People at risk');
  const again = reopened.getByRole('main');
  expect(await question(again, RISK_TO_LIFE).getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
  expect(await again.getByLabel('How many migrants are expected?').inputValue()).toBe('23');
});
