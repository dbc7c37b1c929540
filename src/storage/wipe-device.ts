import { clear, type UseStore } from 'idb-keyval';
import { browserDraftStores, DRAFTS_DATABASE, SETTINGS_DATABASE } from './drafts-store.ts';

/** The parts of the browser the app may have written to; tests pass their own. */
export interface DeviceStorage {
  /** The app's own stores: emptied first, since this tab holds them open and a deletion waits for that. */
  stores: UseStore[];
  indexedDB: Pick<IDBFactory, 'deleteDatabase' | 'databases'>;
  caches?: Pick<CacheStorage, 'keys' | 'delete'> | undefined;
  serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistrations'> | undefined;
  localStorage?: Pick<Storage, 'clear'> | undefined;
  sessionStorage?: Pick<Storage, 'clear'> | undefined;
}

export type WipeResult = { ok: true } | { ok: false; error: string };

/**
 * "Wipe all data on this device": every draft, setting, kept review and cached
 * copy of the app and its scenarios. Every database is deleted, not only the two
 * the app knows by name, in case an older version left another behind. Resolves
 * with a plain message when the browser refused part of it.
 */
export async function wipeDevice(storage: DeviceStorage = browserStorage()): Promise<WipeResult> {
  const failures: string[] = [];
  const attempt = async (what: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch {
      failures.push(what);
    }
  };
  await attempt('saved drafts and settings', async () => {
    await Promise.all(storage.stores.map((store) => clear(store)));
    const known = (await storage.indexedDB.databases()).map((db) => db.name).filter((name): name is string => Boolean(name));
    const names = new Set([DRAFTS_DATABASE, SETTINGS_DATABASE, ...known]);
    // A deletion held up by an open connection (or an earlier deletion still waiting) must not hang the wipe.
    await Promise.all([...names].map((name) => Promise.race([deleteDatabase(storage.indexedDB, name), pause(1000)])));
  });
  await attempt('the copy of the app kept for offline use', async () => {
    if (storage.caches) await Promise.all((await storage.caches.keys()).map((key) => storage.caches!.delete(key)));
    if (storage.serviceWorker) await Promise.all((await storage.serviceWorker.getRegistrations()).map((registration) => registration.unregister()));
  });
  await attempt('other stored settings', async () => {
    storage.localStorage?.clear();
    storage.sessionStorage?.clear();
  });
  if (failures.length === 0) return { ok: true };
  return {
    ok: false,
    error: `The browser would not delete ${failures.join(', ')}. Close every tab of SIT Risk Wizard and try again, or clear the site data in the browser's settings.`,
  };
}

function deleteDatabase(factory: DeviceStorage['indexedDB'], name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
    // Held open (by this tab's own connection, or another tab): the browser deletes it once
    // they let go. Its contents are already cleared, so nothing is left to read meanwhile.
    request.onblocked = () => resolve();
  });
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function browserStorage(): DeviceStorage {
  const { drafts, settings } = browserDraftStores();
  return {
    stores: [drafts, settings],
    indexedDB,
    caches: typeof caches === 'undefined' ? undefined : caches,
    serviceWorker: typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    localStorage: typeof localStorage === 'undefined' ? undefined : localStorage,
    sessionStorage: typeof sessionStorage === 'undefined' ? undefined : sessionStorage,
  };
}
