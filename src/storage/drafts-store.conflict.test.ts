// The guarded save behind "two tabs editing the same draft" (issue 9): a tab writes only over the
// version it last saw. The session that uses it is tested in src/app/draft-session.test.ts.
import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Draft } from './draft.schema.ts';
import { revisionOf } from './draft-revision.ts';
import { createDraftsStore, type DraftsStore, type SaveResult } from './drafts-store.ts';

let databases = 0;
function fresh(): { store: DraftsStore; drafts: ReturnType<typeof createStore> } {
  databases += 1;
  const drafts = createStore(`conflict-drafts-${databases}`, 'drafts');
  return { store: createDraftsStore({ drafts, settings: createStore(`conflict-settings-${databases}`, 'settings') }), drafts };
}

const T0 = '2026-11-24T09:00:00.000Z';

function version(revision: string | undefined, codename: string, updatedAt = T0): Draft {
  return {
    id: 'a',
    name: 'Operation GREY GULL',
    createdAt: T0,
    updatedAt,
    ...(revision ? { revision } : {}),
    step: 'operation',
    visited: ['operation'],
    answers: { schemaVersion: 1, operation: { codename } },
  };
}

function saved(result: SaveResult): Draft {
  if (!result.ok) throw new Error(`expected a save, got: ${result.error}`);
  return result.value;
}

function conflict(result: SaveResult): Draft {
  if (!('conflict' in result)) throw new Error(`expected a conflict, got: ${JSON.stringify(result)}`);
  return result.conflict;
}

describe('saving over the version this tab last saw', () => {
  it('writes a new draft, then each next version over the one before', async () => {
    const { store } = fresh();
    saved(await store.saveDraft(version('r1', 'GREY GULL'), { seen: undefined }));
    saved(await store.saveDraft(version('r2', 'GREY GULL 2'), { seen: 'r1' }));
    const stored = await store.loadDraft('a');
    expect(stored.ok && stored.value?.revision).toBe('r2');
  });

  it('writes nothing over a version saved by another tab, and returns that version', async () => {
    const { store } = fresh();
    saved(await store.saveDraft(version('r1', 'GREY GULL')));
    saved(await store.saveDraft(version('r2', 'THEIRS'), { seen: 'r1' }));
    const result = await store.saveDraft(version('r3', 'MINE'), { seen: 'r1' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toBe('Another tab or window saved this draft first, so it was not saved here.');
    expect(conflict(result).answers).toEqual({ schemaVersion: 1, operation: { codename: 'THEIRS' } });
    const stored = await store.loadDraft('a');
    expect(stored.ok && stored.value?.answers).toEqual({ schemaVersion: 1, operation: { codename: 'THEIRS' } });
  });

  it('lets exactly one of two tabs saving over the same version at the same moment win', async () => {
    const { store } = fresh();
    saved(await store.saveDraft(version('r1', 'GREY GULL')));
    const [first, second] = await Promise.all([
      store.saveDraft(version('tab-a', 'A'), { seen: 'r1' }),
      store.saveDraft(version('tab-b', 'B'), { seen: 'r1' }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const winner = first.ok ? first.value : saved(second);
    const stored = await store.loadDraft('a');
    expect(stored.ok && stored.value).toEqual(winner);
  });

  it('refuses a new draft whose id is already taken', async () => {
    const { store } = fresh();
    saved(await store.saveDraft(version('r1', 'GREY GULL')));
    expect(conflict(await store.saveDraft(version('copy', 'COPY'), { seen: undefined })).revision).toBe('r1');
  });

  it('treats a rename in the drafts list as a new version, so an open tab cannot silently undo it', async () => {
    const { store } = fresh();
    saved(await store.saveDraft(version('r1', 'GREY GULL')));
    const renamed = await store.renameDraft('a', 'Grey Gull, coastal route', new Date('2026-11-24T10:00:00.000Z'));
    expect(renamed.ok && revisionOf(renamed.value)).toBe('2026-11-24T10:00:00.000Z');
    expect(conflict(await store.saveDraft(version('r2', 'GREY GULL'), { seen: 'r1' })).name).toBe('Grey Gull, coastal route');
  });

  it('saves over a damaged record, which nobody could open', async () => {
    const { store, drafts } = fresh();
    await set('a', { id: 'a', name: 'Night ferry' }, drafts);
    saved(await store.saveDraft(version('r2', 'GREY GULL'), { seen: 'r1' }));
  });
});
