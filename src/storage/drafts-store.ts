import { createStore, del, entries, get, set, update, type UseStore } from 'idb-keyval';
import type { z } from 'zod';
import { formatIssues } from '../domain/format-issues.ts';
import type { Draft, DraftSummary } from './draft.schema.ts';
import { savedElsewhere } from './draft-revision.ts';
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

export interface DraftList {
  /** Newest first. */
  drafts: DraftSummary[];
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

type DraftSchemas = typeof import('./draft.schema.ts');

/**
 * The draft schemas, and zod with them, load on the first call that reads or writes a draft:
 * the start screen is drawn before they are needed (issue 8). The last-opened setting needs none.
 */
const draftSchemas = (): Promise<DraftSchemas> => import('./draft.schema.ts');

/** Drafts in IndexedDB. Every call resolves, never rejects: failures come back as a message for the user. */
export function createDraftsStore(stores: DraftStores = browserDraftStores()): DraftsStore {
  return {
    listDrafts: () =>
      attempt('list', async () => {
        const { Draft, summarizeDraft } = await draftSchemas();
        const list: DraftList = { drafts: [], unreadable: [] };
        for (const [key, record] of await entries<IDBValidKey, unknown>(stores.drafts)) {
          const parsed = Draft.safeParse(record);
          if (parsed.success) list.drafts.push(summarizeDraft(parsed.data));
          else list.unreadable.push({ id: String(key), error: damagedMessage(record, parsed.error) });
        }
        list.drafts.sort(newestFirst);
        return list;
      }),

    loadDraft: (id) =>
      attempt('open', async () => {
        const schemas = await draftSchemas();
        const record = await get<unknown>(id, stores.drafts);
        return record === undefined ? undefined : readDraft(schemas, record);
      }),

    saveDraft: async (draft, guard) => {
      let conflict: Draft | undefined;
      const result = await attempt('save', async () => {
        const schemas = await draftSchemas();
        const valid = savableDraft(schemas, draft);
        if (!guard) {
          await set(valid.id, valid, stores.drafts);
          return valid;
        }
        await update<unknown>(
          valid.id,
          (record) => {
            // A damaged record is nobody's readable work: saving over it loses nothing.
            const parsed = record === undefined ? undefined : schemas.Draft.safeParse(record);
            const stored = parsed?.success ? parsed.data : undefined;
            // Throwing ends the transaction with nothing written.
            if (stored && savedElsewhere(stored, guard.seen)) {
              conflict = stored;
              throw new DraftProblem(SAVED_ELSEWHERE);
            }
            return valid;
          },
          stores.drafts,
        );
        return valid;
      });
      return conflict ? { ok: false, error: SAVED_ELSEWHERE, conflict } : result;
    },

    renameDraft: (id, name, now) =>
      attempt('rename', async () => {
        const schemas = await draftSchemas();
        const newName = validName(schemas, name);
        let renamed: Draft | undefined;
        // One transaction, so an autosave running at the same time cannot be overwritten by stale answers.
        await update<unknown>(
          id,
          (record) => {
            // Without a revision, the rename's time marks the new version (draft-revision.ts), so a
            // tab that has the draft open cannot save over the new name unawares.
            const { revision: _, ...draft } = readDraft(schemas, record);
            return (renamed = { ...draft, name: newName, updatedAt: now.toISOString() });
          },
          stores.drafts,
        );
        if (!renamed) throw new DraftProblem(NOT_FOUND);
        return renamed;
      }),

    duplicateDraft: (id, { newId, now, name }) =>
      attempt('duplicate', async () => {
        const schemas = await draftSchemas();
        const original = readDraft(schemas, await get<unknown>(id, stores.drafts));
        const at = now.toISOString();
        const copy: Draft = {
          ...original,
          id: newId,
          name: validName(schemas, name ?? `${original.name.slice(0, 190)} (copy)`),
          createdAt: at,
          updatedAt: at,
        };
        await update<unknown>(
          newId,
          (existing) => {
            if (existing !== undefined) throw new DraftProblem('A draft with this id already exists; nothing was copied.');
            return copy;
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

function readDraft({ Draft }: DraftSchemas, record: unknown): Draft {
  if (record === undefined) throw new DraftProblem(NOT_FOUND);
  const parsed = Draft.safeParse(record);
  if (!parsed.success) throw new DraftProblem(damagedMessage(record, parsed.error));
  return parsed.data;
}

function savableDraft({ Draft }: DraftSchemas, draft: Draft): Draft {
  const parsed = Draft.safeParse(draft);
  if (!parsed.success) {
    throw new DraftProblem(`This draft could not be saved (${details(parsed.error)}). Export the case file to keep your work.`);
  }
  return parsed.data;
}

function validName({ DraftName }: DraftSchemas, name: string): string {
  const parsed = DraftName.safeParse(name);
  if (!parsed.success) throw new DraftProblem(`${parsed.error.issues[0]?.message ?? 'Give the draft a name'}.`);
  return parsed.data;
}

function damagedMessage(record: unknown, error: z.ZodError): string {
  const isObject = record !== null && typeof record === 'object' && !Array.isArray(record);
  const name = isObject ? (record as { name?: unknown }).name : undefined;
  const label = typeof name === 'string' && name.trim() !== '' ? ` "${name.trim()}"` : '';
  const why = isObject ? details(error) : 'it holds no draft';
  return `The saved draft${label} is damaged or was saved by another version of SIT Risk Wizard, so it cannot be opened (${why}).`;
}

/** The first few field problems, enough to tell support what is wrong without flooding the user. */
function details(error: z.ZodError): string {
  const lines = formatIssues(error);
  return lines.slice(0, 3).join('; ') + (lines.length > 3 ? `; and ${lines.length - 3} more` : '');
}

function newestFirst(a: DraftSummary, b: DraftSummary): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
