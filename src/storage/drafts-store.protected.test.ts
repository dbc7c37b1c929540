// The drafts store while the drafts on this device are protected with a passphrase (issue 9):
// sealed records, locked summaries, and the two-tab guard on sealed drafts.
import { set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { Draft } from './draft.schema.ts';
import { revisionOf } from './draft-revision.ts';
import { DRAFTS_LOCKED } from './drafts-lock.ts';
import type { SaveResult } from './drafts-store.ts';
import { REVIEW_LOCKED, type ReviewInProgress } from './review-in-progress.ts';
import {
  CODENAME,
  PASSPHRASE,
  SECRET_NOTE,
  draft,
  error,
  freshStores,
  openTab,
  storedRecord,
  storedText,
  value,
} from './protected-drafts.test-support.ts';

const T1 = new Date('2026-11-24T10:00:00.000Z');
const T2 = new Date('2026-11-24T11:00:00.000Z');

/** A device with protection on and two drafts, and a reloaded tab that has not unlocked them. */
async function protectedDevice() {
  const stores = freshStores();
  const first = openTab(stores);
  value(await first.lock.turnOn(PASSPHRASE));
  value(await first.drafts.saveDraft(draft('a')));
  value(await first.drafts.saveDraft(draft('b', { updatedAt: T1.toISOString(), answers: {} })));
  return { stores, first, reloaded: openTab(stores) };
}

function conflict(result: SaveResult): Draft {
  if (!('conflict' in result)) throw new Error(`expected a conflict, got: ${JSON.stringify(result)}`);
  return result.conflict;
}

describe('while the drafts are locked', () => {
  it('lists every draft, newest first, as a protected draft without its name or codename', async () => {
    const { reloaded } = await protectedDevice();
    expect(value(await reloaded.drafts.listDrafts())).toEqual({
      drafts: [
        { id: 'b', name: 'Protected draft', updatedAt: T1.toISOString(), step: '', locked: true },
        { id: 'a', name: 'Protected draft', updatedAt: draft('a').updatedAt, step: '', locked: true },
      ],
      unreadable: [],
    });
  });

  it('opens, saves, renames and copies nothing, and says to unlock first', async () => {
    const { stores, reloaded } = await protectedDevice();
    const before = await storedText(stores.drafts);
    expect(error(await reloaded.drafts.loadDraft('a'))).toBe('Your drafts are protected: unlock them with your passphrase first.');
    expect(error(await reloaded.drafts.saveDraft(draft('a', { revision: 'a-r2' }), { seen: 'a-r1' }))).toBe(DRAFTS_LOCKED);
    expect(error(await reloaded.drafts.saveDraft(draft('new')))).toBe(DRAFTS_LOCKED);
    expect(error(await reloaded.drafts.renameDraft('a', 'Renamed', T2))).toBe(DRAFTS_LOCKED);
    expect(error(await reloaded.drafts.duplicateDraft('a', { newId: 'c', now: T2 }))).toBe(DRAFTS_LOCKED);
    expect(await storedText(stores.drafts)).toBe(before);
  });

  it('still deletes a draft, and remembers which one was open', async () => {
    const { reloaded } = await protectedDevice();
    value(await reloaded.drafts.deleteDraft('a'));
    expect(value(await reloaded.drafts.listDrafts()).drafts.map((each) => each.id)).toEqual(['b']);
    value(await reloaded.drafts.setLastOpenedDraftId('b'));
    expect(value(await reloaded.drafts.getLastOpenedDraftId())).toBe('b');
  });
});

describe('once unlocked', () => {
  it('lists, opens, saves, renames and copies as if nothing were sealed, and stores all of it sealed', async () => {
    const { stores, reloaded } = await protectedDevice();
    value(await reloaded.lock.unlock(PASSPHRASE));
    expect(value(await reloaded.drafts.listDrafts()).drafts).toEqual([
      { id: 'b', name: `Operation ${CODENAME} b`, updatedAt: T1.toISOString(), step: 'people' },
      { id: 'a', name: `Operation ${CODENAME} a`, updatedAt: draft('a').updatedAt, step: 'people', codename: CODENAME },
    ]);
    expect(value(await reloaded.drafts.loadDraft('a'))).toEqual(draft('a'));

    const edited = draft('a', { revision: 'a-r2', updatedAt: T2.toISOString(), step: 'legality', answers: { notes: `${SECRET_NOTE}, again` } });
    value(await reloaded.drafts.saveDraft(edited, { seen: 'a-r1' }));
    expect(value(await reloaded.drafts.loadDraft('a'))).toEqual(edited);

    const renamed = value(await reloaded.drafts.renameDraft('a', `${CODENAME}, coastal route`, T2));
    expect(renamed).toEqual({ ...edited, name: `${CODENAME}, coastal route`, revision: undefined });
    expect(value(await reloaded.drafts.loadDraft('a'))).toEqual(renamed);

    const copy = value(await reloaded.drafts.duplicateDraft('a', { newId: 'a2', now: T2 }));
    expect(copy).toMatchObject({ id: 'a2', name: `${CODENAME}, coastal route (copy)`, answers: edited.answers, exercise: edited.exercise });
    expect(value(await reloaded.drafts.loadDraft('a2'))).toEqual(copy);

    const stored = await storedText(stores.drafts);
    for (const secret of [CODENAME, SECRET_NOTE, 'legality', 'coastal']) expect(stored).not.toContain(secret);
  });

  it('seals each save with a fresh IV, so two saves of the same draft do not look alike', async () => {
    const { stores, first } = await protectedDevice();
    const before = (await storedRecord(stores.drafts, 'a')) as { sealed: { cipher: { iv: string }; data: string } };
    value(await first.drafts.saveDraft(draft('a')));
    const after = (await storedRecord(stores.drafts, 'a')) as typeof before;
    expect(after.sealed.cipher.iv).not.toBe(before.sealed.cipher.iv);
    expect(after.sealed.data).not.toBe(before.sealed.data);
  });

  it('lists a sealed draft that will not open as unreadable, in plain words, and deletes it', async () => {
    const { stores, first } = await protectedDevice();
    const record = (await storedRecord(stores.drafts, 'a')) as { sealed: { data: string } };
    const bytes = Buffer.from(record.sealed.data, 'base64');
    bytes[0] = (bytes[0] as number) ^ 1;
    await set('a', { ...record, sealed: { ...record.sealed, data: bytes.toString('base64') } }, stores.drafts);
    const damaged = 'The saved draft is damaged or was protected with another passphrase, so it cannot be opened.';

    const list = value(await first.drafts.listDrafts());
    expect(list.drafts.map((each) => each.id)).toEqual(['b']);
    expect(list.unreadable).toEqual([{ id: 'a', error: damaged }]);
    expect(error(await first.drafts.loadDraft('a'))).toBe(damaged);
    expect(error(await first.drafts.renameDraft('a', 'Fixed', T2))).toBe(damaged);
    value(await first.drafts.deleteDraft('a'));
    expect(value(await first.drafts.listDrafts()).unreadable).toEqual([]);
  });
});

describe('two tabs editing the same sealed draft', () => {
  it('renames without undoing an autosave that lands while the rename is being sealed', async () => {
    const { stores, first } = await protectedDevice();
    const autosaved = draft('a', { revision: 'autosave', answers: { notes: 'AUTOSAVED' } });
    let autosaves = 0;
    // The other tab's autosave is written just before this tab's rename is.
    const racing: UseStore = async (mode, callback) => {
      if (mode === 'readwrite' && autosaves++ === 0) value(await first.drafts.saveDraft(autosaved));
      return stores.drafts(mode, callback);
    };
    const renaming = openTab({ drafts: racing, settings: stores.settings });
    value(await renaming.lock.unlock(PASSPHRASE));
    const renamed = value(await renaming.drafts.renameDraft('a', 'Grey Gull', T2));
    expect(renamed).toMatchObject({ name: 'Grey Gull', answers: { notes: 'AUTOSAVED' } });
    expect(value(await first.drafts.loadDraft('a'))).toEqual(renamed);
  });

  it('writes nothing over a version another tab saved, and returns that version opened', async () => {
    const { first, reloaded: second } = await protectedDevice();
    value(await second.lock.unlock(PASSPHRASE));
    value(await first.drafts.saveDraft(draft('a', { revision: 'theirs', answers: { notes: 'THEIRS' } }), { seen: 'a-r1' }));
    const result = await second.drafts.saveDraft(draft('a', { revision: 'mine', answers: { notes: 'MINE' } }), { seen: 'a-r1' });
    expect(result.ok ? '' : result.error).toBe('Another tab or window saved this draft first, so it was not saved here.');
    expect(conflict(result)).toEqual(draft('a', { revision: 'theirs', answers: { notes: 'THEIRS' } }));
    expect(value(await second.drafts.loadDraft('a'))?.answers).toEqual({ notes: 'THEIRS' });
  });

  it('lets exactly one of two tabs saving over the same version at the same moment win', async () => {
    const { first, reloaded: second } = await protectedDevice();
    value(await second.lock.unlock(PASSPHRASE));
    const [mine, theirs] = await Promise.all([
      first.drafts.saveDraft(draft('a', { revision: 'tab-a' }), { seen: 'a-r1' }),
      second.drafts.saveDraft(draft('a', { revision: 'tab-b' }), { seen: 'a-r1' }),
    ]);
    expect([mine.ok, theirs.ok].sort()).toEqual([false, true]);
    const winner = mine.ok ? mine.value : value(theirs);
    expect(value(await first.drafts.loadDraft('a'))).toEqual(winner);
  });

  it('treats a rename in another tab as a new version', async () => {
    const { first, reloaded: second } = await protectedDevice();
    value(await second.lock.unlock(PASSPHRASE));
    const renamed = value(await second.drafts.renameDraft('a', 'Grey Gull', T2));
    expect(revisionOf(renamed)).toBe(T2.toISOString());
    expect(conflict(await first.drafts.saveDraft(draft('a', { revision: 'a-r2' }), { seen: 'a-r1' })).name).toBe('Grey Gull');
  });
});

describe('the review in progress', () => {
  const review: ReviewInProgress = {
    fileName: 'quiet-lantern.pdf',
    codename: CODENAME,
    source: { embeddedCaseJson: JSON.stringify({ notes: SECRET_NOTE }) },
    items: { 'finding-1': { status: 'queried', comment: `Who is ${SECRET_NOTE}?` } },
    savedAt: '2026-11-24T09:30:00.000Z',
  };

  it('is sealed when protection is turned on, and plain again when it is turned off', async () => {
    const stores = freshStores();
    const tab = openTab(stores);
    value(await tab.review.save(review));
    value(await tab.lock.turnOn(PASSPHRASE));
    expect(await storedText(stores.settings)).not.toContain(CODENAME);
    expect(await storedText(stores.settings)).not.toContain(SECRET_NOTE);
    expect(value(await tab.review.load())).toEqual(review);
    value(await tab.lock.turnOff());
    expect(await storedRecord(stores.settings, 'reviewInProgress')).toEqual(review);
  });

  it('is saved sealed while unlocked, and neither read nor overwritten while locked', async () => {
    const { stores, first, reloaded } = await protectedDevice();
    value(await first.review.save(review));
    expect(await storedText(stores.settings)).not.toContain(CODENAME);
    expect(value(await first.review.load())).toEqual(review);
    expect(error(await reloaded.review.load())).toBe(REVIEW_LOCKED);
    expect(error(await reloaded.review.save({ ...review, items: {} }))).toBe(REVIEW_LOCKED);
    value(await reloaded.lock.unlock(PASSPHRASE));
    expect(value(await reloaded.review.load())).toEqual(review);
    value(await reloaded.review.clear());
    expect(value(await reloaded.review.load())).toBeUndefined();
  });
});
