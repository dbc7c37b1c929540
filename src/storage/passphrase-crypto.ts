import { formatIssues } from '../domain/format-issues.ts';
import { isPlainObject } from '../domain/merge-answers.ts';
import { newerVersionError, readJsonObject, tidyMessages } from '../domain/read-json.ts';
import { fromBase64, toBase64 } from './base64-bytes.ts';
import {
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  EncryptedEnvelope,
  IV_BYTES,
  KeyedEnvelope,
  MAX_ITERATIONS,
  SALT_BYTES,
  type KeyDerivation,
} from './encrypted-envelope.schema.ts';

/**
 * Optional passphrase protection for case files and drafts (issue 9, "Data at rest"),
 * with the browser's own Web Crypto API and nothing else: AES-GCM with a 256-bit key
 * made from the passphrase by PBKDF2-SHA-256, a fresh random salt and IV every time.
 *
 * encryptText and decryptText derive the key again at every call, which costs about half a
 * second at PBKDF2_ITERATIONS (0.4 s measured in Node 20 on an idle two-core server, over
 * a second when it was busy; slower laptops take longer): each file has a salt of its own,
 * and no key sits in memory between calls. Drafts, saved at every pause in typing, cannot
 * wait that long: they use a key derived once (derivePassphraseKey) and kept in memory
 * while the drafts are unlocked, with encryptWithKey and decryptWithKey.
 */

/**
 * PBKDF2-HMAC-SHA256 rounds for everything this app encrypts: 600,000 is what the OWASP
 * Password Storage Cheat Sheet recommends since 2023 (to keep pace with GPU guessing).
 * Web Crypto offers no memory-hard function (Argon2, scrypt), so PBKDF2 with a high count
 * is the best the browser can do without a library. Files record their own count, so this
 * can rise later and older files still open.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** A wrong passphrase and a tampered file look the same to AES-GCM: its tag check fails. */
export const WRONG_PASSPHRASE = 'The passphrase is not correct, or the file was changed after it was protected.';

export const NO_PASSPHRASE = 'Type the passphrase this file was protected with.';

/**
 * Web Crypto exists only in a secure context: https, or the app opened from this computer.
 * A copy served over plain http on a network has no `crypto.subtle`.
 */
export const NO_WEB_CRYPTO =
  'This browser cannot protect or unlock files here: open SIT Risk Wizard over https or from this computer.';

/**
 * A protected case file is its case file as base64 (4/3 the size) plus a few hundred
 * characters of envelope: a case file at the 5 MB limit becomes about 6.7 MB.
 */
export const MAX_PROTECTED_FILE_CHARS = 7_000_000;

/** How many field problems one message lists; a hostile file could have hundreds. */
const MAX_LISTED_PROBLEMS = 5;

export interface EncryptOptions {
  /**
   * PBKDF2 rounds; PBKDF2_ITERATIONS unless given. For tests only: an envelope made
   * with fewer than MIN_ITERATIONS cannot be decrypted, since decryptText refuses files
   * that ask for so few (a stolen file's passphrase would be cheap to guess).
   */
  iterations?: number;
  /** 16 bytes; random unless given (tests give one to make the output reproducible). */
  salt?: Uint8Array;
  /** 12 bytes; random unless given. Never give the same IV twice with the same key. */
  iv?: Uint8Array;
}

/**
 * A key made from a passphrase once, for many encryptions. Web Crypto keeps its bytes: script
 * can use the key but never read or export it, so it cannot be stored by mistake. `kdf` says
 * how it was made; every envelope it makes records that, so the passphrase alone opens the
 * envelope again (decryptText), as long as the count is one decryptText accepts.
 */
export interface PassphraseKey {
  cryptoKey: CryptoKey;
  kdf: KeyDerivation;
}

export type KeyOptions = Pick<EncryptOptions, 'iterations' | 'salt'>;

export type DecryptResult = { ok: true; text: string } | { ok: false; error: string };
export type DecryptJsonResult = { ok: true; value: unknown; text: string } | { ok: false; error: string };

/** Whether this page can use passphrase protection at all (see NO_WEB_CRYPTO). */
export function passphraseProtectionAvailable(): boolean {
  return subtleCrypto() !== undefined;
}

/**
 * Text → an envelope only the passphrase opens. The text is encrypted as UTF-8 (a lone
 * surrogate, which UTF-8 cannot hold, comes back as U+FFFD; JSON text never has one).
 * Rejects only on a programming error (an empty passphrase: check passphraseProblem
 * first; options of the wrong size) or when the page has no Web Crypto.
 */
export async function encryptText(
  plain: string,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<EncryptedEnvelope> {
  const iv = bytesOption('iv', options.iv, IV_BYTES);
  return encryptWithKey(plain, await derivePassphraseKey(passphrase, options), { iv });
}

/**
 * Passphrase → a key for encryptWithKey and decryptWithKey, with a fresh random salt unless
 * given. As slow as one encryptText. Rejects only on a programming error (an empty
 * passphrase, options of the wrong size) or when the page has no Web Crypto.
 */
export async function derivePassphraseKey(passphrase: string, options: KeyOptions = {}): Promise<PassphraseKey> {
  const subtle = subtleCrypto();
  if (!subtle) throw new Error(NO_WEB_CRYPTO);
  if (passphrase === '') throw new Error('A key needs a passphrase (check it with passphraseProblem first)');
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError(`iterations must be a whole number from 1 to ${MAX_ITERATIONS}`);
  }
  const salt = bytesOption('salt', options.salt, SALT_BYTES);
  const cryptoKey = await deriveKey(subtle, passphrase, salt, iterations);
  return { cryptoKey, kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) } };
}

/** Text → an envelope, as encryptText makes, with a key already made: fast, and a fresh random IV every call. */
export async function encryptWithKey(
  plain: string,
  key: PassphraseKey,
  options: Pick<EncryptOptions, 'iv'> = {},
): Promise<EncryptedEnvelope> {
  const subtle = subtleCrypto();
  if (!subtle) throw new Error(NO_WEB_CRYPTO);
  const iv = bytesOption('iv', options.iv, IV_BYTES);
  const data = await subtle.encrypt({ name: 'AES-GCM', iv }, key.cryptoKey, new TextEncoder().encode(plain));
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    kdf: { ...key.kdf },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data)),
  };
}

/**
 * An envelope (not trusted) + a key → the text, or one plain sentence. Never throws. An
 * envelope made with another passphrase or salt says so without trying: its kdf block is not
 * the key's. The error sentences speak of a file; callers about drafts say their own.
 */
export async function decryptWithKey(envelope: unknown, key: PassphraseKey): Promise<DecryptResult> {
  try {
    const checked = checkEnvelope(envelope, KeyedEnvelope);
    if (!checked.ok) return checked;
    const subtle = subtleCrypto();
    if (!subtle) return { ok: false, error: NO_WEB_CRYPTO };
    const { kdf, cipher, data } = checked.envelope;
    if (kdf.salt !== key.kdf.salt || kdf.iterations !== key.kdf.iterations) return { ok: false, error: WRONG_PASSPHRASE };
    return await openWith(subtle, key.cryptoKey, cipher.iv, data);
  } catch {
    return { ok: false, error: 'The protected file could not be unlocked. It may be damaged.' };
  }
}

/**
 * An envelope (as read from a file or from storage, so not trusted) + passphrase → the
 * text, or one plain sentence for the user. Never throws. The envelope is checked in
 * full, the iteration count included, before any key is derived, so a hostile file can
 * neither crash the app nor keep it busy.
 */
export async function decryptText(envelope: unknown, passphrase: string): Promise<DecryptResult> {
  try {
    const checked = checkEnvelope(envelope);
    if (!checked.ok) return checked;
    const subtle = subtleCrypto();
    if (!subtle) return { ok: false, error: NO_WEB_CRYPTO };
    if (passphrase === '') return { ok: false, error: NO_PASSPHRASE };

    const { kdf, cipher, data } = checked.envelope;
    let key: CryptoKey;
    try {
      key = await deriveKey(subtle, passphrase, fromBase64(kdf.salt), kdf.iterations);
    } catch {
      return { ok: false, error: 'This browser could not make a key from the passphrase. Try again, or try another browser.' };
    }
    return await openWith(subtle, key, cipher.iv, data);
  } catch {
    // Nothing above should throw on checked input; if something does, the user still gets a sentence.
    return { ok: false, error: 'The protected file could not be unlocked. It may be damaged.' };
  }
}

/**
 * Whether parsed JSON says it is a protected file (its `format` marker), valid or not.
 * For routing an imported file: a damaged protected file should go to decryptJsonFile,
 * which names the damaged field, rather than be called "not a case file".
 * Full validity is `EncryptedEnvelope.safeParse`.
 */
export function isEncryptedEnvelope(json: unknown): boolean {
  return isPlainObject(json) && json.format === ENVELOPE_FORMAT;
}

/** A value (an exported case file) → the text of a protected file: pretty JSON of its envelope. */
export async function encryptJsonFile(value: unknown, passphrase: string, options?: EncryptOptions): Promise<string> {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError('encryptJsonFile: the value cannot be written as JSON');
  const envelope = await encryptText(json, passphrase, options);
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/**
 * The text of a protected file + passphrase → the value it holds (and its JSON text, for
 * parsers that take text), or one plain sentence. Never throws. The value is only known
 * to be JSON: validate it as any imported file (parseCaseFile, parseReviewRecord).
 */
export async function decryptJsonFile(text: string, passphrase: string): Promise<DecryptJsonResult> {
  const read = readJsonObject(text, 'protected case file', MAX_PROTECTED_FILE_CHARS);
  if (!read.ok) return { ok: false, error: `The file cannot be unlocked: ${read.error}.` };
  if (!('format' in read.value)) {
    return { ok: false, error: 'This file is not protected with a passphrase: open it as an ordinary case file.' };
  }
  const decrypted = await decryptText(read.value, passphrase);
  if (!decrypted.ok) return decrypted;
  try {
    return { ok: true, value: JSON.parse(decrypted.text) as unknown, text: decrypted.text };
  } catch {
    return { ok: false, error: 'The file was unlocked, but what it holds is not a SIT Risk Wizard file.' };
  }
}

/** AES-GCM's tag check fails for a wrong key and for changed data alike. */
async function openWith(subtle: SubtleCrypto, key: CryptoKey, iv: string, data: string): Promise<DecryptResult> {
  let plain: ArrayBuffer;
  try {
    plain = await subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv) }, key, fromBase64(data));
  } catch {
    return { ok: false, error: WRONG_PASSPHRASE };
  }
  return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
}

type CheckedEnvelope = { ok: true; envelope: EncryptedEnvelope } | { ok: false; error: string };

function checkEnvelope(envelope: unknown, schema: typeof EncryptedEnvelope | typeof KeyedEnvelope = EncryptedEnvelope): CheckedEnvelope {
  if (isEncryptedEnvelope(envelope)) {
    const version = (envelope as Record<string, unknown>).version;
    const newer = newerVersionError('version', version, ENVELOPE_VERSION, 'protected file');
    if (newer) return { ok: false, error: `The file cannot be unlocked: ${newer}` };
  }
  const parsed = schema.safeParse(envelope);
  if (parsed.success) return { ok: true, envelope: parsed.data };
  const problems = formatIssues(parsed.error);
  // tidyMessages also clips a line made absurdly long by a field name from the file.
  const listed = tidyMessages(problems.slice(0, MAX_LISTED_PROBLEMS));
  const more = problems.length - listed.length;
  const tail = more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '';
  return { ok: false, error: `The file cannot be unlocked: ${listed.join('; ')}${tail}.` };
}

/**
 * The passphrase in Unicode NFC first: "é" typed on one keyboard may be one code point
 * and on another two, and the same passphrase must open the file on both.
 */
async function deriveKey(
  subtle: SubtleCrypto,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function subtleCrypto(): SubtleCrypto | undefined {
  return (globalThis.crypto as Crypto | undefined)?.subtle;
}

/** A copy of the given bytes (so the caller cannot change them under us), or fresh random ones. */
function bytesOption(name: string, given: Uint8Array | undefined, length: number): Uint8Array<ArrayBuffer> {
  if (given === undefined) return globalThis.crypto.getRandomValues(new Uint8Array(length));
  if (given.length !== length) throw new RangeError(`encryptText: ${name} must be ${length} bytes, not ${given.length}`);
  return new Uint8Array(given);
}
