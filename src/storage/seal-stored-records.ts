import { get, keys, type UseStore } from 'idb-keyval';
import type { DraftStores } from './drafts-store.ts';
import type { PassphraseKey } from './passphrase-crypto.ts';
import { replaceIfUnchanged } from './replace-if-unchanged.ts';
import { REVIEW_IN_PROGRESS_KEY } from './review-in-progress.ts';
import { DRAFT_PLAIN_FIELDS } from './sealed-draft.schema.ts';
import { isPlainObject } from '../domain/merge-answers.ts';
import { isSealedRecord, openRecord, sealRecord } from './sealed-record.ts';

/**
 * Seals every draft, and the review in progress, still stored plain. One record at a time,
 * each written before the next is read: stopping part way (a full disk, a closed tab) leaves
 * every record whole, plain or sealed, and the stores read both.
 */
export async function sealStoredRecords(stores: DraftStores, key: PassphraseKey): Promise<void> {
  const seal = async (record: unknown, plainFields: readonly string[]) =>
    isPlainObject(record) && !isSealedRecord(record) ? sealRecord(record, plainFields, key) : undefined;
  for (const id of await keys(stores.drafts)) await rewrite(stores.drafts, id, (record) => seal(record, DRAFT_PLAIN_FIELDS));
  await rewrite(stores.settings, REVIEW_IN_PROGRESS_KEY, (record) => seal(record, []));
}

/** The other way, one record at a time too. A sealed record `key` cannot open (damaged) is left as it is. */
export async function openStoredRecords(stores: DraftStores, key: PassphraseKey): Promise<void> {
  const open = async (record: unknown) => {
    if (!isSealedRecord(record)) return undefined;
    const opened = await openRecord(record, key);
    return opened.ok ? opened.record : undefined;
  };
  for (const id of await keys(stores.drafts)) await rewrite(stores.drafts, id, open);
  await rewrite(stores.settings, REVIEW_IN_PROGRESS_KEY, open);
}

/**
 * `change` gives the record to write, or undefined to leave it. If an autosave writes the
 * record meanwhile, tries again; after a few tries leaves it, whole, for the next pass.
 */
async function rewrite(store: UseStore, id: IDBValidKey, change: (record: unknown) => Promise<unknown>): Promise<void> {
  for (let tries = 0; tries < 3; tries++) {
    const record = await get<unknown>(id, store);
    const next = await change(record);
    if (next === undefined || (await replaceIfUnchanged(store, id, record, next))) return;
  }
}
