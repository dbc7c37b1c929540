// For the tests of passphrase-protected drafts: fresh stores in fake-indexeddb, tabs whose lock
// makes its key quickly, and a look at what is really written to IndexedDB.
import 'fake-indexeddb/auto';
import { createStore, entries, type UseStore } from 'idb-keyval';
import type { Draft } from './draft.schema.ts';
import { createDraftsLock, type DraftsLock } from './drafts-lock.ts';
import { createDraftsStore, type DraftStores, type DraftsStore } from './drafts-store.ts';
import { createReviewInProgressStore, type ReviewInProgressStore } from './review-in-progress.ts';
import type { StoreResult } from './storage-errors.ts';

/** Few PBKDF2 rounds, so a test makes a key in milliseconds. Only a lock given the same option accepts such a lock record. */
export const TEST_ITERATIONS = 1_000;
export const PASSPHRASE = 'the gull flies at nine tonight';
/** Strings that must never be found in IndexedDB while the drafts are protected. */
export const CODENAME = 'QUIET LANTERN';
export const SECRET_NOTE = 'informant COPPER meets the handler';

let databases = 0;
export function freshStores(): DraftStores {
  databases += 1;
  return {
    drafts: createStore(`protected-drafts-${databases}`, 'drafts'),
    settings: createStore(`protected-settings-${databases}`, 'settings'),
  };
}

export interface Tab {
  lock: DraftsLock;
  drafts: DraftsStore;
  review: ReviewInProgressStore;
}

/** One tab of the app (or the same tab after a reload): its own lock, so its own key in memory, over the shared stores. */
export function openTab(stores: DraftStores): Tab {
  const lock = createDraftsLock(stores, { iterations: TEST_ITERATIONS });
  return { lock, drafts: createDraftsStore(stores, lock), review: createReviewInProgressStore(stores.settings, lock) };
}

export const T0 = '2026-11-24T09:00:00.000Z';

export function draft(id: string, overrides: Partial<Draft> = {}): Draft {
  return {
    id,
    name: `Operation ${CODENAME} ${id}`,
    createdAt: T0,
    updatedAt: T0,
    revision: `${id}-r1`,
    step: 'people',
    visited: ['operation', 'people'],
    answers: { schemaVersion: 1, operation: { codename: CODENAME }, people: { notes: SECRET_NOTE } },
    exercise: { id: 'ex-1', role: 'trainee' },
    ...overrides,
  };
}

/** Every record of the stores, as JSON: what someone reading the disk would find. */
export async function storedText(...stores: UseStore[]): Promise<string> {
  return JSON.stringify(await Promise.all(stores.map((store) => entries(store))));
}

export async function storedRecord(store: UseStore, id: string): Promise<unknown> {
  return new Map(await entries<IDBValidKey, unknown>(store)).get(id);
}

/** A real store that lets `writes` writes through, then fails as a full disk does. */
export function failingAfter(real: UseStore, writes: number): UseStore {
  let left = writes;
  return (mode, callback) =>
    mode === 'readwrite' && left-- <= 0
      ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
      : real(mode, callback);
}

export function value<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.value;
}

export function error(result: StoreResult<unknown>): string {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}
