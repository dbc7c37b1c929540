import { update, type UseStore } from 'idb-keyval';

class Changed extends Error {}

/**
 * Writes `next` under `key` only if the stored record is still `seen` (as it was read), and
 * says whether it did. Check and write are one transaction. For changes that need sealing or
 * opening, which is asynchronous and so cannot happen inside a transaction: read, change
 * outside, then write back only if no autosave or other tab wrote the record meanwhile.
 */
export async function replaceIfUnchanged(store: UseStore, key: IDBValidKey, seen: unknown, next: unknown): Promise<boolean> {
  const seenJson = JSON.stringify(seen);
  try {
    await update<unknown>(
      key,
      (stored) => {
        // Throwing ends the transaction with nothing written.
        if (stored === undefined || JSON.stringify(stored) !== seenJson) throw new Changed();
        return next;
      },
      store,
    );
    return true;
  } catch (error) {
    if (error instanceof Changed) return false;
    throw error;
  }
}
