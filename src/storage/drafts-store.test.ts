import 'fake-indexeddb/auto';
import { createStore, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Draft } from './draft.schema.ts';
import { createDraftsStore, DRAFTS_DATABASE, type DraftStores, type DraftsStore } from './drafts-store.ts';
import type { StoreResult } from './storage-errors.ts';

let databases = 0;
/** A fresh, empty pair of databases for each test, so tests cannot see each other's drafts. */
function freshStores(): DraftStores {
  databases += 1;
  return {
    drafts: createStore(`test-drafts-${databases}`, 'drafts'),
    settings: createStore(`test-settings-${databases}`, 'settings'),
  };
}

const T0 = new Date('2026-11-24T09:00:00.000Z');
const T1 = new Date('2026-11-24T10:00:00.000Z');
const T2 = new Date('2026-11-24T11:00:00.000Z');

function draft(id: string, at: Date, overrides: Partial<Draft> = {}): Draft {
  return {
    id,
    name: `Draft ${id}`,
    createdAt: T0.toISOString(),
    updatedAt: at.toISOString(),
    step: 'people',
    visited: ['operation', 'people'],
    // Not a valid case file yet (no codename, impossible date): a draft keeps it anyway.
    answers: { schemaVersion: 1, operation: { codename: `OP ${id}` }, legality: { authorisationDate: '2026-02-30' } },
    ...overrides,
  };
}

function value<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.value;
}

function error(result: StoreResult<unknown>): string {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

async function storeWith(...drafts: Draft[]): Promise<DraftsStore> {
  const store = createDraftsStore(freshStores());
  for (const each of drafts) value(await store.saveDraft(each));
  return store;
}

describe('saving and reading drafts', () => {
  it('loads a saved draft exactly as it was saved, incomplete answers included', async () => {
    const saved = draft('a', T1, { exercise: { id: 'ex-1', role: 'trainee' } });
    const store = await storeWith(saved);
    expect(value(await store.loadDraft('a'))).toEqual(saved);
  });

  it('lists drafts newest first, with the codename and without the answers', async () => {
    const store = await storeWith(draft('old', T0), draft('newest', T2), draft('middle', T1, { answers: {} }));
    const list = value(await store.listDrafts());
    expect(list.unreadable).toEqual([]);
    expect(list.drafts).toEqual([
      { id: 'newest', name: 'Draft newest', updatedAt: T2.toISOString(), step: 'people', codename: 'OP newest' },
      { id: 'middle', name: 'Draft middle', updatedAt: T1.toISOString(), step: 'people' },
      { id: 'old', name: 'Draft old', updatedAt: T0.toISOString(), step: 'people', codename: 'OP old' },
    ]);
  });

  it('lists nothing in an empty store, and loads nothing for an unknown id', async () => {
    const store = createDraftsStore(freshStores());
    expect(value(await store.listDrafts())).toEqual({ drafts: [], unreadable: [] });
    expect(await store.loadDraft('nobody')).toEqual({ ok: true, value: undefined });
  });

  it('saving again replaces the draft (autosave)', async () => {
    const store = await storeWith(draft('a', T0));
    value(await store.saveDraft(draft('a', T1, { step: 'legality', answers: { schemaVersion: 1, basis: { corroborated: 'yes' } } })));
    const loaded = value(await store.loadDraft('a'));
    expect(loaded).toMatchObject({ step: 'legality', updatedAt: T1.toISOString(), answers: { basis: { corroborated: 'yes' } } });
    expect(value(await store.listDrafts()).drafts).toHaveLength(1);
  });

  it('refuses to save a draft that is not one, and says so plainly', async () => {
    const store = createDraftsStore(freshStores());
    const message = error(await store.saveDraft({ ...draft('a', T0), updatedAt: 'yesterday' }));
    expect(message).toMatch(/^This draft could not be saved \(updatedAt: .*\)\. Export the case file to keep your work\.$/);
    expect(value(await store.listDrafts()).drafts).toEqual([]);
  });

  it('the browser stores keep drafts and the last opened id side by side', async () => {
    // idb-keyval cannot hold two stores in one database (the second is never created), hence two databases.
    expect(DRAFTS_DATABASE).toBe('sit-risk-wizard');
    const store = createDraftsStore();
    value(await store.saveDraft(draft('a', T0)));
    value(await store.setLastOpenedDraftId('a'));
    const reloaded = createDraftsStore();
    expect(value(await reloaded.getLastOpenedDraftId())).toBe('a');
    expect(value(await reloaded.loadDraft('a'))).toEqual(draft('a', T0));
  });
});

describe('renaming, duplicating and deleting', () => {
  it('renames a draft, keeps its answers and moves it to the top', async () => {
    const store = await storeWith(draft('a', T0), draft('b', T1));
    const renamed = value(await store.renameDraft('a', '  Grey Gull, second plan  ', T2));
    expect(renamed).toEqual({ ...draft('a', T0), name: 'Grey Gull, second plan', updatedAt: T2.toISOString() });
    expect(value(await store.loadDraft('a'))).toEqual(renamed);
    expect(value(await store.listDrafts()).drafts.map((each) => each.name)).toEqual(['Grey Gull, second plan', 'Draft b']);
  });

  it('will not rename to an empty name or rename a draft that is gone', async () => {
    const store = await storeWith(draft('a', T0));
    expect(error(await store.renameDraft('a', '   ', T1))).toBe('Give the draft a name.');
    expect(error(await store.renameDraft('gone', 'New name', T1))).toBe(
      'This draft no longer exists: it may have been deleted in another tab.',
    );
    expect(value(await store.loadDraft('a'))).toEqual(draft('a', T0));
    expect(await store.loadDraft('gone')).toEqual({ ok: true, value: undefined });
  });

  it('duplicates a draft under a new id with the same answers and "(copy)" after the name', async () => {
    const original = draft('a', T0, { step: 'legality', exercise: { id: 'ex-1' } });
    const store = await storeWith(original);
    const copy = value(await store.duplicateDraft('a', { newId: 'a2', now: T2 }));
    expect(copy).toEqual({
      ...original,
      id: 'a2',
      name: 'Draft a (copy)',
      createdAt: T2.toISOString(),
      updatedAt: T2.toISOString(),
    });
    expect(value(await store.loadDraft('a2'))).toEqual(copy);
    expect(value(await store.loadDraft('a'))).toEqual(original);
    expect(value(await store.listDrafts()).drafts.map((each) => each.id)).toEqual(['a2', 'a']);
  });

  it('a copy is independent of the original', async () => {
    const store = await storeWith(draft('a', T0));
    value(await store.duplicateDraft('a', { newId: 'a2', now: T1, name: 'Trainee version' }));
    value(await store.saveDraft(draft('a2', T2, { name: 'Trainee version', answers: { changed: true } })));
    expect(value(await store.loadDraft('a'))).toEqual(draft('a', T0));
    expect(value(await store.loadDraft('a2'))).toMatchObject({ name: 'Trainee version', answers: { changed: true } });
  });

  it('never overwrites an existing draft when duplicating, and cannot copy what is gone', async () => {
    const store = await storeWith(draft('a', T0), draft('b', T0));
    expect(error(await store.duplicateDraft('a', { newId: 'b', now: T1 }))).toMatch(/already exists; nothing was copied/);
    expect(value(await store.loadDraft('b'))).toEqual(draft('b', T0));
    expect(error(await store.duplicateDraft('gone', { newId: 'c', now: T1 }))).toMatch(/no longer exists/);
  });

  it('deletes a draft; deleting it again is harmless', async () => {
    const store = await storeWith(draft('a', T0), draft('b', T1));
    value(await store.deleteDraft('a'));
    value(await store.deleteDraft('a'));
    expect(await store.loadDraft('a')).toEqual({ ok: true, value: undefined });
    expect(value(await store.listDrafts()).drafts.map((each) => each.id)).toEqual(['b']);
  });
});

describe('the last opened draft', () => {
  it('is remembered so a reload resumes it, and can be forgotten', async () => {
    const stores = freshStores();
    const store = createDraftsStore(stores);
    expect(value(await store.getLastOpenedDraftId())).toBeUndefined();
    value(await store.setLastOpenedDraftId('a'));
    // A reload: a new store object over the same databases.
    expect(value(await createDraftsStore(stores).getLastOpenedDraftId())).toBe('a');
    value(await store.setLastOpenedDraftId(undefined));
    expect(value(await store.getLastOpenedDraftId())).toBeUndefined();
  });

  it('is kept apart from the drafts, so it never shows up in the list', async () => {
    const store = await storeWith(draft('a', T0));
    value(await store.setLastOpenedDraftId('a'));
    expect(value(await store.listDrafts()).drafts.map((each) => each.id)).toEqual(['a']);
  });
});

describe('a damaged record in the store', () => {
  it('is reported in plain words when opened, not thrown', async () => {
    const stores = freshStores();
    await set('broken', { id: 'broken', name: 'Night ferry', step: 'people', updatedAt: 'soon' }, stores.drafts);
    await set('garbage', 'ÿØÿà not a draft', stores.drafts);
    const store = createDraftsStore(stores);
    expect(error(await store.loadDraft('broken'))).toBe(
      'The saved draft "Night ferry" is damaged or was saved by another version of SIT Risk Wizard, so it cannot be opened ' +
        '(createdAt: Invalid input: expected string, received undefined; updatedAt: Invalid ISO datetime; ' +
        'answers: Invalid input: expected nonoptional, received undefined).',
    );
    expect(error(await store.loadDraft('garbage'))).toBe(
      'The saved draft is damaged or was saved by another version of SIT Risk Wizard, so it cannot be opened (it holds no draft).',
    );
  });

  it('does not hide the readable drafts in the list, and is listed so it can be deleted', async () => {
    const stores = freshStores();
    const store = createDraftsStore(stores);
    value(await store.saveDraft(draft('good', T1)));
    await set('garbage', 42, stores.drafts);
    const list = value(await store.listDrafts());
    expect(list.drafts.map((each) => each.id)).toEqual(['good']);
    expect(list.unreadable).toEqual([{ id: 'garbage', error: expect.stringMatching(/^The saved draft is damaged/) }]);
    value(await store.deleteDraft('garbage'));
    expect(value(await store.listDrafts()).unreadable).toEqual([]);
  });

  it('cannot be renamed or duplicated, and is left as it was', async () => {
    const stores = freshStores();
    await set('broken', { name: 'Night ferry' }, stores.drafts);
    const store = createDraftsStore(stores);
    expect(error(await store.renameDraft('broken', 'Fixed', T1))).toMatch(/^The saved draft "Night ferry" is damaged/);
    expect(error(await store.duplicateDraft('broken', { newId: 'c', now: T1 }))).toMatch(/is damaged/);
    expect(error(await store.loadDraft('broken'))).toMatch(/"Night ferry"/);
    expect(await store.loadDraft('c')).toEqual({ ok: true, value: undefined });
  });
});

const SAVE_FAILED =
  'Your browser would not save this draft (storage is full). Export the case file to keep your work.';

/** A real store whose writes fail as a full disk makes them fail. */
function quotaExceeded(real: UseStore): UseStore {
  return (mode, callback) =>
    mode === 'readwrite'
      ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
      : real(mode, callback);
}

describe('when the browser will not store anything', () => {
  it('a full store gives a plain message offering to export, and keeps the last good draft', async () => {
    const stores = freshStores();
    value(await createDraftsStore(stores).saveDraft(draft('a', T0)));
    const full = createDraftsStore({ drafts: quotaExceeded(stores.drafts), settings: quotaExceeded(stores.settings) });

    expect(error(await full.saveDraft(draft('a', T1, { answers: { lost: true } })))).toBe(SAVE_FAILED);
    expect(error(await full.renameDraft('a', 'New', T1))).toBe(
      'Your browser would not rename this draft (storage is full). Export the case file to keep your work.',
    );
    expect(error(await full.duplicateDraft('a', { newId: 'b', now: T1 }))).toMatch(/^Your browser would not copy this draft \(storage is full\)/);
    expect(error(await full.deleteDraft('a'))).toBe(
      'Your browser would not delete this draft (storage is full). The draft is still there; try again later.',
    );
    expect(error(await full.setLastOpenedDraftId('a'))).toMatch(/^Your browser would not remember which draft you had open/);
    expect(value(await full.loadDraft('a'))).toEqual(draft('a', T0));
  });

  it('no IndexedDB at all (some private windows) gives a plain message for every call', async () => {
    const missing: UseStore = () => {
      throw new ReferenceError('indexedDB is not defined');
    };
    const store = createDraftsStore({ drafts: missing, settings: missing });
    const results = await Promise.all([
      store.listDrafts(),
      store.loadDraft('a'),
      store.saveDraft(draft('a', T0)),
      store.renameDraft('a', 'x', T0),
      store.duplicateDraft('a', { newId: 'b', now: T0 }),
      store.deleteDraft('a'),
      store.getLastOpenedDraftId(),
      store.setLastOpenedDraftId('a'),
    ]);
    for (const result of results) {
      expect(error(result)).toMatch(/^Your browser would not .+ \(storage is disabled, for example in a private window\)\. /);
      expect(error(result)).not.toMatch(/ReferenceError|indexedDB|at /);
    }
    expect(error(results[0] as StoreResult<unknown>)).toBe(
      'Your browser would not show your saved drafts (storage is disabled, for example in a private window). Export the case file to keep your work.',
    );
  });

  it('an unexpected failure still gives the plain message, never the browser\'s own words', async () => {
    const broken: UseStore = () => Promise.reject(new DOMException('Internal error opening backing store', 'UnknownError'));
    const store = createDraftsStore({ drafts: broken, settings: broken });
    expect(error(await store.saveDraft(draft('a', T0)))).toBe(
      'Your browser would not save this draft (storage is full or disabled). Export the case file to keep your work.',
    );
  });
});
