// Issue 5: a full controlled-delivery assessment from the start screen to the downloaded PDF, read
// back. Lorry with concealed migrants and children crosses two states, one of which prohibits
// controlled delivery (SIT paper para 26): every other safeguard is in place, so the verdict must
// be "Do not proceed" because of that one state, and the finding must say what to change.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/domain/parse-case.ts';
import { bodyText, pageTexts } from '../support/poppler.ts';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { captureDownload } from './support/downloads.ts';
import { expectNoAxeViolations, expectNoProblems } from './support/expect-page.ts';
import {
  choose,
  continueTo,
  cooperationCard,
  expectStep,
  fill,
  liveVerdict,
  progressCount,
  screenshot,
  stateCard,
  tick,
} from './support/wizard.ts';

const CODENAME = 'GREY HERON';
const PROHIBITING_STATE = 'Borduria';
const PROHIBITED_FINDING = 'Controlled delivery is prohibited in a state on the route';
const CHECKLIST_ITEM = 'Check that the law of every state the delivery will cross permits controlled delivery';

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('plans a controlled delivery of a lorry with concealed migrants and leaves with the PDF', { timeout: 180_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const watched = await browser.newPage();
  const { page } = watched;
  const main = page.getByRole('main');
  /** axe on the step as the user leaves it (answers filled in), and a screenshot to look at. */
  const check = async (name: string) => {
    await expectNoAxeViolations(page);
    await screenshot(page, `cd-${name}`);
  };

  await page.goto(appUrl());
  await page.getByRole('button', { name: 'Start a new assessment' }).waitFor();
  await check('00-start');
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await expectStep(page, 'Operation and states');
  await expect.poll(() => progressCount(page).textContent()).toMatch(/^Step 1 of \d+/);

  // --- A validation error: no codename. The summary is announced, names the problem in plain
  // words, and the field says it is invalid and points at its error text.
  await main.getByRole('button', { name: 'Save and continue' }).click();
  const summary = main.getByRole('alert');
  await summary.waitFor();
  expect(await summary.getByRole('heading').textContent()).toBe('Please check this answer');
  expect(await summary.getByRole('listitem').allTextContents()).toEqual([
    'Operation codename (never a real name): Enter an operation codename',
  ]);
  const codename = page.getByLabel('Operation codename (never a real name)');
  expect(await codename.getAttribute('aria-invalid')).toBe('true');
  const describedBy = ((await codename.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
  expect(descriptions.join(' | ')).toContain('Enter an operation codename');
  await expectStep(page, 'Operation and states'); // did not move on
  await check('01-operation-error');

  // Fixing the answer clears the error at once.
  await codename.fill(CODENAME);
  await summary.waitFor({ state: 'detached' });
  expect(await codename.getAttribute('aria-invalid')).toBeNull();

  // --- Operation and states.
  await fill(main, 'Offences suspected (one per line)', 'Smuggling of migrants for financial benefit\nEndangering life');
  await fill(main, 'Objectives of the operation', 'Identify the organisers who move migrants hidden in lorries.');
  await fill(main, 'Lead agency', 'Border Police, Ruritania');
  await main.getByRole('button', { name: 'Add a state' }).click();
  const home = stateCard(page, 1);
  await fill(home, 'State', 'Ruritania');
  await choose(home, 'Role of this state on the smuggling route', 'Destination');
  expect(await home.getByRole('checkbox', { name: 'Is this the state whose authorities run the investigation?' }).isChecked()).toBe(true);
  await choose(home, 'Does the law of this state permit controlled delivery?', 'Permitted');
  await choose(home, 'Has authorisation for the operation been obtained in this state?', 'Yes');
  await main.getByRole('button', { name: 'Add a state' }).click();
  const transit = stateCard(page, 2);
  await fill(transit, 'State', PROHIBITING_STATE);
  await choose(transit, 'Role of this state on the smuggling route', 'Transit');
  await choose(transit, 'Does the law of this state permit controlled delivery?', 'Prohibited');
  await choose(transit, 'Has authorisation for the operation been obtained in this state?', 'Yes');
  await choose(main, 'Where did the information that started the case come from?', 'Intelligence');
  await choose(main, 'Has that information been corroborated by another source?', 'Yes');
  await fill(main, 'Short summary of the information (no real identities)', 'Two lorries a week leave the depot with people hidden behind pallets.');
  await choose(main, 'Are the agencies involved (police, border, immigration, prosecution) coordinated?', 'Yes');
  await choose(main, 'Is a financial investigation running alongside (proceeds, payments, assets)?', 'Yes');
  await check('02-operation');
  await continueTo(page, 'People at risk');

  // --- People at risk: migrants concealed in a lorry, children among them.
  await choose(main, 'Will migrants be physically present during the operation?', 'Yes');
  await fill(main, 'How many migrants are expected?', '14');
  await tick(main, 'How do the migrants travel?', 'Car, van or lorry');
  await choose(main, 'Are migrants concealed in a vehicle or container?', 'Yes');
  await choose(main, 'Are migrants at sea during the operation?', 'No');
  await choose(main, 'Is the vessel overloaded or unseaworthy?', 'No');
  await choose(main, 'Do migrants cross dangerous terrain on foot?', 'No');
  await choose(main, 'Could migrants be left without air, water, food or shelter?', 'Yes');
  await choose(main, 'Is there a risk to the life of migrants, officers or others?', 'Yes');
  await choose(main, 'Are children among the migrants?', 'Yes');
  await choose(main, 'Are any children unaccompanied or separated from their families?', 'No');
  await fill(main, 'How many children?', '3');
  await choose(main, 'Are pregnant women among the migrants?', 'No');
  await choose(main, 'Are women travelling with children among the migrants?', 'Yes');
  await choose(main, 'Are there other vulnerable people (sick, injured, disabled, elderly)?', 'No');
  await choose(main, 'Might some migrants be refugees or asylum seekers?', 'Yes');
  for (const sign of [
    'Are migrants held by a debt they must work off?',
    'Are migrants forced to work or provide services?',
    'Have identity or travel documents been taken from migrants?',
    'Are migrants subjected to violence or threats?',
    'Were migrants deceived about the journey, the work or the conditions?',
  ]) {
    await choose(main, sign, 'No');
  }
  await check('03-people');
  await continueTo(page, 'Techniques');

  // --- Technique: controlled delivery only; its step appears in the progress list.
  const deliveryInProgress = page.getByRole('navigation', { name: 'Steps' }).getByRole('listitem').filter({ hasText: /^Controlled delivery/ });
  expect(await deliveryInProgress.count()).toBe(0);
  await tick(main, 'Which special investigative techniques are planned?', 'Controlled delivery');
  await deliveryInProgress.waitFor();
  await check('04-techniques');
  await continueTo(page, 'Controlled delivery');

  // --- Controlled delivery: well planned, watched throughout, can be stopped at any point.
  await tick(main, 'What does the controlled delivery carry?', 'People (migrants)');
  await fill(main, 'Route of the delivery', 'Depot in Ruritania → border crossing → Borduria ring road → return to Ruritania');
  await choose(main, 'Is the route known in advance?', 'Yes');
  await fill(main, 'Who intercepts?', 'Border Police tactical unit');
  await fill(main, 'Where is the delivery intercepted?', 'Service area before the return border crossing');
  await choose(main, 'Is the interception plan agreed with every agency involved?', 'Yes');
  await choose(main, 'Will the delivery be watched at all times?', 'Yes');
  await choose(main, 'Can the delivery be stopped at any point if people are at risk?', 'Yes');
  await choose(main, 'Is it run as a joint investigation with the other states?', 'Yes');
  // The technique is chosen, so the prohibiting state now blocks: the live panel says so at once.
  await expect.poll(() => liveVerdict(page).textContent()).toBe('Do not proceed');
  await check('05-controlled-delivery');
  await continueTo(page, 'Legality and authorisation');

  // --- Legality.
  await choose(main, 'Does national law provide a legal basis for each technique?', 'Yes');
  await fill(main, 'Legal basis (law and article)', 'Code of Criminal Procedure, art. 224');
  await choose(main, 'Who authorises the operation?', 'A judge');
  await fill(main, 'Authorisation reference', 'INV-2026-0117');
  await fill(main, 'Authorised from (date)', '2026-03-01');
  await fill(main, 'Authorised until (date)', '2026-05-31');
  await choose(main, 'Is there judicial or other independent oversight of the operation?', 'Yes');
  await choose(main, 'Has the prosecutor been consulted?', 'Yes');
  await choose(main, 'Have you checked the law of every other state involved?', 'Yes');
  await check('06-legality');
  await continueTo(page, 'Subsidiarity');

  await choose(main, 'Have less intrusive investigative methods been considered?', 'Yes');
  await fill(main, 'Which less intrusive methods were considered?', 'Roadside checks, financial enquiries');
  await fill(main, 'Why are they not enough?', 'Checks catch drivers, never organisers; the money moves in cash.');
  await check('07-subsidiarity');
  await continueTo(page, 'Proportionality');

  await choose(main, 'How serious is the suspected offence?', 'Aggravated (lives endangered, inhuman treatment…)');
  await choose(main, 'Does the operation target the organisers of the smuggling network?', 'Yes');
  await choose(main, 'Are smuggled migrants or humanitarian helpers among the targets of the operation?', 'No');
  await fill(main, 'What result do you expect?', 'Arrest of the organisers at the depot; migrants safe.');
  await choose(main, 'How intrusive is the operation?', 'Medium');
  await choose(main, 'Will people who are not suspects be affected (collateral intrusion)?', 'Yes');
  await choose(main, 'Are there measures to limit collateral intrusion?', 'Yes');
  await fill(main, 'How is collateral intrusion limited?', 'Only the lorry and the depot are watched.');
  await check('08-proportionality');
  await continueTo(page, 'Admissibility and evidence');

  for (const [text, answer] of [
    ['Is the evidence intended for use in court?', 'Yes'],
    ['Is a chain of custody in place for all evidence?', 'Yes'],
    ['Is evidence secured at the point of interception?', 'Yes'],
    ['Has disclosure to the defence been planned?', 'Yes'],
    ['Will migrants be interviewed as witnesses?', 'Yes'],
    ['Are interpreters arranged for migrant witnesses?', 'Yes'],
    ['Will migrant witnesses get legal advice before interview?', 'Yes'],
    ['Will witness interviews be recorded?', 'Yes'],
    ['Are there measures to protect migrant witnesses (identity, safety, residence, video-link)?', 'Yes'],
    ['Will evidence be gathered in or obtained from another state?', 'Yes'],
    ['Will a search, seizure or other coercive measure be needed in another state?', 'No'],
  ] as const) {
    await choose(main, text, answer);
  }
  await choose(main, 'Through which channel will that evidence come?', 'Mutual legal assistance request');
  await check('09-admissibility');
  // Two states, so international cooperation applies.
  await continueTo(page, 'International cooperation');

  const borduria = cooperationCard(page, PROHIBITING_STATE);
  expect(await main.getByRole('heading', { level: 4, name: 'Ruritania' }).count()).toBe(0); // the investigating state is not asked
  await choose(borduria, 'Has a mutual legal assistance request been made to this state?', 'Yes');
  await choose(borduria, 'Is there a joint investigation team with this state?', 'Yes');
  await choose(borduria, 'Is cooperation with this state limited to informal police-to-police contact?', 'No');
  await check('10-cooperation');
  await continueTo(page, 'Risk register');

  const register = main.getByRole('table', { name: 'Risk register' });
  await register.waitFor();
  expect(await register.getByRole('row').count()).toBeGreaterThan(1);
  await check('11-risks');
  await continueTo(page, 'Intervention plan', 'Continue');

  await choose(main, 'Is there an intervention plan in case migrants are harmed?', 'Yes');
  await fill(main, 'Who can stop the operation (role, not name)?', 'Silver commander on duty');
  await choose(main, 'Are the triggers to stop the operation defined?', 'Yes');
  await fill(main, 'Triggers to stop the operation (one per line)', 'Lorry stops for over 20 minutes\nSigns of distress from the trailer');
  for (const text of [
    'Will the risks to migrants be reassessed at every stage of the operation?',
    'Is a rescue team ready?',
    'Is medical care arranged?',
    'Are interpreters ready for the migrants?',
    'Are child-protection services ready?',
    'Is consular notification arranged?',
    'Are shelter and victim support arranged?',
    'Can migrants be referred to asylum procedures?',
    'Is there a written protocol with partner agencies and NGOs (roles, data protection)?',
  ]) {
    await choose(main, text, 'Yes');
  }
  await choose(main, 'Are search-and-rescue assets at sea ready?', 'No');
  await check('12-intervention');
  await continueTo(page, 'Review');

  // --- Review: the verdict, and a blocking finding that names what must change.
  const verdict = main.getByRole('heading', { level: 2, name: /^Verdict:/ });
  expect(await verdict.textContent()).toBe('Verdict: Do not proceed');
  const blocking = main.getByRole('article', { name: `Blocking: ${PROHIBITED_FINDING}` });
  await blocking.waitFor();
  const remedy = (await blocking.getByText('What must change:').locator('..').textContent()) ?? '';
  expect(remedy).toContain('Do not let the delivery enter that state');
  // "Why?" shows the source paragraph.
  await blocking.getByText('Why?').click();
  expect(await blocking.getByRole('blockquote').first().textContent()).toContain('In some jurisdictions, the use of controlled delivery is prohibited.');
  await check('13-review');
  await continueTo(page, 'Export', 'Continue to export');

  // --- Export: the PDF, read back as text.
  await check('14-export');
  const pdf = await captureDownload(page, () => main.getByRole('button', { name: 'Download the checklist (PDF)' }).click());
  expect(pdf.fileName).toMatch(/^sit-checklist-GREY-HERON-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = bodyText(pageTexts(pdf.bytes));
  expect(text).toContain(CODENAME);
  expect(text).toContain('Do not proceed');
  expect(text).toContain(PROHIBITED_FINDING);
  expect(text).toContain(CHECKLIST_ITEM);
  await main.getByRole('status').getByText('The PDF has been downloaded.').waitFor();

  // --- Export: the case file, valid against the schema the CLI and the import use.
  const json = await captureDownload(page, () => main.getByRole('button', { name: 'Download the case file (JSON)' }).click());
  expect(json.fileName).toMatch(/^sit-case-GREY-HERON-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = parseCaseFile(json.bytes.toString('utf8'));
  if (!parsed.ok) throw new Error(`the exported case file does not validate:\n${parsed.errors.join('\n')}`);
  expect(parsed.caseFile.operation.codename).toBe(CODENAME);
  expect(parsed.caseFile.techniques.selected).toEqual(['controlledDelivery']);
  expect(parsed.caseFile.operation.states.map((state) => [state.name, state.techniquePermitted.controlledDelivery])).toEqual([
    ['Ruritania', 'permitted'],
    [PROHIBITING_STATE, 'prohibited'],
  ]);
  expect(parsed.caseFile.people.children.count).toBe(3);
  await check('15-export-done');

  expectNoProblems(watched);
});
