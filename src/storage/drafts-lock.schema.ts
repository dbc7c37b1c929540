import { z } from 'zod';
import { KeyDerivation, KeyedEnvelope } from './encrypted-envelope.schema.ts';

export const DRAFTS_LOCK_VERSION = 1;

/** What `check` holds: unlocking opens it to tell a wrong passphrase before any draft is touched. */
export const LOCK_CHECK_TEXT = 'SIT Risk Wizard: the drafts on this device are protected.';

/**
 * In the settings store while the drafts on this device are protected with a passphrase: how
 * the key is made from the passphrase, and a known text sealed with that key. Never the key.
 * The iteration count is checked against a floor by the lock (drafts-lock.ts), not here, so
 * that tests can make locks quickly.
 */
export const DraftsLockRecord = z.strictObject({
  version: z.literal(DRAFTS_LOCK_VERSION),
  kdf: KeyDerivation,
  check: KeyedEnvelope,
});
export type DraftsLockRecord = z.infer<typeof DraftsLockRecord>;
