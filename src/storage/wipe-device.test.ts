import 'fake-indexeddb/auto';
import { createStore, keys, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { DRAFTS_LOCK_KEY } from './drafts-lock.ts';
import { DRAFTS_DATABASE, SETTINGS_DATABASE } from './drafts-store.ts';
import { REVIEW_IN_PROGRESS_KEY } from './review-in-progress.ts';
import { wipeDevice, type DeviceStorage } from './wipe-device.ts';

function cacheStorage(names: string[]) {
  const kept = new Set(names);
  return { kept, api: { keys: async () => [...kept], delete: async (name: string) => kept.delete(name) } };
}

/** A database an older version might have left, not held open by anyone. */
function leftBehind(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('things').put(1, 'x');
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('wipeDevice', () => {
  it('deletes the drafts, the settings, any other database, the offline copy and web storage', async () => {
    const drafts = createStore(DRAFTS_DATABASE, 'drafts');
    const settings = createStore(SETTINGS_DATABASE, 'settings');
    await set('draft-1', { id: 'draft-1' }, drafts);
    await set('lastOpenedDraftId', 'draft-1', settings);
    // Passphrase protection on: its lock record and a sealed review go too.
    await set(DRAFTS_LOCK_KEY, { version: 1, kdf: {}, check: {} }, settings);
    await set(REVIEW_IN_PROGRESS_KEY, { sealed: {} }, settings);
    expect(await keys(settings)).toHaveLength(3);
    await leftBehind('left-by-an-old-version');
    const cache = cacheStorage(['workbox-precache-v2', 'scenarios']);
    let unregistered = 0;
    let cleared = 0;
    const storage: DeviceStorage = {
      stores: [drafts, settings],
      indexedDB,
      caches: cache.api,
      serviceWorker: { getRegistrations: async () => [{ unregister: async () => (unregistered++, true) } as unknown as ServiceWorkerRegistration] },
      localStorage: { clear: () => void cleared++ },
      sessionStorage: { clear: () => void cleared++ },
    };

    expect(await wipeDevice(storage)).toEqual({ ok: true });
    // This test's own connections keep the two app databases open, as the app's tab does: emptied now, deleted once let go.
    expect(await keys(drafts)).toEqual([]);
    expect(await keys(settings)).toEqual([]);
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('left-by-an-old-version');
    expect([...cache.kept]).toEqual([]);
    expect(unregistered).toBe(1);
    expect(cleared).toBe(2);
  });

  it('says what could not be deleted and what to do, and still deletes the rest', async () => {
    // The first test's connections still hold the app's databases (deletion pending): use another.
    const drafts = createStore('second-device', 'drafts');
    await set('draft-1', { id: 'draft-1' }, drafts);
    const storage: DeviceStorage = {
      stores: [drafts],
      indexedDB,
      caches: { keys: async () => Promise.reject(new Error('SecurityError')), delete: async () => false },
    };
    const result = await wipeDevice(storage);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^The browser would not delete the copy of the app kept for offline use\. Close every tab/) });
    expect(await keys(drafts)).toEqual([]);
  });
});
