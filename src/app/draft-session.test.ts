// Issue 9: "Two tabs editing the same draft: detected, the user chooses, nothing is silently
// overwritten." Two wizards, each with its own session, on one IndexedDB (fake-indexeddb), the way
// two tabs of one browser share the origin's storage. The draft is a real case file, imported.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { wizardMachine } from '../machine/wizard.machine.ts';
import type { ImportedFile } from '../storage/case-file-io.ts';
import type { Draft } from '../storage/draft.schema.ts';
import { createDraftsStore, type DraftsStore } from '../storage/drafts-store.ts';
import { createDraftSession, type DraftConflict } from './draft-session.ts';

const FIXTURE = new URL('../../tests/fixtures/overland-lorry-network.case.json', import.meta.url);
const CODENAME = 'AMBER KESTREL';

function caseFile(): ImportedFile {
  const bytes = readFileSync(FIXTURE);
  return {
    name: 'overland-lorry-network.case.json',
    size: bytes.length,
    text: async () => bytes.toString('utf8'),
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  };
}

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

let devices = 0;

/** One browser profile: the drafts every tab of the app on it shares, and one clock. */
function device() {
  devices += 1;
  const stores = {
    drafts: createStore(`session-drafts-${devices}`, 'drafts'),
    settings: createStore(`session-settings-${devices}`, 'settings'),
  };
  const channelName = `test-drafts-channel-${devices}`;
  let clock = Date.parse('2026-11-24T09:00:00.000Z');
  const now = () => new Date((clock += 1000));
  const store = createDraftsStore(stores);

  /** A tab of the app: a wizard and its session, saving as the user changes answers. */
  function openTab(name: string, { broadcast = true } = {}) {
    const actor = createActor(wizardMachine).start();
    let conflict: DraftConflict | undefined;
    const problems: (string | undefined)[] = [];
    let ids = 0;
    const session = createDraftSession(actor, {
      store: createDraftsStore(stores),
      now,
      newId: () => `${name}-${++ids}`,
      onSaveProblem: (problem) => problems.push(problem),
      onConflict: (next) => (conflict = next),
      openChannel: broadcast ? () => new BroadcastChannel(channelName) : () => undefined,
    });
    const stopAutosave = session.startAutosave();
    stops.push(() => {
      stopAutosave();
      actor.stop();
    });
    return {
      session,
      conflict: () => conflict,
      problems: () => problems.filter(Boolean),
      draftId: () => actor.getSnapshot().context.draftId,
      answers: () => actor.getSnapshot().context.answers as Record<string, Record<string, unknown>>,
      step: () => actor.getSnapshot().value,
      change: (patch: Record<string, unknown>) => actor.send({ type: 'answers.change', patch }),
    };
  }
  return { store, openTab };
}

type Tab = ReturnType<ReturnType<typeof device>['openTab']>;

async function stored(store: DraftsStore, id: string): Promise<Draft> {
  const loaded = await store.loadDraft(id);
  if (!loaded.ok || !loaded.value) throw new Error(`no draft ${id}`);
  return loaded.value;
}

async function allDrafts(store: DraftsStore): Promise<Draft[]> {
  const list = await store.listDrafts();
  if (!list.ok) throw new Error(list.error);
  return Promise.all(list.value.drafts.map((summary) => stored(store, summary.id)));
}

const leadAgency = (answers: unknown) => (answers as { operation: { leadAgency: string } }).operation.leadAgency;
const migrantCount = (answers: unknown) => (answers as { people: { migrantCount: number } }).people.migrantCount;

/**
 * Tab A imports the case; tab B opens the same draft; A changes the lead agency and saves; B
 * changes the number of migrants and tries to save.
 */
async function bothEdit(options: { broadcast?: boolean } = {}) {
  const { store, openTab } = device();
  const a = openTab('a', options);
  await a.session.importFile(caseFile());
  await a.session.flush();
  const draftId = a.draftId()!;
  const b = openTab('b', options);
  expect(await b.session.resume(draftId)).toBe(true);
  const original = await stored(store, draftId);

  a.change({ operation: { leadAgency: 'Coastguard intelligence cell' } });
  await a.session.flush();
  b.change({ people: { migrantCount: 55 } });
  await b.session.flush();
  return { store, a, b, draftId, original };
}

async function expectConflict(tab: Tab, draftId: string): Promise<void> {
  await vi.waitFor(() => expect(tab.conflict()).toEqual({ draftId }));
}

describe('two tabs saving the same draft', () => {
  it('opening a draft in a second tab writes nothing, so the first tab can go on saving', async () => {
    const { store, openTab } = device();
    const a = openTab('a');
    await a.session.importFile(caseFile());
    await a.session.flush();
    const before = await stored(store, a.draftId()!);
    const b = openTab('b');
    await b.session.resume(a.draftId()!);
    await b.session.flush();
    expect(await stored(store, a.draftId()!)).toEqual(before);

    a.change({ operation: { leadAgency: 'Coastguard intelligence cell' } });
    await a.session.flush();
    expect(a.conflict()).toBeUndefined();
    expect(leadAgency((await stored(store, a.draftId()!)).answers)).toBe('Coastguard intelligence cell');
  });

  it("refuses the second tab's save: the first tab's answers stay stored, the second's stay on screen", async () => {
    const { store, a, b, draftId, original } = await bothEdit({ broadcast: false });
    expect(b.conflict()).toEqual({ draftId });
    expect(a.conflict()).toBeUndefined();
    expect(b.problems()).toEqual([]);
    const kept = await stored(store, draftId);
    expect(leadAgency(kept.answers)).toBe('Coastguard intelligence cell');
    expect(migrantCount(kept.answers)).toBe(migrantCount(original.answers));
    expect(migrantCount(b.answers())).toBe(55);
    expect(leadAgency(b.answers())).toBe(leadAgency(original.answers));
  });

  it('tells the second tab at once, before it saves, where tabs can talk (BroadcastChannel)', async () => {
    const { store, openTab } = device();
    const a = openTab('a');
    await a.session.importFile(caseFile());
    await a.session.flush();
    const b = openTab('b');
    await b.session.resume(a.draftId()!);
    a.change({ operation: { leadAgency: 'Coastguard intelligence cell' } });
    await a.session.flush();
    await expectConflict(b, a.draftId()!);
    expect(a.conflict()).toBeUndefined();
    expect(leadAgency((await stored(store, a.draftId()!)).answers)).toBe('Coastguard intelligence cell');
  });

  it('saves nothing from the second tab until the user chooses, not even on its autosave timer', async () => {
    const { store, b, draftId } = await bothEdit();
    const kept = await stored(store, draftId);
    b.change({ people: { migrantCount: 60 } });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await stored(store, draftId)).toEqual(kept);
    expect(b.conflict()).toEqual({ draftId });
  });

  it('"Keep my version" saves the second tab\'s answers, and then it is the first tab that is told', async () => {
    const { store, a, b, draftId } = await bothEdit();
    await b.session.keepMine();
    expect(b.conflict()).toBeUndefined();
    const kept = await stored(store, draftId);
    expect(migrantCount(kept.answers)).toBe(55);
    expect(leadAgency(kept.answers)).not.toBe('Coastguard intelligence cell');
    // The first tab is not overwritten silently either.
    await expectConflict(a, draftId);
    a.change({ operation: { leadAgency: 'Harbour police' } });
    await a.session.flush();
    expect(await stored(store, draftId)).toEqual(kept);
    // And the second tab goes on saving as before.
    b.change({ people: { migrantCount: 56 } });
    await b.session.flush();
    expect(migrantCount((await stored(store, draftId)).answers)).toBe(56);
  });

  it('"Load the other version" shows the first tab\'s answers in the second, and saving goes on from there', async () => {
    const { store, a, b, draftId, original } = await bothEdit();
    await b.session.loadTheirs();
    expect(b.conflict()).toBeUndefined();
    expect(b.draftId()).toBe(draftId);
    expect(leadAgency(b.answers())).toBe('Coastguard intelligence cell');
    expect(migrantCount(b.answers())).toBe(migrantCount(original.answers));
    expect(b.step()).toBe('review');

    b.change({ people: { migrantCount: 70 } });
    await b.session.flush();
    expect(b.conflict()).toBeUndefined();
    const kept = await stored(store, draftId);
    expect([leadAgency(kept.answers), migrantCount(kept.answers)]).toEqual(['Coastguard intelligence cell', 70]);
    await expectConflict(a, draftId);
  });

  it('"Save mine as a copy" keeps both: the original with the first tab\'s answers, a copy with the second\'s', async () => {
    const { store, a, b, draftId, original } = await bothEdit();
    await b.session.saveMineAsCopy();
    expect(b.conflict()).toBeUndefined();
    const copyId = b.draftId()!;
    expect(copyId).not.toBe(draftId);

    const drafts = await allDrafts(store);
    expect(drafts.map((draft) => draft.id).sort()).toEqual([draftId, copyId].sort());
    const kept = await stored(store, draftId);
    expect([leadAgency(kept.answers), migrantCount(kept.answers)]).toEqual(['Coastguard intelligence cell', migrantCount(original.answers)]);
    const copy = await stored(store, copyId);
    expect([leadAgency(copy.answers), migrantCount(copy.answers)]).toEqual([leadAgency(original.answers), 55]);
    expect(copy.name).toBe(`${CODENAME} (imported) (copy from another tab)`);
    expect(copy.step).toBe('review');
    const last = await store.getLastOpenedDraftId();
    expect(last.ok && last.value).toBe(copyId);

    // Each tab now saves its own draft, neither told of the other.
    b.change({ people: { migrantCount: 57 } });
    await b.session.flush();
    a.change({ operation: { leadAgency: 'Harbour police' } });
    await a.session.flush();
    expect(a.conflict()).toBeUndefined();
    expect(b.conflict()).toBeUndefined();
    expect(migrantCount((await stored(store, copyId)).answers)).toBe(57);
    expect(leadAgency((await stored(store, draftId)).answers)).toBe('Harbour police');
  });

  it('closing the tab before choosing keeps its answers as a copy, and overwrites nothing', async () => {
    const { store, b, draftId } = await bothEdit();
    const kept = await stored(store, draftId);
    await b.session.close();
    expect(b.conflict()).toBeUndefined();
    expect(await stored(store, draftId)).toEqual(kept);
    const copies = (await allDrafts(store)).filter((draft) => draft.id !== draftId);
    expect(copies.map((copy) => [copy.name, migrantCount(copy.answers)])).toEqual([
      [`${CODENAME} (imported) (copy from another tab)`, 55],
    ]);
  });

  it('a rename in the drafts list of another tab is not undone by the tab that has the draft open', async () => {
    const { store, openTab } = device();
    const a = openTab('a', { broadcast: false });
    await a.session.importFile(caseFile());
    await a.session.flush();
    const renamed = await store.renameDraft(a.draftId()!, 'Kestrel, lorry route', new Date('2026-11-25T09:00:00.000Z'));
    expect(renamed.ok).toBe(true);
    a.change({ operation: { leadAgency: 'Coastguard intelligence cell' } });
    await a.session.flush();
    expect(a.conflict()).toEqual({ draftId: a.draftId() });
    expect((await stored(store, a.draftId()!)).name).toBe('Kestrel, lorry route');
    await a.session.loadTheirs();
    a.change({ operation: { leadAgency: 'Coastguard intelligence cell' } });
    await a.session.flush();
    const kept = await stored(store, a.draftId()!);
    expect([kept.name, leadAgency(kept.answers)]).toEqual(['Kestrel, lorry route', 'Coastguard intelligence cell']);
  });
});
