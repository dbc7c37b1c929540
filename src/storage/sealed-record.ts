import { isPlainObject } from '../domain/merge-answers.ts';
import { decryptWithKey, encryptWithKey, type PassphraseKey } from './passphrase-crypto.ts';

/**
 * A record kept sealed at rest while drafts are protected (drafts-lock.ts): the fields
 * anyone may read stay as they are, every other field travels as JSON inside `sealed`, an
 * envelope only the drafts' key (or the passphrase, with decryptText) opens.
 */
export type SealedRecord = Record<string, unknown> & { sealed: unknown };

export type OpenedRecord = { ok: true; record: Record<string, unknown> } | { ok: false; error: string };

export function isSealedRecord(value: unknown): value is SealedRecord {
  return isPlainObject(value) && 'sealed' in value;
}

/** Fields in `plainFields` stay readable; an absent one stays absent. */
export async function sealRecord(
  record: Record<string, unknown>,
  plainFields: readonly string[],
  key: PassphraseKey,
): Promise<SealedRecord> {
  const plain: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (plainFields.includes(field)) plain[field] = value;
    else secret[field] = value;
  }
  return { ...plain, sealed: await encryptWithKey(JSON.stringify(secret), key) };
}

/** The record as it was before sealing. The readable fields win over any of the same name inside. */
export async function openRecord(record: SealedRecord, key: PassphraseKey): Promise<OpenedRecord> {
  const { sealed, ...plain } = record;
  const opened = await decryptWithKey(sealed, key);
  if (!opened.ok) return opened;
  let secret: unknown;
  try {
    secret = JSON.parse(opened.text);
  } catch {
    secret = undefined;
  }
  if (!isPlainObject(secret)) return { ok: false, error: 'What the protected record holds is not a record.' };
  return { ok: true, record: { ...secret, ...plain } };
}
