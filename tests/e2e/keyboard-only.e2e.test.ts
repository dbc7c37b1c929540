// Issue 5: "Keyboard alone works everywhere with visible focus." A short informant assessment in
// one state, from the start screen to the downloaded case file, with Tab, Shift+Tab, arrow keys,
// Space, Enter and typing only: no click, no locator action that would use the mouse.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseCaseFile } from '../../src/domain/parse-case.ts';
import { appUrl } from './support/app-url.ts';
import { launchBrowser, type BrowserSession } from './support/browser.ts';
import { captureDownload } from './support/downloads.ts';
import { expectNoProblems } from './support/expect-page.ts';
import { screenshot } from './support/wizard.ts';

/** What has the focus, as a keyboard user meets it. */
interface Focused {
  tag: string;
  type: string;
  /** Accessible-ish name: aria-label, the label's text, or the text inside. */
  name: string;
  /** The legend of the group the element is in, for radios and checkboxes. */
  group: string;
  checked: boolean;
  role: string;
  /** A focus ring is drawn: a non-zero outline or a box shadow. */
  ring: boolean;
  /** It takes up space on the screen. */
  shown: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    if (!element || element === document.body) {
      return { tag: 'body', type: '', name: '', group: '', checked: false, role: '', ring: false, shown: false };
    }
    const input = element as HTMLInputElement;
    const labels = input.labels ? [...input.labels].map((label) => label.textContent).join(' ') : '';
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const rect = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      type: input.type ?? '',
      name: squash(element.getAttribute('aria-label') || labels || element.textContent),
      group: squash(element.closest('fieldset')?.querySelector('legend')?.textContent),
      checked: input.checked === true,
      role: element.getAttribute('role') ?? '',
      ring: outline || style.boxShadow !== 'none',
      shown: rect.width > 0 && rect.height > 0,
    };
  });
}

const describeFocus = (f: Focused) => `${f.tag}${f.type ? `[${f.type}]` : ''} "${f.name}"${f.group ? ` in "${f.group}"` : ''}`;

/** Every element focus lands on must show it. */
function expectVisibleFocus(f: Focused): void {
  expect(f.ring, `no visible focus ring on ${describeFocus(f)}`).toBe(true);
  expect(f.shown, `focus is on something not shown: ${describeFocus(f)}`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, checking that every element on
 * the way shows its focus. Fails with the trail of elements passed if the target never comes.
 */
async function tabTo(page: Page, matches: (f: Focused) => boolean, { back = false, limit = 80 } = {}): Promise<Focused> {
  const trail: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    trail.push(describeFocus(now));
    if (now.tag !== 'body') expectVisibleFocus(now);
    if (matches(now)) return now;
  }
  throw new Error(`Tab never reached the element; passed:\n${trail.join('\n')}`);
}

const button = (name: string) => (f: Focused) => f.tag === 'button' && f.name === name;
const field = (label: string) => (f: Focused) => f.name === label && f.tag !== 'button';
const group = (legend: string) => (f: Focused) => f.group === legend;

/** The checked option of the radio group that has the focus. */
async function checkedOption(page: Page): Promise<string> {
  return page.evaluate(() => {
    const fieldset = document.activeElement?.closest('fieldset');
    const checked = fieldset?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    return (checked?.closest('label')?.textContent ?? '').trim();
  });
}

/** After "Save and continue": the new step's heading has the focus, and shows it. */
async function expectFocusOnHeading(page: Page, title: string): Promise<void> {
  await page.getByRole('main').getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  await expect.poll(async () => describeFocus(await focused(page))).toBe(`h1 "${title}"`);
  expectVisibleFocus(await focused(page));
}

/** Tab to the step's main button, press Enter, and land on the next step's heading. */
async function continueWithKeyboard(page: Page, next: string, label = 'Save and continue'): Promise<void> {
  await tabTo(page, button(label));
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, next);
}

let browser: BrowserSession;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('completes a short informant assessment and exports it with the keyboard alone', { timeout: 120_000 }, async () => {
  await browser.clearSiteData(appUrl());
  const watched = await browser.newPage();
  const { page } = watched;
  await page.goto(appUrl());
  await page.getByRole('button', { name: 'Start a new assessment' }).waitFor();

  // The first Tab reveals the skip link; the next reaches the main action.
  const skip = await tabTo(page, () => true, { limit: 1 });
  expect(skip.name).toBe('Skip to the questions');
  await tabTo(page, button('Start a new assessment'), { limit: 3 });
  await screenshot(page, 'keyboard-01-start-focused');
  await page.keyboard.press('Enter');
  await expectFocusOnHeading(page, 'Operation and states');

  // --- Validation error, fixed from the keyboard: the summary takes the focus, its link leads
  // to the field.
  await tabTo(page, button('Save and continue'));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('main').getByRole('alert');
  await summary.waitFor();
  await expect.poll(async () => (await focused(page)).role).toBe('alert');
  expectVisibleFocus(await focused(page));
  await screenshot(page, 'keyboard-02-error-summary');
  await tabTo(page, (f) => f.tag === 'a', { limit: 1 });
  await page.keyboard.press('Enter');
  await expect.poll(async () => describeFocus(await focused(page))).toBe('input[text] "Operation codename (never a real name)"');
  await page.keyboard.type('SILVER TERN');
  await summary.waitFor({ state: 'detached' });

  // One state, added with the keyboard; its name field takes the focus.
  await tabTo(page, button('Add a state'));
  await page.keyboard.press('Enter');
  await expect.poll(async () => describeFocus(await focused(page))).toBe('input[text] "State"');
  await page.keyboard.type('Ruritania');
  // Radio groups: one Tab stop each, arrow keys choose.
  const informantsLaw = await tabTo(page, group('Does the law of this state permit the use of informants?'));
  expect(informantsLaw.name).toBe('Not known yet');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect(await checkedOption(page)).toBe('Permitted');
  expectVisibleFocus(await focused(page));
  await tabTo(page, group('Has authorisation for the operation been obtained in this state?'));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect(await checkedOption(page)).toBe('Yes');
  // Shift+Tab goes back to the group before, with its choice kept.
  await tabTo(page, group('Does the law of this state permit controlled delivery?'), { back: true });
  await tabTo(page, group('Has authorisation for the operation been obtained in this state?'));
  expect(await checkedOption(page)).toBe('Yes');
  await screenshot(page, 'keyboard-03-operation');
  await continueWithKeyboard(page, 'People at risk');

  await tabTo(page, group('Will migrants be physically present during the operation?'));
  await page.keyboard.press('ArrowLeft');
  expect(await checkedOption(page)).toBe('No');
  await tabTo(page, group('Is there a risk to the life of migrants, officers or others?'));
  await page.keyboard.press('ArrowLeft');
  expect(await checkedOption(page)).toBe('No');
  await continueWithKeyboard(page, 'Techniques');

  // Checkboxes: Space ticks.
  const informant = await tabTo(page, group('Which special investigative techniques are planned?'), { limit: 3 });
  expect(informant.name).toBe('Informant');
  await page.keyboard.press('Space');
  expect((await focused(page)).checked).toBe(true);
  await screenshot(page, 'keyboard-04-techniques');
  await continueWithKeyboard(page, 'Informant');

  await tabTo(page, field('Informant codename (never the real name)'), { limit: 3 });
  await page.keyboard.type('SPARROW');
  await tabTo(page, group('Is the informant under 18?'));
  await page.keyboard.press('ArrowLeft');
  expect(await checkedOption(page)).toBe('No');
  await continueWithKeyboard(page, 'Legality and authorisation');
  await continueWithKeyboard(page, 'Subsidiarity');
  await continueWithKeyboard(page, 'Proportionality');
  await continueWithKeyboard(page, 'Admissibility and evidence');
  // One state: no international cooperation step.
  await continueWithKeyboard(page, 'Risk register');
  await continueWithKeyboard(page, 'Intervention plan', 'Continue');
  await continueWithKeyboard(page, 'Review');
  await screenshot(page, 'keyboard-05-review');
  await continueWithKeyboard(page, 'Export', 'Continue to export');

  // --- Export: past the JSON button and back with Shift+Tab, then Enter downloads it.
  await tabTo(page, button('Download the case file (JSON)'));
  await tabTo(page, button('Back'), { limit: 3 });
  await tabTo(page, button('Download the case file (JSON)'), { back: true, limit: 3 });
  await screenshot(page, 'keyboard-06-export');
  const file = await captureDownload(page, () => page.keyboard.press('Enter'));
  const parsed = parseCaseFile(file.bytes.toString('utf8'));
  if (!parsed.ok) throw new Error(`the exported case file does not validate:\n${parsed.errors.join('\n')}`);
  expect(parsed.caseFile.operation.codename).toBe('SILVER TERN');
  expect(parsed.caseFile.operation.states).toMatchObject([
    { name: 'Ruritania', investigating: true, techniquePermitted: { informant: 'permitted' }, authorisationObtained: 'yes' },
  ]);
  expect(parsed.caseFile.techniques.selected).toEqual(['informant']);
  expect(parsed.caseFile.techniques.informant).toMatchObject({ codename: 'SPARROW', isChild: 'no' });
  expect(parsed.caseFile.people).toMatchObject({ migrantsPhysicallyInvolved: 'no', riskToLife: 'no' });
  await page.getByRole('main').getByRole('status').getByText('The case file has been downloaded.').waitFor();

  // --- The same case file protected with a passphrase: the form takes the focus, Enter sends it.
  await tabTo(page, button('Protect the case file with a passphrase'));
  await page.keyboard.press('Enter');
  await page.getByLabel('Type the passphrase again').waitFor();
  expect((await focused(page)).name).toBe('Passphrase');
  await page.keyboard.type('silver terns fly south');
  await tabTo(page, field('Type the passphrase again'), { limit: 1 });
  await page.keyboard.type('silver terns fly south');
  const protectedFile = await captureDownload(page, () => page.keyboard.press('Enter'));
  expect(protectedFile.fileName).toMatch(/\.protected\.json$/);
  expect(protectedFile.bytes.toString('utf8')).not.toContain('SILVER TERN');

  expectNoProblems(watched);
});
