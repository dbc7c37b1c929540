// Issue 7: investigator exports → supervisor opens the PDF → queries two items → returns →
// investigator sees the queries next to the questions, fixes them, re-exports → supervisor
// approves. A tampered PDF and a tampered case file are flagged.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { evaluate } from '../../src/domain/evaluate.ts';
import { extractCaseFromPdf } from '../../src/pdf/extract-case.ts';
import { localIsoDate } from '../../src/domain/local-date.ts';
import { realRules } from '../support/assess.ts';
import { fixtureCase } from '../support/pdf-input.ts';
import { pageTexts } from '../support/poppler.ts';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { captureDownload, type CapturedDownload } from './support/downloads.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';
import { choose, continueTo, expectStep, fill, screenshot } from './support/wizard.ts';

const FIXTURE = new URL('../fixtures/overland-lorry-network.case.json', import.meta.url);
const IMPORT_LABEL = 'Open a case file (JSON) or a checklist PDF made with this app';
const REVIEW_FILE_LABEL = 'Checklist (PDF) or case file (JSON) to review';
const PROTOCOL_QUESTION = 'Is there a written protocol with partner agencies and NGOs (roles, data protection)?';
const PROTOCOL_QUERY = 'Which NGO will receive the migrants? Agree a written protocol with them first.';
const SERIOUSNESS_QUERY = 'Name the aggravating circumstances: the children and the sealed lorry.';

// The app dates decisions by the device's clock: the review is dated today, as a supervisor would.
const TODAY = localIsoDate(new Date());
const IN_A_MONTH = localIsoDate(new Date(Date.now() + 30 * 24 * 3600 * 1000));

const assessment = evaluate(fixtureCase('overland-lorry-network'), realRules());
const title = (ruleId: string) => assessment.findings.find((finding) => finding.ruleId === ruleId)!.title;

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function file(name: string, bytes: Buffer | string, mimeType: string) {
  return { name, mimeType, buffer: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8') };
}

async function exportChecklist(page: Page): Promise<CapturedDownload> {
  await continueTo(page, 'Export', 'Continue to export');
  return captureDownload(page, () => page.getByRole('button', { name: 'Download the checklist (PDF)' }).click());
}

/** The investigator opens the finished lorry case and downloads its checklist. */
async function exportFinishedCase(page: Page): Promise<CapturedDownload> {
  await page.goto(appUrl());
  await page.getByLabel(IMPORT_LABEL).setInputFiles(file('lorry.case.json', readFileSync(FIXTURE), 'application/json'));
  await expectStep(page, 'Review');
  return exportChecklist(page);
}

async function openForReview(page: Page, name: string, bytes: Buffer | string, mimeType = 'application/pdf'): Promise<Locator> {
  // The last draft reopens on load: close it, as the user would, to reach the start screen.
  await page.goto(appUrl());
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
  const close = page.getByRole('banner').getByRole('button', { name: 'Save and close' });
  if (await close.isVisible()) await close.click();
  await page.getByRole('button', { name: 'Review a checklist' }).click();
  await expectStep(page, 'Review a checklist');
  // A review left unfinished reopens with it: the file input then offers to open another.
  const input = page.getByLabel(REVIEW_FILE_LABEL, { exact: true }).or(page.getByLabel('Open another checklist or case file', { exact: true }));
  await input.setInputFiles(file(name, bytes, mimeType));
  const check = page.getByRole('region', { name: 'Was the checklist altered?' });
  await check.waitFor();
  return check;
}

async function decide(page: Page, decision: string, reasons: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Your decision' });
  await form.getByRole('group', { name: 'Decision' }).getByRole('radio', { name: decision, exact: true }).check();
  await fill(form, 'Reasons for the decision (one per line)', reasons);
  await fill(form, 'Your name', 'A. Reyes');
  await fill(form, 'Your rank or role', 'Superintendent');
  await fill(form, 'Date of this review', TODAY);
  await fill(form, 'Review the authorisation by (not needed when you refuse)', IN_A_MONTH);
  await form.getByRole('button', { name: 'Record the decision' }).click();
}

async function queryItem(page: Page, itemTitle: string, comment: string): Promise<void> {
  const item = page.getByRole('group', { name: itemTitle, exact: true });
  await item.getByRole('radio', { name: 'Query' }).check();
  await item.getByLabel(/What do you query\?/).fill(comment);
}

it('goes from export to return to approval, with the queries next to the questions', { timeout: 180_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const watched = await browser.newPage();
  const { page } = watched;
  const main = page.getByRole('main');

  // The investigator opens a finished case and exports the checklist.
  const first = await exportFinishedCase(page);
  expect(first.fileName).toMatch(/^sit-checklist-.*\.pdf$/);

  // The supervisor opens it: not altered; queries two findings, accepts the rest, returns it.
  const check = await openForReview(page, first.fileName, first.bytes);
  expect(await check.textContent()).toContain('Not altered');
  await queryItem(page, title('vw-partner-protocol-missing'), PROTOCOL_QUERY);
  await queryItem(page, title('pp-aggravating-circumstances-record'), SERIOUSNESS_QUERY);
  await main.getByRole('button', { name: /^Accept all \d+ items not yet reviewed$/ }).click();
  expect(await main.getByText(/reviewed, 2 queried\./).textContent()).toMatch(/^(\d+) of \1 reviewed, 2 queried\.$/);
  await expectNoAxeViolations(page);
  await screenshot(page, 'supervisor-reviewing');
  // Recording with nothing filled in: the problems are announced, each field says what is wrong.
  const form = page.getByRole('form', { name: 'Your decision' });
  await form.getByRole('button', { name: 'Record the decision' }).click();
  const problems = form.getByRole('alert');
  expect(await problems.textContent()).toContain('Choose a decision');
  expect(await form.getByRole('textbox', { name: 'Reasons for the decision (one per line)' }).getAttribute('aria-invalid')).toBe('true');
  await expectNoAxeViolations(page);
  await decide(page, 'Returned for more work', 'The partner protocol and the seriousness need more work');
  await main.getByRole('heading', { name: 'Decision recorded: Returned for more work' }).waitFor();
  await expectNoAxeViolations(page);
  await main.getByRole('group', { name: 'Handling marking printed on every page' }).getByRole('radio', { name: 'RESTRICTED' }).check();
  const reviewPdf = await captureDownload(page, () => main.getByRole('button', { name: 'Download the review record (PDF)' }).click());
  expect(reviewPdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The marking chosen, on every page.
  const reviewPages = pageTexts(new Uint8Array(reviewPdf.bytes));
  expect(reviewPages.length).toBeGreaterThan(0);
  for (const text of reviewPages) expect(text).toContain('RESTRICTED');
  const returned = await captureDownload(page, () => main.getByRole('button', { name: 'Download the review record (JSON)' }).click());
  expect(JSON.parse(returned.bytes.toString('utf8')).review.decision).toBe('return');

  // The investigator opens the review record: the queries stand next to the questions.
  await page.goto(appUrl());
  await page.getByLabel(IMPORT_LABEL).setInputFiles(file(returned.fileName, returned.bytes, 'application/json'));
  await expectStep(page, 'Review');
  expect(await main.getByRole('region', { name: 'Authorisation' }).textContent()).toContain('Returned for more work');
  const steps = page.getByRole('navigation', { name: 'Steps' });
  expect(await steps.getByRole('button', { name: /Intervention plan · query/ }).count()).toBe(1);
  await steps.getByRole('button', { name: /Intervention plan/ }).click();
  await expectStep(page, 'Intervention plan');
  expect(await main.getByRole('note', { name: 'Returned by your supervisor' }).textContent()).toContain('Returned for more work by Superintendent A. Reyes');
  const protocol = page.getByRole('group', { name: PROTOCOL_QUESTION, exact: true });
  expect(await protocol.getByRole('note').textContent()).toContain(PROTOCOL_QUERY);
  await expectNoAxeViolations(page);
  await screenshot(page, 'investigator-sees-query');
  await choose(main, PROTOCOL_QUESTION, 'Yes');
  await steps.getByRole('button', { name: /Proportionality · query/ }).click();
  await expectStep(page, 'Proportionality');
  expect(await main.getByRole('note').filter({ hasText: SERIOUSNESS_QUERY }).count()).toBeGreaterThan(0);
  await steps.getByRole('button', { name: /^Review/ }).click();
  await expectStep(page, 'Review');
  const second = await exportChecklist(page);

  // The supervisor opens the new checklist: not altered, the history in its log; approves.
  const recheck = await openForReview(page, second.fileName, second.bytes);
  expect(await recheck.textContent()).toContain('Not altered');
  expect(await page.getByRole('group', { name: title('vw-partner-protocol-missing'), exact: true }).count()).toBe(0);
  const log = page.getByRole('region', { name: 'Authorisation' });
  await log.getByText(/Decision log \(3 entries\)/).click();
  expect(await log.textContent()).toMatch(/assessment produced[\s\S]*returned[\s\S]*assessment produced/);
  await main.getByRole('button', { name: /^Accept all \d+ items not yet reviewed$/ }).click();
  await decide(page, 'Approved', 'The queries were answered');
  await main.getByRole('heading', { name: 'Decision recorded: Approved' }).waitFor();
  const approved = await captureDownload(page, () => main.getByRole('button', { name: 'Download the review record (JSON)' }).click());
  const record = JSON.parse(approved.bytes.toString('utf8'));
  expect(record.caseFile.log.map((entry: { kind: string }) => entry.kind)).toEqual([
    'assessment-produced',
    'returned',
    'assessment-produced',
    'approved',
  ]);
  await screenshot(page, 'supervisor-approved');

  // The investigator opens the approval: authorised until the review date; the operation ends and is cancelled.
  await page.goto(appUrl());
  await page.getByLabel(IMPORT_LABEL).setInputFiles(file(approved.fileName, approved.bytes, 'application/json'));
  await expectStep(page, 'Review');
  const authorisation = main.getByRole('region', { name: 'Authorisation' });
  expect(await authorisation.textContent()).toMatch(/Authorised until .*\(30 days left\)/);
  await main.getByText('The operation has ended: cancel the authorisation').click();
  const postOperation = main.getByRole('group', { name: 'Post-operation checklist: tick what has been done' });
  await postOperation.getByRole('checkbox').first().check();
  await fill(main, 'Why the authorisation ends (for example: objectives met, arrests made)', 'Objectives met');
  await main.getByRole('button', { name: 'Record the cancellation in the decision log' }).click();
  await screenshot(page, 'investigator-cancelled');
  await authorisation.getByText('Authorisation cancelled').waitFor();
  await expectNoAxeViolations(page);
  expectNoProblems(watched);
});

it('flags a checklist whose fingerprint was changed and a case file whose answers or log were edited', { timeout: 120_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const watched = await browser.newPage();
  const { page } = watched;

  const pdf = await exportFinishedCase(page);

  // The fingerprint printed in the PDF no longer matches its case file (same length, so the PDF still opens).
  const text = pdf.bytes.toString('latin1');
  const printed = /Fingerprint ([0-9a-f]{64})/.exec(text)![1]!;
  const forged = printed.replace(/^./, (digit) => (digit === '0' ? '1' : '0'));
  const tamperedPdf = Buffer.from(text.split(printed).join(forged), 'latin1');
  let check = await openForReview(page, 'tampered.pdf', tamperedPdf);
  expect(await check.getByRole('alert').textContent()).toBe('Altered: do not rely on this document');
  await expectNoAxeViolations(page);

  // The case file the PDF carries, with one answer changed after its assessment was logged.
  const exported = JSON.parse(extractCaseFromPdf(new Uint8Array(pdf.bytes))!);
  const edited = { ...exported, intervention: { ...exported.intervention, partnerProtocol: 'yes' } };
  check = await openForReview(page, 'edited.case.json', JSON.stringify(edited), 'application/json');
  expect(await check.getByRole('alert').textContent()).toBe('Altered: do not rely on this document');
  expect(await check.textContent()).toContain('The answers were changed after the document was produced');

  // The same case file with its decision log rewritten.
  const rewritten = { ...exported, log: exported.log.map((entry: object) => ({ ...entry, by: 'Someone else' })) };
  check = await openForReview(page, 'rewritten.case.json', JSON.stringify(rewritten), 'application/json');
  expect(await check.getByRole('alert').textContent()).toBe('Altered: do not rely on this document');
  expect(await check.textContent()).toContain('was changed after it was written');
  await screenshot(page, 'supervisor-tampered');

  // The investigator's wizard shows the same when it opens the rewritten file.
  await page.getByRole('button', { name: /^Back to the start/ }).click();
  await page.getByLabel(IMPORT_LABEL).setInputFiles(file('rewritten.case.json', JSON.stringify(rewritten), 'application/json'));
  await expectStep(page, 'Review');
  const alert = page.getByRole('main').getByRole('alert');
  expect(await alert.getByRole('heading').textContent()).toBe('The decision log of this case was altered');
  expect(await alert.textContent()).toContain('was changed after it was written');
  expectNoProblems(watched);
});

it('keeps an unfinished review through a reload', { timeout: 120_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const watched = await browser.newPage();
  const { page } = watched;
  const main = page.getByRole('main');

  const pdf = await exportFinishedCase(page);
  await openForReview(page, pdf.fileName, pdf.bytes);
  await queryItem(page, title('vw-partner-protocol-missing'), PROTOCOL_QUERY);
  await page.getByRole('group', { name: title('ms-safety-and-rights-priority'), exact: true }).getByRole('radio', { name: 'Accept' }).check();
  // The review is kept a moment after the last change, like the drafts' autosave.
  await page.waitForTimeout(1000);

  await page.reload();
  await main.getByRole('button', { name: 'Review a checklist' }).click();
  const protocol = page.getByRole('group', { name: title('vw-partner-protocol-missing'), exact: true });
  expect(await protocol.getByLabel(/What do you query\?/).inputValue()).toBe(PROTOCOL_QUERY);
  expect(await page.getByRole('group', { name: title('ms-safety-and-rights-priority'), exact: true }).getByRole('radio', { name: 'Accept' }).isChecked()).toBe(true);
  expect(await main.getByText(/^2 of \d+ reviewed, 1 queried\.$/).count()).toBe(1);

  // Back at the start it is still kept; once discarded, it is gone.
  await main.getByRole('button', { name: 'Back to the start (the review is kept)' }).click();
  await main.getByRole('button', { name: 'Review a checklist' }).click();
  await protocol.waitFor();
  await main.getByRole('button', { name: 'Discard this review' }).click();
  await page.waitForTimeout(500);
  await page.reload();
  await main.getByRole('button', { name: 'Review a checklist' }).click();
  await main.getByLabel(REVIEW_FILE_LABEL).waitFor();
  expect(await main.getByRole('region', { name: 'Was the checklist altered?' }).count()).toBe(0);
  expectNoProblems(watched);
});
