import { z } from 'zod';

/**
 * A passphrase-protected piece of data (an exported case file, a draft in IndexedDB) as
 * JSON-safe data. Everything needed to decrypt it travels with it except the passphrase:
 * how the key was made from the passphrase (kdf), how the data was encrypted (cipher),
 * and the encrypted bytes. Bytes are standard base64 with padding.
 *
 * `data` is the AES-GCM output as Web Crypto gives it: the ciphertext followed by the
 * 16-byte authentication tag. The salt, iteration count and IV need no separate
 * protection: change any of them and the key or nonce changes, so the tag check fails.
 */

export const ENVELOPE_FORMAT = 'sit-risk-wizard-encrypted';
export const ENVELOPE_VERSION = 1;

/**
 * The fewest PBKDF2 rounds a file may ask for: below this the passphrase of a stolen
 * file is too cheap to guess. The app writes PBKDF2_ITERATIONS (600,000); the gap leaves
 * room to lower that for slow devices without locking anyone out of older files.
 */
export const MIN_ITERATIONS = 100_000;
/**
 * The most a file may ask for. The count comes from the file, so a hostile file could
 * otherwise keep the browser busy for hours; 10 million is over ten seconds on a laptop.
 */
export const MAX_ITERATIONS = 10_000_000;

export const SALT_BYTES = 16;
/** 96 bits: the IV length AES-GCM is designed for (NIST SP 800-38D, 8.2). */
export const IV_BYTES = 12;
/** AES-GCM's authentication tag, which Web Crypto appends to the ciphertext. */
export const TAG_BYTES = 16;

/**
 * Standard base64 with padding. Checked with a character class and the length rather
 * than one pattern of 4-character groups: V8 runs out of stack matching such a pattern
 * against a string of a few megabytes, which a large draft is.
 */
export function isBase64(text: string): boolean {
  return text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text);
}

/** How many bytes a valid base64 string holds. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** "is missing" for an absent field, else `wrongType`: zod's default names JavaScript types. */
const required = (wrongType: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : wrongType),
});

const bytesField = (what: string, accepts: (bytes: number) => boolean, expected: string) =>
  z
    .string(required(`must be ${what} written as base64 text`))
    .refine(isBase64, `must be ${what} written as base64 text (letters, digits, + and /, padded with =)`)
    .refine((text) => accepts(base64ByteLength(text)), `must be ${expected}`);

export const EncryptedEnvelope = z.strictObject(
  {
    format: z.literal(ENVELOPE_FORMAT, {
      error: (issue) =>
        issue.input === undefined ? 'is missing' : `must be "${ENVELOPE_FORMAT}": this is not a protected SIT Risk Wizard file`,
    }),
    version: z.literal(ENVELOPE_VERSION, {
      error: (issue) => (issue.input === undefined ? 'is missing' : `must be ${ENVELOPE_VERSION}`),
    }),
    kdf: z.strictObject(
      {
        name: z.literal('PBKDF2', required('must be "PBKDF2"')),
        hash: z.literal('SHA-256', required('must be "SHA-256"')),
        iterations: z
          .number(required('must be a whole number'))
          .int('must be a whole number')
          .min(MIN_ITERATIONS, `must be at least ${MIN_ITERATIONS.toLocaleString('en-GB')} (fewer would make the passphrase easy to guess)`)
          .max(MAX_ITERATIONS, `must be at most ${MAX_ITERATIONS.toLocaleString('en-GB')} (more would keep the app busy for minutes)`),
        salt: bytesField('the salt', (bytes) => bytes >= SALT_BYTES && bytes <= 64, `at least ${SALT_BYTES} bytes (and at most 64)`),
      },
      required('must be an object saying how the key was made from the passphrase'),
    ),
    cipher: z.strictObject(
      {
        name: z.literal('AES-GCM', required('must be "AES-GCM"')),
        iv: bytesField('the IV', (bytes) => bytes === IV_BYTES, `exactly ${IV_BYTES} bytes`),
      },
      required('must be an object saying how the data was encrypted'),
    ),
    data: bytesField(
      'the encrypted data',
      (bytes) => bytes >= TAG_BYTES,
      `at least ${TAG_BYTES} bytes (the file has been cut short)`,
    ),
  },
  required('must be a JSON object'),
);
export type EncryptedEnvelope = z.infer<typeof EncryptedEnvelope>;

/**
 * An envelope to open with a key already made (decryptWithKey), and how such a key was made.
 * No iteration count is too low here: the key's maker chose the count when it made the key
 * (a low one in tests only), and decryptWithKey opens only an envelope that names that count.
 */
export const KeyDerivation = EncryptedEnvelope.shape.kdf.extend({
  iterations: z
    .number(required('must be a whole number'))
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_ITERATIONS, `must be at most ${MAX_ITERATIONS.toLocaleString('en-GB')}`),
});
export type KeyDerivation = z.infer<typeof KeyDerivation>;
export const KeyedEnvelope = EncryptedEnvelope.extend({ kdf: KeyDerivation });
