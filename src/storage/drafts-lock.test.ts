// Issue 9, "Data at rest": turning passphrase protection of the drafts on this device on and off.
// What the drafts store does while protected is in drafts-store.protected.test.ts.
import { del, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  ALREADY_PROTECTED,
  createDraftsLock,
  DRAFTS_LOCK_KEY,
  DRAFTS_LOCKED,
  LOCK_DAMAGED,
  NOT_PROTECTED,
  WRONG_DRAFTS_PASSPHRASE,
} from './drafts-lock.ts';
import { createDraftsStore } from './drafts-store.ts';
import { PBKDF2_ITERATIONS, decryptText } from './passphrase-crypto.ts';
import {
  CODENAME,
  PASSPHRASE,
  SECRET_NOTE,
  TEST_ITERATIONS,
  draft,
  error,
  failingAfter,
  freshStores,
  openTab,
  storedRecord,
  storedText,
  value,
} from './protected-drafts.test-support.ts';

/** Two drafts saved before protection was turned on, as the app saves them. */
async function deviceWithDrafts() {
  const stores = freshStores();
  const tab = openTab(stores);
  value(await tab.drafts.saveDraft(draft('a')));
  value(await tab.drafts.saveDraft(draft('b', { updatedAt: '2026-11-24T10:00:00.000Z' })));
  return { stores, tab };
}

function holdsCryptoKey(value: unknown): boolean {
  if (value instanceof CryptoKey) return true;
  return value !== null && typeof value === 'object' && Object.values(value).some(holdsCryptoKey);
}

describe('turning protection on', () => {
  it('seals every draft already saved: nothing of the operation is left readable in IndexedDB', async () => {
    const { stores, tab } = await deviceWithDrafts();
    expect(await storedText(stores.drafts)).toContain(CODENAME);
    expect(value(await tab.lock.protectionStatus())).toBe('off');

    value(await tab.lock.turnOn(PASSPHRASE));

    expect(value(await tab.lock.protectionStatus())).toBe('unlocked');
    const stored = await storedText(stores.drafts, stores.settings);
    for (const secret of [CODENAME, SECRET_NOTE, 'people', 'trainee', PASSPHRASE]) expect(stored).not.toContain(secret);
    // What stays readable: enough to sort the list and guard against two tabs, nothing more.
    expect(Object.keys((await storedRecord(stores.drafts, 'a')) as object).sort()).toEqual(['createdAt', 'id', 'revision', 'sealed', 'updatedAt']);
    expect(value(await tab.drafts.loadDraft('a'))).toEqual(draft('a'));
  });

  it('writes a lock record that holds how the key is made and a check, never the key', async () => {
    const { stores, tab } = await deviceWithDrafts();
    value(await tab.lock.turnOn(PASSPHRASE));
    const record = (await storedRecord(stores.settings, DRAFTS_LOCK_KEY)) as Record<string, any>;
    expect(record).toEqual({
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: TEST_ITERATIONS, salt: expect.any(String) },
      check: expect.objectContaining({ format: 'sit-risk-wizard-encrypted', kdf: record.kdf }),
    });
    expect(Buffer.from(record.kdf.salt, 'base64')).toHaveLength(16);
    expect(holdsCryptoKey(await storedRecord(stores.settings, DRAFTS_LOCK_KEY))).toBe(false);
    expect(holdsCryptoKey(await storedRecord(stores.drafts, 'a'))).toBe(false);
    const access = await tab.lock.currentAccess();
    expect(access.state === 'unlocked' && access.key.cryptoKey.extractable).toBe(false);
  });

  it(`makes the key with ${PBKDF2_ITERATIONS.toLocaleString('en-GB')} rounds in the app, so a sealed draft opens with the passphrase alone`, async () => {
    const stores = freshStores();
    const lock = createDraftsLock(stores);
    const drafts = createDraftsStore(stores, lock);
    value(await drafts.saveDraft(draft('a')));
    value(await lock.turnOn(PASSPHRASE));
    const sealed = (await storedRecord(stores.drafts, 'a')) as { sealed: unknown };
    expect(sealed.sealed).toMatchObject({ kdf: { iterations: PBKDF2_ITERATIONS } });
    const opened = await decryptText(sealed.sealed, PASSPHRASE);
    expect(opened.ok && JSON.parse(opened.text)).toMatchObject({ name: `Operation ${CODENAME} a`, answers: draft('a').answers });
  }, 30_000);

  it('refuses a passphrase that is too short, and changes nothing', async () => {
    const { stores, tab } = await deviceWithDrafts();
    expect(error(await tab.lock.turnOn('gull'))).toBe('Use at least 12 characters; a short sentence is easiest to remember.');
    expect(value(await tab.lock.protectionStatus())).toBe('off');
    expect(await storedText(stores.drafts)).toContain(CODENAME);
  });

  it('cannot be turned on twice, from this tab or another', async () => {
    const { stores, tab } = await deviceWithDrafts();
    value(await tab.lock.turnOn(PASSPHRASE));
    expect(error(await tab.lock.turnOn('another passphrase altogether'))).toBe(ALREADY_PROTECTED);
    expect(error(await openTab(stores).lock.turnOn('another passphrase altogether'))).toBe(ALREADY_PROTECTED);
  });

  it('cut short after one draft, leaves every draft readable, and unlocking finishes the job', async () => {
    const { stores } = await deviceWithDrafts();
    // The disk fills up after the first sealed draft is written.
    const interrupted = openTab({ drafts: failingAfter(stores.drafts, 1), settings: stores.settings });
    expect(error(await interrupted.lock.turnOn(PASSPHRASE))).toBe(
      'Your drafts are protected now, but your browser would not rewrite some of them yet (storage is full). ' +
        'They stay readable, and are rewritten the next time you unlock them.',
    );
    const sealedA = (await storedRecord(stores.drafts, 'a')) as object;
    expect('sealed' in sealedA).toBe(true);
    expect(await storedRecord(stores.drafts, 'b')).toEqual(draft('b', { updatedAt: '2026-11-24T10:00:00.000Z' }));

    // A reload: the key is gone, the lock is not.
    const reloaded = openTab(stores);
    expect(value(await reloaded.lock.protectionStatus())).toBe('locked');
    expect(value(await reloaded.drafts.listDrafts()).drafts.map((each) => [each.id, each.locked])).toEqual([['b', true], ['a', true]]);
    value(await reloaded.lock.unlock(PASSPHRASE));
    expect(value(await reloaded.drafts.loadDraft('a'))).toEqual(draft('a'));
    expect(value(await reloaded.drafts.loadDraft('b'))).toEqual(draft('b', { updatedAt: '2026-11-24T10:00:00.000Z' }));
    expect(await storedText(stores.drafts)).not.toContain(CODENAME);
  });

  it('keeps an autosave that lands while a draft is being sealed, and seals it too', async () => {
    const { stores } = await deviceWithDrafts();
    const autosaved = draft('a', { revision: 'autosave', answers: { notes: `${SECRET_NOTE}, autosaved` } });
    let writes = 0;
    // A tab that has not seen the lock yet saves its draft plain, just before the sealed one is written.
    const racing: UseStore = async (mode, callback) => {
      if (mode === 'readwrite' && writes++ === 0) value(await createDraftsStore(stores).saveDraft(autosaved));
      return stores.drafts(mode, callback);
    };
    const tab = openTab({ drafts: racing, settings: stores.settings });
    value(await tab.lock.turnOn(PASSPHRASE));
    expect(value(await tab.drafts.loadDraft('a'))).toEqual(autosaved);
    expect(await storedText(stores.drafts)).not.toContain(CODENAME);
  });

  it('counts at once in another tab, which then saves nothing in the clear', async () => {
    const stores = freshStores();
    const [first, second] = [openTab(stores), openTab(stores)];
    value(await first.lock.turnOn(PASSPHRASE));
    expect(error(await second.drafts.saveDraft(draft('c')))).toBe(DRAFTS_LOCKED);
    expect(await storedText(stores.drafts)).not.toContain(CODENAME);
  });
});

describe('unlocking and locking', () => {
  it('says the passphrase is wrong in plain words, and stays locked', async () => {
    const { stores, tab } = await deviceWithDrafts();
    value(await tab.lock.turnOn(PASSPHRASE));
    const reloaded = openTab(stores);
    expect(error(await reloaded.lock.unlock('the gull flies at ten tonight'))).toBe(WRONG_DRAFTS_PASSPHRASE);
    expect(WRONG_DRAFTS_PASSPHRASE).toBe(
      'That passphrase does not unlock the drafts on this device. Check it and try again: capital letters and spaces count.',
    );
    expect(error(await reloaded.lock.unlock(''))).toBe('Type your passphrase.');
    expect(value(await reloaded.lock.protectionStatus())).toBe('locked');
    expect(error(await reloaded.drafts.loadDraft('a'))).toBe(DRAFTS_LOCKED);
  });

  it('keeps the key until lock(), which forgets it', async () => {
    const { stores, tab } = await deviceWithDrafts();
    value(await tab.lock.turnOn(PASSPHRASE));
    const reloaded = openTab(stores);
    value(await reloaded.lock.unlock(PASSPHRASE));
    expect(value(await reloaded.lock.protectionStatus())).toBe('unlocked');
    expect(value(await reloaded.drafts.loadDraft('a'))).toEqual(draft('a'));
    reloaded.lock.lock();
    expect(value(await reloaded.lock.protectionStatus())).toBe('locked');
    expect(error(await reloaded.drafts.loadDraft('a'))).toBe(DRAFTS_LOCKED);
  });

  it('has nothing to unlock when protection is off', async () => {
    const { tab } = await deviceWithDrafts();
    expect(error(await tab.lock.unlock(PASSPHRASE))).toBe(NOT_PROTECTED);
  });

  it('will not use a lock record made with fewer rounds than files may ask for (the tests\' own, in the app)', async () => {
    const { stores, tab } = await deviceWithDrafts();
    value(await tab.lock.turnOn(PASSPHRASE));
    const app = createDraftsLock(stores);
    expect(value(await app.protectionStatus())).toBe('locked');
    expect(error(await app.unlock(PASSPHRASE))).toBe(LOCK_DAMAGED);
  });

  it('says a damaged lock record is damaged, and saves nothing in the clear meanwhile', async () => {
    const { stores, tab } = await deviceWithDrafts();
    await set(DRAFTS_LOCK_KEY, { version: 1, kdf: 'PBKDF2' }, stores.settings);
    expect(value(await tab.lock.protectionStatus())).toBe('locked');
    expect(error(await tab.lock.unlock(PASSPHRASE))).toBe(LOCK_DAMAGED);
    expect(error(await tab.drafts.saveDraft(draft('a')))).toBe(DRAFTS_LOCKED);
  });

  it('does not take a key made for a lock since replaced', async () => {
    const { stores, tab } = await deviceWithDrafts();
    value(await tab.lock.turnOn(PASSPHRASE));
    // Another tab turns protection off and on again with a new passphrase, so a new salt.
    await del(DRAFTS_LOCK_KEY, stores.settings);
    value(await openTab(stores).lock.turnOn('a new passphrase for a new lock'));
    expect(value(await tab.lock.protectionStatus())).toBe('locked');
  });
});

describe('turning protection off', () => {
  it('stores every draft plain again and removes the lock', async () => {
    const { stores, tab } = await deviceWithDrafts();
    value(await tab.lock.turnOn(PASSPHRASE));
    value(await tab.lock.turnOff());
    expect(value(await tab.lock.protectionStatus())).toBe('off');
    expect(await storedRecord(stores.settings, DRAFTS_LOCK_KEY)).toBeUndefined();
    expect(await storedRecord(stores.drafts, 'a')).toEqual(draft('a'));
    expect(await storedText(stores.drafts)).not.toContain('"sealed"');
    // A plain store, with no lock at all, reads them.
    expect(value(await createDraftsStore(stores).loadDraft('b'))).toEqual(draft('b', { updatedAt: '2026-11-24T10:00:00.000Z' }));
  });

  it('cut short, leaves protection on and every draft readable', async () => {
    const { stores, tab } = await deviceWithDrafts();
    value(await tab.lock.turnOn(PASSPHRASE));
    const interrupted = openTab({ drafts: failingAfter(stores.drafts, 1), settings: stores.settings });
    value(await interrupted.lock.unlock(PASSPHRASE));
    expect(error(await interrupted.lock.turnOff())).toBe(
      'Your browser would not turn off the protection (storage is full). Your drafts are still protected; try again.',
    );
    expect(value(await interrupted.lock.protectionStatus())).toBe('unlocked');
    expect(await storedRecord(stores.drafts, 'a')).toEqual(draft('a'));
    expect('sealed' in ((await storedRecord(stores.drafts, 'b')) as object)).toBe(true);
    const reloaded = openTab(stores);
    value(await reloaded.lock.unlock(PASSPHRASE));
    expect(value(await reloaded.drafts.loadDraft('b'))).toEqual(draft('b', { updatedAt: '2026-11-24T10:00:00.000Z' }));
    // Unlocking seals again what the cut-short turnOff left plain.
    expect(await storedText(stores.drafts)).not.toContain(CODENAME);
  });

  it('needs the drafts unlocked, so only someone who knows the passphrase can do it', async () => {
    const { stores, tab } = await deviceWithDrafts();
    value(await tab.lock.turnOn(PASSPHRASE));
    const reloaded = openTab(stores);
    expect(error(await reloaded.lock.turnOff())).toBe(DRAFTS_LOCKED);
    expect(value(await reloaded.lock.protectionStatus())).toBe('locked');
    expect(await storedText(stores.drafts)).not.toContain(CODENAME);
  });
});
