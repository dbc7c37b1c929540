// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, waitFor } from '@testing-library/react';
import { createElement as h } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/cli/disk.ts';
import type { Assessment } from '../../src/domain/assessment.schema.ts';
import { CaseFile } from '../../src/domain/case.schema.ts';
import { evaluate } from '../../src/domain/evaluate.ts';
import { answerWords } from '../../src/features/findings/answer-words.ts';
import { FindingCard } from '../../src/features/findings/finding-card.tsx';
import { LivePanel } from '../../src/features/findings/live-panel.tsx';
import { ReviewStep } from '../../src/features/review/review-step.tsx';
import { DraftsList } from '../../src/features/start/drafts-list.tsx';
import { ImportErrors } from '../../src/features/start/import-errors.tsx';
import { StartContext } from '../../src/features/start/start-context.ts';
import { STEP_FIELDS, type StepItem } from '../../src/features/steps/step-fields.ts';
import { StepForm } from '../../src/features/steps/step-form.tsx';
import { LifecycleBanner } from '../../src/features/wizard/lifecycle-banner.tsx';
import type { Answers } from '../../src/machine/answers.ts';
import { renderChecklistPdfBytes } from '../../src/pdf/render-checklist.ts';
import { readImportedFile } from '../../src/storage/case-file-io.ts';
import type { DraftsStore } from '../../src/storage/drafts-store.ts';
import { realRules } from '../support/assess.ts';
import { wordsOutsideMargins } from '../support/layout.ts';
import { pdfInputFor } from '../support/pdf-input.ts';
import { pageTexts, pdfWords, qpdfCheck, run, withPdfFile } from '../support/poppler.ts';
import { fileOf } from './hostile-inputs.ts';
import {
  checklistBody,
  CORPUS,
  expectInert,
  freeTextFields,
  hasControlCharacter,
  hasLineBreak,
  isDestination,
  openActions,
  pdfNames,
  printable,
  startsRightToLeft,
  structureOf,
  withoutLineBreaks,
} from './hostile-text.ts';

/**
 * Issue 9: every free-text field of the case file, fed the XSS / injection corpus
 * (tests/fixtures/hostile/xss-corpus.json), stays inert on screen and in the PDF.
 * The fields come from the zod schema; the corpus is dealt out over them in four
 * rounds, so each field gets four different strings and every string lands in
 * several fields (and, through the stop triggers, in every PDF).
 */
const FIELDS = freeTextFields(CaseFile);
const ROUNDS = 4;
const base = JSON.parse(readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'overland-lorry-network.case.json'), 'utf8')) as Record<string, any>;

interface Placed {
  field: string;
  /** Form path of the control that shows it, e.g. "operation.states.0.name"; lists share one control. */
  control: string;
  text: string;
}

/** How many values each field gets: every state is named, every stop trigger is a corpus string. */
function slotsOf(path: string): number {
  if (path === 'operation.states[].name') return base.operation.states.length;
  if (path === 'intervention.abortTriggers[]') return CORPUS.length;
  return path.endsWith('[]') ? 2 : 1;
}

/** The fixture with every free-text field set by `value(slot, field)`, parsed as the app would. */
function caseWith(value: (slot: number, field: string) => string): { answers: Answers; caseFile: CaseFile; placed: Placed[] } {
  const answers = structuredClone(base);
  answers.log = [{ seq: 0, at: '2026-03-05T14:05:00Z', kind: 'reviewed', by: 'x', summary: 'x', prev: '0'.repeat(64), hash: 'a'.repeat(64) }];
  const slots: { field: string; index: number; slot: number }[] = [];
  let slot = 0;
  for (const { path, maxLength } of FIELDS) {
    for (let index = 0; index < slotsOf(path); index++) {
      setSlot(answers, path, index, value(slot, path).slice(0, maxLength));
      slots.push({ field: path, index, slot: slot++ });
    }
  }
  const caseFile = CaseFile.parse(answers);
  const placed = slots.map(({ field, index }) => ({ field, control: controlOf(field, index), text: getSlot(caseFile, field, index) }));
  return { answers: answers as Answers, caseFile, placed };
}

function setSlot(target: any, path: string, index: number, text: string): void {
  const [list, inner] = path.split('[]') as [string, string | undefined];
  const keys = list.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce((node, key) => node[key], target);
  if (inner === undefined) parent[last] = text;
  else if (inner === '') (parent[last] = index === 0 ? [] : parent[last]).push(text);
  else parent[last][index][inner.slice(1)] = text;
}

function getSlot(target: any, path: string, index: number): string {
  const [list, inner] = path.split('[]') as [string, string | undefined];
  const node = list.split('.').reduce((at, key) => at[key], target);
  return inner === undefined ? node : inner === '' ? node[index] : node[index][inner.slice(1)];
}

const controlOf = (field: string, index: number) =>
  field.endsWith('[]') ? field.slice(0, -2) : field.replace('[]', `.${index}`);

/** Round r: slot k gets corpus string k + 13r. The codename never gets a line break (a known PDF bug, tested below). */
function hostileRound(round: number) {
  return caseWith((slot, field) => {
    let index = slot + 13 * round;
    while (field === 'operation.codename' && hasLineBreak(CORPUS[index % CORPUS.length]!.text)) index++;
    return CORPUS[index % CORPUS.length]!.text;
  });
}

const rounds = Array.from({ length: ROUNDS }, (_, round) => hostileRound(round));
const harmless = caseWith((slot) => `Harmless text ${slot}`);

afterEach(cleanup);

describe('the corpus and the fields', () => {
  it('covers the kinds of attack the issue names, and every free-text field of the schema', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map(({ kind }) => kind))).toEqual(
      new Set(['html', 'url', 'entity', 'template', 'bidi', 'invisible', 'long-word', 'control', 'unicode', 'sql', 'pdf']),
    );
    expect(FIELDS.map(({ path }) => path)).toContain('operation.states[].name');
    expect(FIELDS).toHaveLength(23);
    for (const { field } of rounds[0]!.placed) {
      const strings = new Set(rounds.map(({ placed }) => placed.find((entry) => entry.field === field)!.text));
      expect(strings.size, field).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('on screen', { timeout: 60_000 }, () => {
  const steps = Object.entries(STEP_FIELDS) as [string, StepItem[]][];
  /** The fields whose hostile value a step form showed, to check at the end that none was missed. */
  const shown = new Set<string>();
  const queriesOf = (items: StepItem[], text: (index: number) => string) => {
    const first = items.find((item): item is string => typeof item === 'string');
    return new Map(first ? [[first, [0, 1, 2].map(text)]] : []);
  };
  const stepForm = (items: StepItem[], answers: Answers, queries: Map<string, string[]>) =>
    h(StepForm, { items, answers, queries, onChange: () => {}, onNext: () => {}, onBack: () => {} });

  it.each(steps)('the "%s" step shows every hostile answer as the value of its field, and each query as text', (_step, items) => {
    const normal = structureOf(render(stepForm(items, harmless.answers, queriesOf(items, (i) => `Harmless query ${i}`))).container);
    cleanup();
    rounds.forEach(({ answers, placed }, round) => {
      const queries = queriesOf(items, (i) => CORPUS[(round * 3 + i) % CORPUS.length]!.text);
      const { container } = render(stepForm(items, answers, queries));
      expectInert(container, normal);
      for (const { field, control, text } of placed) {
        const element = container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#field-${control.replaceAll('.', '-')}`);
        if (!element) continue; // asked on another step
        expect(withoutLineBreaks(element.value), control).toContain(withoutLineBreaks(text));
        shown.add(field);
      }
      for (const comment of [...queries.values()].flat()) expect(container.textContent).toContain(comment);
      cleanup();
    });
  });

  it('the steps show every free-text field but the decision log (shown by the lifecycle banner)', () => {
    expect(FIELDS.map(({ path }) => path).filter((path) => !shown.has(path))).toEqual(['log[].by', 'log[].summary']);
  });

  it('the lifecycle banner shows who decided, from a hostile decision log, as text', () => {
    const banner = (caseFile: CaseFile) => h(LifecycleBanner, { log: caseFile.log, today: '2026-03-05' });
    const normal = structureOf(render(banner(harmless.caseFile)).container);
    cleanup();
    for (const { caseFile } of rounds) {
      const { container } = render(banner(caseFile));
      expectInert(container, normal);
      expect(container.textContent).toContain(`by ${caseFile.log[0]!.by}`);
      cleanup();
    }
  });

  it('the live panel and the review step stay inert with the assessment of each hostile case', () => {
    const views = (assessment: Assessment) =>
      h('div', null, h(LivePanel, { assessment }), h(ReviewStep, { assessment, canOpen: () => true, onOpen: () => {}, onNext: () => {}, onBack: () => {} }));
    const normal = structureOf(render(views(evaluate(harmless.caseFile, realRules()))).container);
    cleanup();
    for (const { caseFile } of rounds) {
      expectInert(render(views(evaluate(caseFile, realRules()))).container, normal);
      cleanup();
    }
  });

  it('a finding that quotes hostile answers ("Your answers") shows them as text', () => {
    const [finding] = evaluate(rounds[0]!.caseFile, realRules()).findings;
    const quoting = (actual: (index: number) => string) => ({
      ...finding!,
      because: CORPUS.map((_, index) => ({ fact: `fact.${index}`, question: `Question ${index}?`, op: 'eq', expected: 'yes', actual: actual(index) })),
    });
    const normal = structureOf(render(h(FindingCard, { finding: quoting((i) => `harmless ${i}`) })).container);
    cleanup();
    const { container } = render(h(FindingCard, { finding: quoting((i) => CORPUS[i]!.text) }));
    expectInert(container, normal);
    for (const { text } of CORPUS) expect(container.textContent).toContain(answerWords(text));
  });

  it('import errors name hostile file names as text', async () => {
    const errorsFor = (names: string[]) =>
      Promise.all(names.map(async (name) => ((await readImportedFile(fileOf(name, new Uint8Array(0)))) as { errors: string[] }).errors[0]!));
    const shown = (errors: string[]) => render(h(ImportErrors, { errors, onDismiss: () => {} })).container;
    const normal = structureOf(shown(await errorsFor(CORPUS.map((_, i) => `harmless-${i}.json`))));
    cleanup();
    const errors = await errorsFor(CORPUS.map(({ text }) => text));
    const container = shown(errors);
    expectInert(container, normal);
    expect(container.querySelectorAll('li')).toHaveLength(CORPUS.length);
    for (const error of errors) expect(container.textContent).toContain(error);
  });

  it('the drafts list shows hostile draft names and codenames as text', async () => {
    const shown = async (name: (index: number) => string) => {
      const drafts = CORPUS.map((_, index) => ({
        id: `draft-${index}`,
        name: name(index),
        codename: name(index + 1),
        step: 'operation',
        updatedAt: '2026-03-05T14:05:00.000Z',
      }));
      const store = { listDrafts: async () => ({ ok: true, value: { drafts, unreadable: [] } }) } as unknown as DraftsStore;
      const value = { store, now: () => new Date(), newId: () => 'id', open: () => {}, importErrors: [], dismissImportErrors: () => {}, lockedImport: null,
        unlockImport: async () => {}, cancelUnlock: () => {}, lock: undefined as never, afterUnlock: () => {} };
      const view = render(h(StartContext.Provider, { value }, h(DraftsList)));
      await waitFor(() => expect(view.container.querySelectorAll('li.draft')).toHaveLength(CORPUS.length));
      return view.container;
    };
    const normal = structureOf(await shown((i) => `Harmless draft ${i}`));
    cleanup();
    const container = await shown((i) => CORPUS[i % CORPUS.length]!.text);
    expectInert(container, normal);
    for (const { text } of CORPUS) expect(container.textContent).toContain(text);
  });
});

describe('in the checklist PDF', { timeout: 60_000 }, () => {
  let printedFields: Set<string>;
  let pdfs: { bytes: Uint8Array; placed: Placed[]; body: string }[];

  beforeAll(() => {
    // Which fields the checklist prints at all: each gets a marker word, and pdftotext finds it or not.
    const marked = caseWith((slot) => `Marker${slot}Q`);
    const markerText = printable(checklistBody(pageTexts(renderChecklistPdfBytes(pdfInputFor(marked.caseFile)))));
    printedFields = new Set(marked.placed.filter(({ text }) => markerText.includes(text)).map(({ field }) => field));
    pdfs = rounds.map(({ caseFile, placed }) => {
      const bytes = renderChecklistPdfBytes(pdfInputFor(caseFile));
      return { bytes, placed, body: printable(checklistBody(pageTexts(bytes))) };
    });
  }, 120_000);

  it('prints the fields a reader of the checklist needs', () => {
    expect([...printedFields].sort()).toEqual([
      'intervention.abortAuthority',
      'intervention.abortTriggers[]',
      'legality.authorisationReference',
      'operation.codename',
      'operation.leadAgency',
      'operation.objectives',
      'operation.states[].name',
      'techniques.controlledDelivery.interceptingAgency',
      'techniques.controlledDelivery.interceptionPoint',
      'techniques.controlledDelivery.route',
    ]);
  });

  it('is a valid PDF with no JavaScript, no automatic action and nothing to launch', () => {
    const forbidden = ['/JS', '/JavaScript', '/AA', '/Launch', '/URI', '/SubmitForm', '/ImportData', '/RichMedia', '/GoToR', '/GoToE'];
    for (const { bytes } of pdfs) {
      const check = qpdfCheck(bytes);
      expect(check.status, check.output).toBe(0);
      const json = JSON.parse(withPdfFile(bytes, (path) => run('qpdf', ['--json=2', path]).stdout)) as unknown;
      const names = pdfNames(json);
      expect(forbidden.filter((name) => names.has(name))).toEqual([]);
      // jsPDF's /OpenAction is a destination (open page 1, fit width), never an action.
      expect(openActions(json).every(isDestination), JSON.stringify(openActions(json))).toBe(true);
      expect(names.has('/EmbeddedFile')).toBe(true);
    }
  });

  it('prints each hostile string as text, where the field is printed', () => {
    let checked = 0;
    for (const { placed, body } of pdfs) {
      const printedHere = placed.filter(({ field, text }) => printedFields.has(field) && !hasControlCharacter(text) && !startsRightToLeft(text));
      expect(printedHere.filter(({ text }) => !body.includes(printable(text))).map(({ field, text }) => `${field}: ${JSON.stringify(text.slice(0, 60))}`)).toEqual([]);
      checked += printedHere.length;
    }
    expect(checked).toBeGreaterThan(ROUNDS * 40);
  });

  it('keeps every word, however long, inside the margins', () => {
    for (const { bytes } of pdfs) expect(wordsOutsideMargins(pdfWords(bytes))).toEqual([]);
  });

  it('does not let bidi override characters reorder the printed text', () => {
    for (const { body } of pdfs) {
      expect(body).toContain(printable('Route via exe.fdp to the port'));
      expect(body).not.toContain('pdf.exe');
      expect(body).toContain(printable('Agency embedded RTL and forced LTR end'));
    }
  });

  it('prints the text after a tab, NUL or other control character (jsPDF would drop the rest of the line)', () => {
    for (const { placed, body } of pdfs) {
      const withControls = placed.filter(({ field, text }) => printedFields.has(field) && hasControlCharacter(text));
      expect(withControls.length).toBeGreaterThan(0);
      for (const { text } of withControls) expect(body).toContain(printable(text));
    }
  });

  it('prints a line that starts with a right-to-left mark in its own order (jsPDF would mirror it)', () => {
    for (const { body } of pdfs) expect(body).toContain(printable('one two three (a right-to-left mark comes first)'));
  });

  it('prints a line that starts with a Hebrew letter in its own order (jsPDF would mirror it)', () => {
    for (const { body } of pdfs) expect(body).toContain(printable('first a Hebrew letter, then English words'));
  });

  it('keeps a codename with a line break inside the page header', () => {
    const codename = CORPUS.find(({ text }) => text.startsWith('%PDF-'))!.text;
    const caseFile = CaseFile.parse({ ...rounds[0]!.answers, operation: { ...(rounds[0]!.answers.operation as object), codename } });
    expect(wordsOutsideMargins(pdfWords(renderChecklistPdfBytes(pdfInputFor(caseFile))))).toEqual([]);
  }, 60_000);
});
