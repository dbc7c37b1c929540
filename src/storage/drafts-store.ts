import { createStore, del, entries, get, set, update, type UseStore } from 'idb-keyval';
import type { Draft, DraftSummary } from './draft.schema.ts';
import { savedElsewhere } from './draft-revision.ts';
import type { DraftsAccess, DraftsLock } from './drafts-lock.ts';
import { replaceIfUnchanged } from './replace-if-unchanged.ts';
import { storageFailureMessage, type StorageAction, type StoreResult } from './storage-errors.ts';

export const DRAFTS_DATABASE = 'sit-risk-wizard';
/**
 * idb-keyval creates its one object store when it first creates the database,
 * so a second store inside 'sit-risk-wizard' would never exist: the settings
 * live in a small database of their own.
 */
export const SETTINGS_DATABASE = 'sit-risk-wizard-settings';
const LAST_OPENED_KEY = 'lastOpenedDraftId';

/** Where drafts and settings are kept; tests pass their own. */
export interface DraftStores {
  drafts: UseStore;
  settings: UseStore;
}

/** A record in the store that is not a readable draft, so the list can offer to delete it. */
export interface UnreadableDraft {
  id: string;
  error: string;
}

/**
 * A draft in the list. `locked`: the drafts are protected and this tab has not unlocked them, so
 * only its id and when it was saved are known; its name is PROTECTED_DRAFT_NAME and its step ''.
 */
export type ListedDraft = DraftSummary & { locked?: true };

export interface DraftList {
  /** Newest first. */
  drafts: ListedDraft[];
  unreadable: UnreadableDraft[];
}

export interface DuplicateOptions {
  newId: string;
  now: Date;
  /** Defaults to the original name followed by " (copy)". */
  name?: string;
}

/** Save only over the version this tab last loaded or saved: its revision (draft-revision.ts), undefined if none. */
export interface SaveGuard {
  seen: string | undefined;
}

/** A saved draft, or why not; `conflict`: another tab saved the draft first, and this is its version. */
export type SaveResult = StoreResult<Draft> | { ok: false; error: string; conflict: Draft };

/**
 * While the drafts are protected and locked (drafts-lock.ts), every call but listDrafts,
 * deleteDraft and the last-opened id fails with DRAFTS_LOCKED.
 */
export interface DraftsStore {
  listDrafts(): Promise<StoreResult<DraftList>>;
  /** `value` is undefined when there is no draft with this id (deleted, or never saved). */
  loadDraft(id: string): Promise<StoreResult<Draft | undefined>>;
  /**
   * Writes the whole draft as given: the caller sets `updatedAt` and `revision`. With a guard, only
   * if the stored draft is still the version the guard has seen; otherwise nothing is written and
   * the stored draft comes back as `conflict`. Check and write are one transaction, so two tabs
   * saving at the same moment cannot both win.
   */
  saveDraft(draft: Draft, guard?: SaveGuard): Promise<SaveResult>;
  renameDraft(id: string, name: string, now: Date): Promise<StoreResult<Draft>>;
  duplicateDraft(id: string, options: DuplicateOptions): Promise<StoreResult<Draft>>;
  deleteDraft(id: string): Promise<StoreResult<void>>;
  /** The draft open when the page was last left, so a reload resumes it. It may since have been deleted. */
  getLastOpenedDraftId(): Promise<StoreResult<string | undefined>>;
  /** undefined forgets it. */
  setLastOpenedDraftId(id: string | undefined): Promise<StoreResult<void>>;
}

export function browserDraftStores(): DraftStores {
  return { drafts: createStore(DRAFTS_DATABASE, 'drafts'), settings: createStore(SETTINGS_DATABASE, 'settings') };
}

const NOT_FOUND = 'This draft no longer exists: it may have been deleted in another tab.';

/** A problem with the draft itself, as opposed to a failure of the browser's storage. */
class DraftProblem extends Error {}

const SAVED_ELSEWHERE = 'Another tab or window saved this draft first, so it was not saved here.';
const KEPT_CHANGING = 'This draft kept changing in another tab or window, so it was not changed here. Try again.';

type DraftRecords = typeof import('./draft-records.ts');

/**
 * How drafts are read and written (draft-records.ts), and zod with it, load on the first call
 * that reads or writes a draft: the start screen is drawn before they are needed (issue 8).
 * The last-opened setting needs none.
 */
const draftRecords = (): Promise<DraftRecords> => import('./draft-records.ts');

const UNPROTECTED: DraftsAccess = { state: 'off' };

/**
 * Drafts in IndexedDB. Every call resolves, never rejects: failures come back as a message for the user.
 * With a lock, drafts are sealed while protection is on (drafts-lock.ts).
 */
export function createDraftsStore(stores: DraftStores = browserDraftStores(), lock?: DraftsLock): DraftsStore {
  const currentAccess = () => (lock ? lock.currentAccess() : Promise.resolve(UNPROTECTED));

  return {
    listDrafts: () =>
      attempt('list', async () => {
        const { summarizeRecord } = await draftRecords();
        const access = await currentAccess();
        const list: DraftList = { drafts: [], unreadable: [] };
        for (const [key, record] of await entries<IDBValidKey, unknown>(stores.drafts)) {
          const summary = await summarizeRecord(record, access);
          if (summary.ok) list.drafts.push(summary.value);
          else list.unreadable.push({ id: String(key), error: summary.error });
        }
        list.drafts.sort(newestFirst);
        return list;
      }),

    loadDraft: (id) =>
      attempt('open', async () => {
        const { readRecord } = await draftRecords();
        const access = await currentAccess();
        const record = await get<unknown>(id, stores.drafts);
        return record === undefined ? undefined : must(await readRecord(record, access));
      }),

    saveDraft: async (draft, guard) => {
      let conflicting: unknown;
      let access: DraftsAccess = UNPROTECTED;
      const result = await attempt('save', async () => {
        const { savableDraft, recordOf, versionOf } = await draftRecords();
        const valid = must(savableDraft(draft));
        access = await currentAccess();
        // Sealed before the transaction: a transaction cannot wait for encryption.
        const record = must(await recordOf(valid, access));
        if (!guard) {
          await set(valid.id, record, stores.drafts);
          return valid;
        }
        await update<unknown>(
          valid.id,
          (stored) => {
            // A damaged record is nobody's readable work: saving over it loses nothing.
            // A sealed one tells its version without being opened.
            if (savedElsewhere(versionOf(stored), guard.seen)) {
              conflicting = stored;
              // Throwing ends the transaction with nothing written.
              throw new DraftProblem(SAVED_ELSEWHERE);
            }
            return record;
          },
          stores.drafts,
        );
        return valid;
      });
      if (conflicting === undefined) return result;
      const theirs = await (await draftRecords()).readRecord(conflicting, access);
      return theirs.ok ? { ok: false, error: SAVED_ELSEWHERE, conflict: theirs.value } : result;
    },

    renameDraft: (id, name, now) =>
      attempt('rename', async () => {
        const { readRecord, recordOf, validName } = await draftRecords();
        const newName = must(validName(name));
        const access = await currentAccess();
        // Written only over the record read, so an autosave running at the same time cannot be
        // overwritten by stale answers; if one was, the rename starts again from it.
        for (let tries = 0; tries < 3; tries++) {
          const stored = await get<unknown>(id, stores.drafts);
          if (stored === undefined) throw new DraftProblem(NOT_FOUND);
          // Without a revision, the rename's time marks the new version (draft-revision.ts), so a
          // tab that has the draft open cannot save over the new name unawares.
          const { revision: _, ...draft } = must(await readRecord(stored, access));
          const renamed: Draft = { ...draft, name: newName, updatedAt: now.toISOString() };
          if (await replaceIfUnchanged(stores.drafts, id, stored, must(await recordOf(renamed, access)))) return renamed;
        }
        throw new DraftProblem(KEPT_CHANGING);
      }),

    duplicateDraft: (id, { newId, now, name }) =>
      attempt('duplicate', async () => {
        const { readRecord, recordOf, validName } = await draftRecords();
        const access = await currentAccess();
        const stored = await get<unknown>(id, stores.drafts);
        if (stored === undefined) throw new DraftProblem(NOT_FOUND);
        const original = must(await readRecord(stored, access));
        const at = now.toISOString();
        const copy: Draft = {
          ...original,
          id: newId,
          name: must(validName(name ?? `${original.name.slice(0, 190)} (copy)`)),
          createdAt: at,
          updatedAt: at,
        };
        const record = must(await recordOf(copy, access));
        await update<unknown>(
          newId,
          (existing) => {
            if (existing !== undefined) throw new DraftProblem('A draft with this id already exists; nothing was copied.');
            return record;
          },
          stores.drafts,
        );
        return copy;
      }),

    deleteDraft: (id) => attempt('delete', () => del(id, stores.drafts)),

    getLastOpenedDraftId: () =>
      attempt('resume', async () => {
        const id = await get<unknown>(LAST_OPENED_KEY, stores.settings);
        return typeof id === 'string' && id !== '' ? id : undefined;
      }),

    setLastOpenedDraftId: (id) =>
      attempt('remember', () =>
        id === undefined ? del(LAST_OPENED_KEY, stores.settings) : set(LAST_OPENED_KEY, id, stores.settings),
      ),
  };
}

async function attempt<T>(action: StorageAction, work: () => Promise<T>): Promise<StoreResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: error instanceof DraftProblem ? error.message : storageFailureMessage(action, error) };
  }
}

/** The value, or its message thrown as a DraftProblem for attempt() to return. */
function must<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new DraftProblem(result.error);
  return result.value;
}

function newestFirst(a: DraftSummary, b: DraftSummary): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
