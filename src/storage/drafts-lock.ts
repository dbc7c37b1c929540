import { del, get, update } from 'idb-keyval';
import type { DraftsLockRecord } from './drafts-lock.schema.ts';
import type { DraftStores } from './drafts-store.ts';
import type { PassphraseKey } from './passphrase-crypto.ts';
import { passphraseProblem } from './passphrase-rules.ts';
import { likelyReason, type StoreResult } from './storage-errors.ts';

/** The key of the lock record in the settings store (drafts-lock.schema.ts). */
export const DRAFTS_LOCK_KEY = 'draftsLock';

export const DRAFTS_LOCKED = 'Your drafts are protected: unlock them with your passphrase first.';
export const WRONG_DRAFTS_PASSPHRASE =
  'That passphrase does not unlock the drafts on this device. Check it and try again: capital letters and spaces count.';
export const ALREADY_PROTECTED = 'Your drafts are already protected with a passphrase.';
export const NOT_PROTECTED = 'Your drafts are not protected with a passphrase, so there is nothing to unlock.';
export const LOCK_DAMAGED =
  'The record of your passphrase on this device is damaged, so your drafts cannot be unlocked here.';
const BUSY = 'Your drafts are still being protected or unprotected: wait a moment and try again.';

/** `unlocked`: protected, and this tab holds the key. */
export type ProtectionStatus = 'off' | 'locked' | 'unlocked';

/** What the stores need to know to read and write a record: whether to seal, and the key if this tab has it. */
export type DraftsAccess = { state: 'off' } | { state: 'locked' } | { state: 'unlocked'; key: PassphraseKey };

/**
 * Optional passphrase protection of the drafts and the review in progress on this device
 * (issue 9). Every call but lock() and currentAccess() resolves, never rejects: failures come
 * back as a message for the user.
 */
export interface DraftsLock {
  /** Read from storage every time: another tab may have turned protection on or off. */
  protectionStatus(): Promise<StoreResult<ProtectionStatus>>;
  /** Protects every draft and the review in progress with `passphrase`, and leaves them unlocked in this tab. */
  turnOn(passphrase: string): Promise<StoreResult<void>>;
  /** Keeps the key in this tab's memory until lock(), a reload, or the tab is closed. */
  unlock(passphrase: string): Promise<StoreResult<void>>;
  /** Forgets the key. */
  lock(): void;
  /** Stores every draft and the review plain again. Only when unlocked, so the passphrase was proven. */
  turnOff(): Promise<StoreResult<void>>;
  /** For the drafts store and the review store; rejects when the browser's storage fails. */
  currentAccess(): Promise<DraftsAccess>;
}

export interface DraftsLockOptions {
  /**
   * PBKDF2 rounds for a new lock: PBKDF2_ITERATIONS unless given. For tests only, to make
   * them fast: a lock with fewer than MIN_ITERATIONS opens only with a lock given the same
   * option, never in the app.
   */
  iterations?: number;
}

const passphraseCrypto = () => import('./passphrase-crypto.ts');
const lockSchema = () => import('./drafts-lock.schema.ts');
const sealing = () => import('./seal-stored-records.ts');

/** A problem to tell the user as it is, as opposed to a failure of the browser's storage. */
class LockProblem extends Error {}

/**
 * The lock record is read at every call, so what one tab turns on or off counts in the others
 * at their next save. The key lives in this closure only: a CryptoKey Web Crypto will not let
 * anyone export, never written anywhere.
 */
export function createDraftsLock(stores: DraftStores, options: DraftsLockOptions = {}): DraftsLock {
  let held: PassphraseKey | undefined;
  let busy = false;

  async function readLock(): Promise<DraftsLockRecord | 'none' | 'damaged'> {
    const record = await get<unknown>(DRAFTS_LOCK_KEY, stores.settings);
    if (record === undefined) return 'none';
    const [{ DraftsLockRecord }, { MIN_ITERATIONS }] = await Promise.all([lockSchema(), import('./encrypted-envelope.schema.ts')]);
    const parsed = DraftsLockRecord.safeParse(record);
    // A count below the floor would make the passphrase cheap to guess from the drafts.
    const fewest = Math.min(MIN_ITERATIONS, options.iterations ?? MIN_ITERATIONS);
    return parsed.success && parsed.data.kdf.iterations >= fewest ? parsed.data : 'damaged';
  }

  async function currentAccess(): Promise<DraftsAccess> {
    const lock = await readLock();
    if (lock === 'none') return { state: 'off' };
    // The key of a lock since replaced (turned off and on again in another tab) is no key.
    if (held && lock !== 'damaged' && held.kdf.salt === lock.kdf.salt && held.kdf.iterations === lock.kdf.iterations) {
      return { state: 'unlocked', key: held };
    }
    return { state: 'locked' };
  }

  /** One change of protection at a time in this tab; a thrown LockProblem is the message. */
  async function exclusive(work: () => Promise<void>, failure: (reason: string) => string): Promise<StoreResult<void>> {
    if (busy) return { ok: false, error: BUSY };
    busy = true;
    try {
      await work();
      return { ok: true, value: undefined };
    } catch (error) {
      return { ok: false, error: error instanceof LockProblem ? error.message : failure(likelyReason(error)) };
    } finally {
      busy = false;
    }
  }

  return {
    protectionStatus: async () => {
      try {
        return { ok: true, value: (await currentAccess()).state };
      } catch (error) {
        return { ok: false, error: `Your browser would not say whether your drafts are protected (${likelyReason(error)}).` };
      }
    },

    turnOn: (passphrase) => {
      let lockWritten = false;
      return exclusive(
        async () => {
          const problem = passphraseProblem(passphrase);
          if (problem) throw new LockProblem(problem);
          const crypto = await passphraseCrypto();
          if (!crypto.passphraseProtectionAvailable()) throw new LockProblem(crypto.NO_WEB_CRYPTO);
          if ((await readLock()) !== 'none') throw new LockProblem(ALREADY_PROTECTED);
          const key = await crypto.derivePassphraseKey(passphrase, { iterations: options.iterations ?? crypto.PBKDF2_ITERATIONS });
          const { DRAFTS_LOCK_VERSION, LOCK_CHECK_TEXT } = await lockSchema();
          const record: DraftsLockRecord = {
            version: DRAFTS_LOCK_VERSION,
            kdf: key.kdf,
            check: await crypto.encryptWithKey(LOCK_CHECK_TEXT, key),
          };
          await update<unknown>(
            DRAFTS_LOCK_KEY,
            (existing) => {
              // Another tab turned protection on while this one was making its key.
              if (existing !== undefined) throw new LockProblem(ALREADY_PROTECTED);
              return record;
            },
            stores.settings,
          );
          lockWritten = true;
          held = key;
          // From here every save seals (the lock is written), so only the records already stored remain.
          await (await sealing()).sealStoredRecords(stores, key);
        },
        (reason) =>
          lockWritten
            ? `Your drafts are protected now, but your browser would not rewrite some of them yet (${reason}). ` +
              'They stay readable, and are rewritten the next time you unlock them.'
            : `Your browser would not protect your drafts (${reason}). Nothing was changed.`,
      );
    },

    unlock: (passphrase) =>
      exclusive(
        async () => {
          const lock = await readLock();
          if (lock === 'none') throw new LockProblem(NOT_PROTECTED);
          if (lock === 'damaged') throw new LockProblem(LOCK_DAMAGED);
          if (passphrase === '') throw new LockProblem('Type your passphrase.');
          const crypto = await passphraseCrypto();
          if (!crypto.passphraseProtectionAvailable()) throw new LockProblem(crypto.NO_WEB_CRYPTO);
          const { fromBase64 } = await import('./base64-bytes.ts');
          const { LOCK_CHECK_TEXT } = await lockSchema();
          const key = await crypto.derivePassphraseKey(passphrase, {
            iterations: lock.kdf.iterations,
            salt: fromBase64(lock.kdf.salt),
          });
          const check = await crypto.decryptWithKey(lock.check, key);
          if (!check.ok || check.text !== LOCK_CHECK_TEXT) throw new LockProblem(WRONG_DRAFTS_PASSPHRASE);
          held = key;
          // Finishes a turnOn that was cut short, and seals what a tab unaware of the lock saved plain.
          await (await sealing()).sealStoredRecords(stores, key).catch(() => undefined);
        },
        (reason) => `Your browser would not unlock your drafts (${reason}).`,
      ),

    lock: () => {
      held = undefined;
    },

    turnOff: () =>
      exclusive(
        async () => {
          const access = await currentAccess();
          if (access.state === 'off') return;
          if (access.state === 'locked') throw new LockProblem(DRAFTS_LOCKED);
          const { openStoredRecords } = await sealing();
          await openStoredRecords(stores, access.key);
          await del(DRAFTS_LOCK_KEY, stores.settings);
          // A save in this tab may have sealed a record between the pass and the removal.
          await openStoredRecords(stores, access.key).catch(() => undefined);
          held = undefined;
        },
        (reason) => `Your browser would not turn off the protection (${reason}). Your drafts are still protected; try again.`,
      ),

    currentAccess,
  };
}
