import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { CaseFile } from '../domain/case.schema.ts';
import { checkDocument } from '../domain/document-check.ts';
import { evaluate } from '../domain/evaluate.ts';
import { itemKey, reviewableItems } from '../domain/review-items.ts';
import { makeReviewRecord } from '../domain/review-record.ts';
import type { ReviewRecord } from '../domain/review-record.schema.ts';
import { Review } from '../domain/review.schema.ts';
import { realRules } from '../../tests/support/assess.ts';
import { fixtureCase } from '../../tests/support/pdf-input.ts';
import { reviewMachine } from './review.machine.ts';
import type { FileToReview, OpenedDocument, OpenResult, ReviewEvent } from './review.types.ts';

const rules = realRules();

/** What the app's openDocument actor gives for a case file that opens: checked and assessed under the real rules. */
function openedDocument(fileName: string, caseFile: CaseFile): OpenedDocument {
  const source = { embeddedCaseJson: JSON.stringify(caseFile) };
  const check = checkDocument({ ...source, currentRuleSet: rules });
  if (!check.caseFile || !check.fingerprintNow) throw new Error(check.errors.join('\n'));
  return {
    fileName,
    source,
    check: { ...check, caseFile: check.caseFile, fingerprintNow: check.fingerprintNow },
    assessment: evaluate(check.caseFile, rules),
  };
}

const lorry = openedDocument('lorry.json', fixtureCase('overland-lorry-network'));
const informant = openedDocument('informant.json', fixtureCase('travel-agency-informant'));
const lorryKeys = reviewableItems(lorry.assessment).map(itemKey);
const informantKeys = reviewableItems(informant.assessment).map(itemKey);
const PARTNER = 'finding:vw-partner-protocol-missing';
const CUSTODY = 'checklist:ad-chain-of-custody-missing#1';
const BROKEN_ERRORS = ['broken.json: not valid JSON (Unexpected end of JSON input)'];

/** A file as the file picker hands it to the machine; the test actor goes by its name. */
function fileNamed(name: string): FileToReview {
  return { name, size: 1, text: async () => '', arrayBuffer: async () => new ArrayBuffer(1) };
}

/**
 * The machine with an openDocument actor that behaves by file name, as the real
 * one would for such files: opens one of two real cases, cannot read one, throws
 * on one, and never finishes with another (still checking).
 */
function machineWithFiles() {
  const opened: string[] = [];
  const machine = reviewMachine.provide({
    actors: {
      openDocument: fromPromise<OpenResult, { file: FileToReview }>(async ({ input }) => {
        opened.push(input.file.name);
        // A tick first, like reading a real file: the machine must show that it is checking.
        await new Promise((resolve) => setTimeout(resolve, input.file.name === 'slow-lorry.json' ? 30 : 1));
        switch (input.file.name) {
          case 'lorry.json':
          case 'slow-lorry.json':
            return { ok: true, document: lorry };
          case 'informant.json':
            return { ok: true, document: informant };
          case 'broken.json':
            return { ok: false, errors: BROKEN_ERRORS };
          case 'unreadable.json':
            throw new Error('The disk was removed');
          default:
            return new Promise<OpenResult>(() => {});
        }
      }),
    },
  });
  return { machine, opened };
}

type Actor = ReturnType<typeof createActor<ReturnType<typeof machineWithFiles>['machine']>>;

async function started(...files: string[]): Promise<Actor> {
  const actor = createActor(machineWithFiles().machine).start();
  for (const name of files) await open(actor, name);
  return actor;
}

async function open(actor: Actor, name: string): Promise<SnapshotFrom<typeof reviewMachine>> {
  actor.send({ type: 'document.open', file: fileNamed(name) });
  expect(actor.getSnapshot().value).toBe('opening');
  return waitFor(actor, (snapshot) => !snapshot.matches('opening'));
}

function recordFor(document: OpenedDocument): ReviewRecord {
  const review = Review.parse({
    caseFingerprint: document.check.fingerprintNow,
    ruleSetVersion: rules.version,
    reviewer: { name: 'A. Reyes', rank: 'Superintendent' },
    reviewedAt: '2026-03-06',
    decision: 'approve',
    reasons: ['Proportionate, and the safeguards are in place'],
    reviewDate: '2026-03-20',
    items: reviewableItems(document.assessment).map((item) => ({ kind: item.kind, ref: item.ref, status: 'accepted' })),
  });
  return makeReviewRecord({
    caseFile: document.check.caseFile,
    review,
    check: document.check,
    assessment: document.assessment,
    ruleSet: rules,
    at: new Date('2026-03-06T16:45:00Z'),
  });
}
const informantRecord = recordFor(informant);

describe('opening a document for review', () => {
  it('starts with nothing open', () => {
    const actor = createActor(reviewMachine).start();
    expect(actor.getSnapshot().value).toBe('empty');
    expect(actor.getSnapshot().context).toEqual({ document: null, items: {}, record: null, errors: [] });
  });

  it('checks the file, then shows the document with no item reviewed yet', async () => {
    const actor = await started();
    const snapshot = await open(actor, 'lorry.json');
    expect(snapshot.value).toBe('reviewing');
    expect(snapshot.context).toEqual({ document: lorry, items: {}, record: null, errors: [] });
  });

  it('goes back to nothing open, with the reasons, when the first file cannot be reviewed', async () => {
    const actor = await started();
    const snapshot = await open(actor, 'broken.json');
    expect(snapshot.value).toBe('empty');
    expect(snapshot.context).toEqual({ document: null, items: {}, record: null, errors: BROKEN_ERRORS });
  });

  it('says why when reading the file throws', async () => {
    const actor = await started();
    const snapshot = await open(actor, 'unreadable.json');
    expect(snapshot.value).toBe('empty');
    expect(snapshot.context.errors).toEqual(['The file could not be opened: The disk was removed']);
  });

  it('keeps the review in progress, items and all, when another file cannot be opened', async () => {
    const actor = await started('lorry.json');
    actor.send({ type: 'item.accept', key: PARTNER });
    actor.send({ type: 'item.query', key: CUSTODY, comment: 'Who keeps the exhibits log?' });
    const items = actor.getSnapshot().context.items;
    for (const name of ['broken.json', 'unreadable.json']) {
      const snapshot = await open(actor, name);
      expect(snapshot.value).toBe('reviewing');
      expect(snapshot.context.document).toBe(lorry);
      expect(snapshot.context.items).toEqual(items);
      expect(snapshot.context.errors).toHaveLength(1);
    }
  });

  it('starts afresh, clearing the old reasons and items, when another file opens', async () => {
    const actor = await started('broken.json', 'lorry.json');
    expect(actor.getSnapshot().context.errors).toEqual([]);
    actor.send({ type: 'item.accept', key: PARTNER });
    const snapshot = await open(actor, 'informant.json');
    expect(snapshot.value).toBe('reviewing');
    expect(snapshot.context).toEqual({ document: informant, items: {}, record: null, errors: [] });
  });

  it('opens the file chosen last when the supervisor changes their mind while checking', async () => {
    const { machine, opened } = machineWithFiles();
    const actor = createActor(machine).start();
    actor.send({ type: 'document.open', file: fileNamed('slow-lorry.json') });
    actor.send({ type: 'document.open', file: fileNamed('informant.json') });
    const snapshot = await waitFor(actor, (state) => !state.matches('opening'));
    expect(snapshot.context.document).toBe(informant);
    // The slow file finishes later; its result must not replace the one chosen last.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(opened).toEqual(['slow-lorry.json', 'informant.json']);
    expect(actor.getSnapshot().context.document).toBe(informant);
  });

  it('closes a file that is still being checked', async () => {
    const actor = await started();
    actor.send({ type: 'document.open', file: fileNamed('lorry.json') });
    actor.send({ type: 'document.close' });
    expect(actor.getSnapshot().value).toBe('empty');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(actor.getSnapshot().value).toBe('empty');
    expect(actor.getSnapshot().context.document).toBeNull();
  });

  it('cannot open anything without an openDocument actor from the app', async () => {
    const actor = createActor(reviewMachine).start();
    actor.send({ type: 'document.open', file: fileNamed('lorry.json') });
    const snapshot = await waitFor(actor, (state) => !state.matches('opening'));
    expect(snapshot.value).toBe('empty');
    expect(snapshot.context.errors).toEqual(['Opening documents is not available here.']);
  });
});

describe('reviewing the items', () => {
  it('accepts, queries and clears items of the open document by their key', async () => {
    const actor = await started('lorry.json');
    actor.send({ type: 'item.accept', key: PARTNER });
    actor.send({ type: 'item.query', key: CUSTODY, comment: 'Who keeps the exhibits log?' });
    expect(actor.getSnapshot().context.items).toEqual({
      [PARTNER]: { status: 'accepted', comment: '' },
      [CUSTODY]: { status: 'queried', comment: 'Who keeps the exhibits log?' },
    });
    // A query replaces the acceptance, and clearing makes the item unreviewed again.
    actor.send({ type: 'item.query', key: PARTNER, comment: 'Which NGO?' });
    actor.send({ type: 'item.clear', key: CUSTODY });
    expect(actor.getSnapshot().context.items).toEqual({ [PARTNER]: { status: 'queried', comment: 'Which NGO?' } });
  });

  it('ignores keys that are not items of the open document', async () => {
    const actor = await started('informant.json');
    expect(informantKeys).not.toContain(PARTNER);
    const unknown = ['finding:no-such-rule', PARTNER, 'vw-partner-protocol-missing', `checklist:${PARTNER}`, ''];
    for (const key of unknown) {
      actor.send({ type: 'item.accept', key });
      actor.send({ type: 'item.query', key, comment: 'Why?' });
    }
    expect(actor.getSnapshot().context.items).toEqual({});
    actor.send({ type: 'item.accept', key: informantKeys[0]! });
    actor.send({ type: 'item.clear', key: 'finding:no-such-rule' });
    expect(Object.keys(actor.getSnapshot().context.items)).toEqual([informantKeys[0]]);
  });

  it('accepts every item not reviewed yet, and keeps the queries', async () => {
    const actor = await started('lorry.json');
    actor.send({ type: 'item.query', key: PARTNER, comment: 'Which NGO?' });
    actor.send({ type: 'items.acceptRest' });
    const { items } = actor.getSnapshot().context;
    expect(Object.keys(items).sort()).toEqual([...lorryKeys].sort());
    expect(items[PARTNER]).toEqual({ status: 'queried', comment: 'Which NGO?' });
    const accepted = Object.entries(items).filter(([, item]) => item.status === 'accepted');
    expect(accepted).toHaveLength(lorryKeys.length - 1);
    expect(accepted.every(([, item]) => item.comment === '')).toBe(true);
  });

  it('takes no item events before a document is open', () => {
    const actor = createActor(reviewMachine).start();
    actor.send({ type: 'item.accept', key: PARTNER });
    actor.send({ type: 'items.acceptRest' });
    expect(actor.getSnapshot().context.items).toEqual({});
    expect(actor.getSnapshot().value).toBe('empty');
  });
});

describe('recording the decision', () => {
  it('keeps the record, and takes no more item events until amended', async () => {
    const actor = await started('informant.json');
    actor.send({ type: 'items.acceptRest' });
    actor.send({ type: 'review.record', record: informantRecord });
    expect(actor.getSnapshot().value).toBe('recorded');
    expect(actor.getSnapshot().context.record).toBe(informantRecord);
    const items = actor.getSnapshot().context.items;
    actor.send({ type: 'item.clear', key: informantKeys[0]! });
    actor.send({ type: 'item.query', key: informantKeys[1]!, comment: 'Too late' });
    expect(actor.getSnapshot().context.items).toBe(items);
  });

  it('goes back to reviewing on amend, with the record cleared and the items kept', async () => {
    const actor = await started('informant.json');
    actor.send({ type: 'item.query', key: informantKeys[0]!, comment: 'Name the handler' });
    const items = actor.getSnapshot().context.items;
    actor.send({ type: 'review.record', record: informantRecord });
    actor.send({ type: 'review.amend' });
    expect(actor.getSnapshot().value).toBe('reviewing');
    expect(actor.getSnapshot().context).toMatchObject({ document: informant, items, record: null });
  });

  it('does not amend what was never recorded', async () => {
    const actor = await started('informant.json');
    actor.send({ type: 'review.amend' });
    expect(actor.getSnapshot().value).toBe('reviewing');
  });

  it('clears the document, the items, the record and the reasons on close, from any state', async () => {
    for (const setUp of [
      async (actor: Actor) => open(actor, 'broken.json'),
      async (actor: Actor) => {
        await open(actor, 'informant.json');
        actor.send({ type: 'items.acceptRest' });
      },
      async (actor: Actor) => {
        await open(actor, 'informant.json');
        await open(actor, 'broken.json');
        actor.send({ type: 'items.acceptRest' });
        actor.send({ type: 'review.record', record: informantRecord });
      },
    ]) {
      const actor = await started();
      await setUp(actor);
      actor.send({ type: 'document.close' });
      expect(actor.getSnapshot().value).toBe('empty');
      expect(actor.getSnapshot().context).toEqual({ document: null, items: {}, record: null, errors: [] });
    }
  });

  it('stays recorded, with its record, when a file cannot be opened after the decision was recorded', async () => {
    const actor = await started('informant.json');
    actor.send({ type: 'items.acceptRest' });
    actor.send({ type: 'review.record', record: informantRecord });
    await open(actor, 'broken.json');
    expect(actor.getSnapshot().value).toBe('recorded');
    expect(actor.getSnapshot().context).toMatchObject({ document: informant, record: informantRecord, errors: BROKEN_ERRORS });
  });
});

describe('review machine, model-based', () => {
  const DONE = 'xstate.done.actor.0.review.opening';
  const ERROR = 'xstate.error.actor.0.review.opening';
  const [first, second] = informantKeys as [string, string];
  const events = [
    { type: 'document.open', file: fileNamed('any.json') },
    { type: DONE, output: { ok: true, document: informant } },
    { type: DONE, output: { ok: false, errors: BROKEN_ERRORS } },
    { type: ERROR, error: new Error('The disk was removed') },
    { type: 'item.accept', key: first },
    { type: 'item.query', key: second, comment: 'Name the handler' },
    { type: 'item.clear', key: first },
    { type: 'item.accept', key: 'finding:no-such-rule' },
    { type: 'items.acceptRest' },
    { type: 'review.record', record: informantRecord },
    { type: 'review.amend' },
    { type: 'document.close' },
  ] as const;
  type ModelEvent = (typeof events)[number];

  // Whether a document is open, which items were reviewed how, and whether a record and reasons are shown.
  const serializeState = (snapshot: SnapshotFrom<typeof reviewMachine>) =>
    JSON.stringify([
      snapshot.value,
      snapshot.context.document?.fileName ?? null,
      Object.entries(snapshot.context.items)
        .map(([key, item]) => `${key}=${item.status}`)
        .sort(),
      snapshot.context.record !== null,
      snapshot.context.errors,
    ]);
  const serializeEvent = (event: ModelEvent) =>
    event.type === DONE ? `${event.type} ${event.output.ok}` : JSON.stringify({ ...event, record: undefined });
  const paths = getShortestPaths(reviewMachine, { events: [...events], serializeState, serializeEvent } as never);

  /** The path's events on a real actor: each open is given the file whose real outcome is the model's next event. */
  async function replay(path: (typeof paths)[number]) {
    const steps = path.steps.map((step) => step.event as ModelEvent | { type: 'xstate.init' });
    const actor = createActor(machineWithFiles().machine).start();
    for (const [index, event] of steps.entries()) {
      if (event.type === 'xstate.init' || event.type === DONE || event.type === ERROR) continue;
      if (event.type !== 'document.open') {
        actor.send(event as ReviewEvent);
        continue;
      }
      const next = steps[index + 1];
      const name = next?.type === DONE ? (next.output.ok ? 'informant.json' : 'broken.json') : next?.type === ERROR ? 'unreadable.json' : 'pending.json';
      actor.send({ type: 'document.open', file: fileNamed(name) });
      if (name !== 'pending.json') await waitFor(actor, (snapshot) => !snapshot.matches('opening'));
    }
    return actor.getSnapshot();
  }

  it('reaches every state the supervisor can see, and passes through `failed` only on the way back', () => {
    const reached = new Set(paths.map((path) => String(path.state.value)));
    expect([...reached].sort()).toEqual(['empty', 'opening', 'recorded', 'reviewing']);
    expect(Object.keys(reviewMachine.states).sort()).toEqual([...reached, 'failed'].sort());
  });

  it('reaches the states a supervisor must be able to get to', () => {
    const reachedStates = new Set(paths.map((path) => serializeState(path.state)));
    const all = JSON.stringify(informantKeys.map((key) => `${key}=accepted`).sort());
    const expected = [
      ['empty', null, [], false, BROKEN_ERRORS],
      ['empty', null, [], false, ['The file could not be opened: The disk was removed']],
      ['opening', 'informant.json', [], false, []],
      ['reviewing', 'informant.json', [`${first}=accepted`, `${second}=queried`].sort(), false, []],
      ['reviewing', 'informant.json', [`${first}=accepted`], false, BROKEN_ERRORS],
      ['recorded', 'informant.json', JSON.parse(all), true, []],
    ].map((state) => JSON.stringify(state));
    for (const state of expected) expect(reachedStates, state).toContain(state);
    // An unknown key never becomes an item.
    expect([...reachedStates].some((state) => state.includes('no-such-rule'))).toBe(false);
  });

  it('replays every shortest path on a real actor with a real openDocument, ending where the model says', async () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const snapshot = await replay(path);
      const label = path.steps.map((step) => step.event.type).join(' → ');
      expect(serializeState(snapshot), label).toBe(serializeState(path.state));
    }
  });

  it('holds the same invariants in every state reached', () => {
    for (const { state } of paths) {
      const { document, items, record } = state.context;
      const label = serializeState(state);
      if (state.matches('empty')) expect({ document, items, record }, label).toEqual({ document: null, items: {}, record: null });
      if (state.matches('reviewing') || state.matches('recorded')) expect(document, label).not.toBeNull();
      if (state.matches('recorded')) expect(record, label).not.toBeNull();
      // Only keys of the open document are ever reviewed.
      expect(Object.keys(items).every((key) => informantKeys.includes(key)), label).toBe(true);
    }
  });
});
