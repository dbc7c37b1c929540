import { createCipheriv, pbkdf2Sync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../cli/disk.ts';
import { parseCaseFile } from '../domain/parse-case.ts';
import { EncryptedEnvelope, MAX_ITERATIONS, MIN_ITERATIONS } from './encrypted-envelope.schema.ts';
import {
  NO_PASSPHRASE,
  PBKDF2_ITERATIONS,
  WRONG_PASSPHRASE,
  decryptJsonFile,
  decryptText,
  encryptJsonFile,
  encryptText,
  isEncryptedEnvelope,
} from './passphrase-crypto.ts';

/**
 * Decrypting needs an envelope the schema accepts, so tests that decrypt use the lowest
 * count it allows; tests that only look at the envelope use a count far lower still.
 */
const DECRYPTABLE = { iterations: MIN_ITERATIONS };
const LOOK_ONLY = { iterations: 1_000 };

const PASSPHRASE = 'the gull flies at nine tonight';
const caseFileText = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'travel-agency-informant.case.json'), 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('encryptText and decryptText: round trip', () => {
  it('gives back unicode text exactly: accents, Cyrillic, Arabic, emoji, an RTL override', async () => {
    const plain = 'Informant «Ласточка» met Ahmad (أحمد) at the café 🚤 — \u202Eevil\u202C\nline two\u0000end';
    const envelope = await encryptText(plain, PASSPHRASE, DECRYPTABLE);
    expect(await decryptText(envelope, PASSPHRASE)).toEqual({ ok: true, text: plain });
  });

  it('gives back the empty string (the data is the 16-byte tag alone)', async () => {
    const envelope = await encryptText('', PASSPHRASE, DECRYPTABLE);
    expect(envelope.data).toHaveLength(24); // 16 bytes in base64
    expect(await decryptText(envelope, PASSPHRASE)).toEqual({ ok: true, text: '' });
  });

  it('gives back a megabyte of text', async () => {
    const line = 'Surveillance log 🚢 Ärztin Ω: vehicle seen at the port.\n';
    const plain = line.repeat(Math.ceil(1_048_576 / new TextEncoder().encode(line).length));
    expect(new TextEncoder().encode(plain).length).toBeGreaterThanOrEqual(1_048_576);
    const envelope = await encryptText(plain, PASSPHRASE, DECRYPTABLE);
    const decrypted = await decryptText(envelope, PASSPHRASE);
    expect(decrypted.ok && decrypted.text === plain).toBe(true);
  }, 20_000);

  it('opens with the same passphrase typed with composed or decomposed accents', async () => {
    const composed = 'réunion à la gare à neuf heures'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const envelope = await encryptText('secret', composed, DECRYPTABLE);
    expect(await decryptText(envelope, decomposed)).toEqual({ ok: true, text: 'secret' });
  });

  it(`uses ${PBKDF2_ITERATIONS.toLocaleString('en-GB')} PBKDF2 rounds unless told otherwise, and opens again`, async () => {
    const envelope = await encryptText('secret', PASSPHRASE);
    expect(envelope.kdf.iterations).toBe(600_000);
    expect(await decryptText(envelope, PASSPHRASE)).toEqual({ ok: true, text: 'secret' });
  }, 20_000); // two derivations at full cost: about a second, more on a busy machine
});

describe('decryptText: a wrong passphrase or a changed file', () => {
  it('says the passphrase is not correct, in those words', async () => {
    const envelope = await encryptText('secret', PASSPHRASE, DECRYPTABLE);
    expect(await decryptText(envelope, 'the gull flies at ten tonight')).toEqual({
      ok: false,
      error: 'The passphrase is not correct, or the file was changed after it was protected.',
    });
    // A trailing space is a different passphrase: nothing is trimmed.
    expect(await decryptText(envelope, `${PASSPHRASE} `)).toEqual({ ok: false, error: WRONG_PASSPHRASE });
  });

  it('asks for the passphrase when none was typed', async () => {
    const envelope = await encryptText('secret', PASSPHRASE, DECRYPTABLE);
    expect(await decryptText(envelope, '')).toEqual({ ok: false, error: NO_PASSPHRASE });
  });

  const flipFirstBit = (base64: string): string => {
    const bytes = Buffer.from(base64, 'base64');
    bytes[0] = (bytes[0] as number) ^ 1;
    return bytes.toString('base64');
  };
  const flipLastBit = (base64: string): string => {
    const bytes = Buffer.from(base64, 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) ^ 1;
    return bytes.toString('base64');
  };
  const tamperings: [string, (envelope: EncryptedEnvelope) => EncryptedEnvelope][] = [
    ['a bit of the ciphertext', (e) => ({ ...e, data: flipFirstBit(e.data) })],
    ['a bit of the authentication tag', (e) => ({ ...e, data: flipLastBit(e.data) })],
    ['a bit of the IV', (e) => ({ ...e, cipher: { ...e.cipher, iv: flipFirstBit(e.cipher.iv) } })],
    ['a bit of the salt', (e) => ({ ...e, kdf: { ...e.kdf, salt: flipFirstBit(e.kdf.salt) } })],
    ['the iteration count', (e) => ({ ...e, kdf: { ...e.kdf, iterations: e.kdf.iterations + 1 } })],
    ['the ciphertext cut short', (e) => ({ ...e, data: Buffer.from(e.data, 'base64').subarray(3).toString('base64') })],
  ];
  it.each(tamperings)('says the same when %s was changed', async (_what, tamper) => {
    const envelope = await encryptText('Operation QUIET LANTERN: informant COPPER', PASSPHRASE, DECRYPTABLE);
    const tampered = tamper(envelope);
    expect(EncryptedEnvelope.safeParse(tampered).success).toBe(true);
    expect(await decryptText(tampered, PASSPHRASE)).toEqual({ ok: false, error: WRONG_PASSPHRASE });
  });
});

describe('encryptText: fresh randomness', () => {
  it('encrypts the same text twice into different salt, IV and data', async () => {
    const first = await encryptText('Operation QUIET LANTERN', PASSPHRASE, LOOK_ONLY);
    const second = await encryptText('Operation QUIET LANTERN', PASSPHRASE, LOOK_ONLY);
    expect(second.kdf.salt).not.toBe(first.kdf.salt);
    expect(second.cipher.iv).not.toBe(first.cipher.iv);
    expect(second.data).not.toBe(first.data);
    expect(Buffer.from(first.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(first.cipher.iv, 'base64')).toHaveLength(12);
  });

  it('refuses to encrypt without a passphrase or with options of the wrong size', async () => {
    await expect(encryptText('x', '')).rejects.toThrow(/passphrase/);
    await expect(encryptText('x', PASSPHRASE, { salt: new Uint8Array(8) })).rejects.toThrow(/salt must be 16 bytes/);
    await expect(encryptText('x', PASSPHRASE, { iv: new Uint8Array(16) })).rejects.toThrow(/iv must be 12 bytes/);
    await expect(encryptText('x', PASSPHRASE, { iterations: 0 })).rejects.toThrow(/iterations/);
    await expect(encryptText('x', PASSPHRASE, { iterations: MAX_ITERATIONS + 1 })).rejects.toThrow(/iterations/);
  });
});

describe('encryptText: reproducible when salt and IV are given', () => {
  const salt = Uint8Array.from({ length: 16 }, (_, index) => index);
  const iv = Uint8Array.from({ length: 12 }, (_, index) => 0xa0 + index);
  const plain = 'Operation GREY GULL: the handler meets the informant at 21:00.';
  const passphrase = 'correct horse battery staple';
  /** Computed once with this module, and checked against node:crypto below. */
  const pinned = {
    format: 'sit-risk-wizard-encrypted',
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000, salt: 'AAECAwQFBgcICQoLDA0ODw==' },
    cipher: { name: 'AES-GCM', iv: 'oKGio6Slpqeoqaqr' },
    data: 'ZiMeJyQyllj5roBE5odD0Cta6SCCqniL1MBkX00Qe/IZQlsKaUTkMKaF0qoXkcuswrsdnVlGHO5oZc+70xRx9p4Xap6OlxBkQ5uKiMYU',
  };

  it('gives the pinned envelope, byte for byte', async () => {
    expect(await encryptText(plain, passphrase, { iterations: 100_000, salt, iv })).toEqual(pinned);
  });

  it('agrees with an independent implementation (node:crypto PBKDF2 and AES-256-GCM)', () => {
    const key = pbkdf2Sync(passphrase, salt, 100_000, 32, 'sha256');
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    expect(data.toString('base64')).toBe(pinned.data);
  });

  it('opens the pinned envelope', async () => {
    expect(await decryptText(pinned, passphrase)).toEqual({ ok: true, text: plain });
  });
});

describe('encryptText: nothing readable in the envelope', () => {
  it('holds neither the text, nor the passphrase, nor the text as base64', async () => {
    const plain = caseFileText;
    const serialised = JSON.stringify(await encryptText(plain, PASSPHRASE, LOOK_ONLY));
    for (const secret of ['QUIET LANTERN', 'COPPER', 'Ruritania', 'forged visas', PASSPHRASE, 'gull']) {
      expect(serialised).not.toContain(secret);
    }
    // The codename as base64, at each of the three alignments it could start at.
    for (const prefix of ['', 'x', 'xx']) {
      const encoded = Buffer.from(`${prefix}QUIET LANTERN`).toString('base64').slice(4, 16);
      expect(serialised).not.toContain(encoded);
    }
  });
});

describe('decryptText: a damaged or hostile envelope', () => {
  const valid = (): Record<string, unknown> => ({
    format: 'sit-risk-wizard-encrypted',
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000, salt: 'AAECAwQFBgcICQoLDA0ODw==' },
    cipher: { name: 'AES-GCM', iv: 'oKGio6Slpqeoqaqr' },
    data: 'AAECAwQFBgcICQoLDA0ODw==',
  });
  const withKdf = (kdf: Record<string, unknown>) => ({ ...valid(), kdf: { ...(valid().kdf as object), ...kdf } });
  const withCipher = (cipher: Record<string, unknown>) => ({
    ...valid(),
    cipher: { ...(valid().cipher as object), ...cipher },
  });
  const { salt: _salt, ...kdfWithoutSalt } = valid().kdf as Record<string, unknown>;

  const cases: [string, unknown, string][] = [
    ['the salt is missing', { ...valid(), kdf: kdfWithoutSalt }, 'kdf.salt: is missing'],
    ['the salt is too short', withKdf({ salt: 'AAECAw==' }), 'kdf.salt: must be at least 16 bytes'],
    ['the salt is not base64', withKdf({ salt: 'not base64!!' }), 'kdf.salt: must be the salt written as base64'],
    ['the hash is not SHA-256', withKdf({ hash: 'SHA-1' }), 'kdf.hash: must be "SHA-256"'],
    ['the iteration count is text', withKdf({ iterations: '100000' }), 'kdf.iterations: must be a whole number'],
    ['the IV is the wrong length', withCipher({ iv: 'AAECAwQFBgcICQoLDA0ODw==' }), 'cipher.iv: must be exactly 12 bytes'],
    ['the cipher is not AES-GCM', withCipher({ name: 'AES-CBC' }), 'cipher.name: must be "AES-GCM"'],
    ['the kdf is not an object', { ...valid(), kdf: 'PBKDF2' }, 'kdf: must be an object'],
    ['the data is not base64', { ...valid(), data: 'Operation QUIET LANTERN' }, 'data: must be the encrypted data written as base64'],
    ['the data is shorter than a tag', { ...valid(), data: 'AAEC' }, 'data: must be at least 16 bytes'],
    ['the data is missing', { ...valid(), data: undefined }, 'data: is missing'],
    ['the format is another', { ...valid(), format: 'something-else' }, 'format: must be "sit-risk-wizard-encrypted"'],
    ['the version is 0', { ...valid(), version: 0 }, 'version: must be 1'],
    ['a field is unknown', { ...valid(), comment: 'hi' }, 'comment: is not a field of this file'],
    ['it is null', null, '(whole file): must be a JSON object'],
    ['it is an array', [valid()], '(whole file): must be a JSON object'],
    ['it is a string', JSON.stringify(valid()), '(whole file): must be a JSON object'],
  ];
  it.each(cases)('names the field when %s', async (_what, envelope, expected) => {
    const result = await decryptText(envelope, PASSPHRASE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(expected);
    expect(!result.ok && result.error).toMatch(/^The file cannot be unlocked: /);
  });

  it('says a file from a newer version needs a newer app', async () => {
    const result = await decryptText({ ...valid(), version: 2 }, PASSPHRASE);
    expect(!result.ok && result.error).toContain('version: this file was made with a newer version of SIT Risk Wizard');
  });

  it('lists at most five problems of a file with hundreds', async () => {
    const envelope = { ...valid(), ...Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`extra${index}`, 1])) };
    const result = await decryptText(envelope, PASSPHRASE);
    expect(!result.ok && result.error).toMatch(/extra4: is not a field of this file \(check the spelling\); and 295 more problems\.$/);
  });

  it.each([MIN_ITERATIONS - 1, MAX_ITERATIONS + 1, 1e12, 100_000.5, -600_000, 0])(
    'refuses %d iterations before deriving any key',
    async (iterations) => {
      const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
      const deriveKey = vi.spyOn(globalThis.crypto.subtle, 'deriveKey');
      const result = await decryptText(withKdf({ iterations }), PASSPHRASE);
      expect(!result.ok && result.error).toMatch(/kdf\.iterations: must be (at least 100,000|at most 10,000,000|a whole number)/);
      expect(importKey).not.toHaveBeenCalled();
      expect(deriveKey).not.toHaveBeenCalled();
    },
  );

  it('lets the spies above see a derivation when the count is allowed (so their silence means something)', async () => {
    const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
    const deriveKey = vi.spyOn(globalThis.crypto.subtle, 'deriveKey');
    const result = await decryptText(valid(), PASSPHRASE);
    expect(result).toEqual({ ok: false, error: WRONG_PASSPHRASE });
    expect(importKey).toHaveBeenCalledOnce();
    expect(deriveKey).toHaveBeenCalledOnce();
  });

  it('does not throw for an object whose fields throw when read', async () => {
    const hostile = Object.defineProperty({ ...valid() }, 'kdf', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = await decryptText(hostile, PASSPHRASE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).not.toContain('boom');
  });
});

describe('isEncryptedEnvelope', () => {
  it('is true for anything that says it is a protected file, valid or damaged', async () => {
    const envelope = await encryptText('x', PASSPHRASE, LOOK_ONLY);
    expect(isEncryptedEnvelope(envelope)).toBe(true);
    expect(isEncryptedEnvelope({ format: 'sit-risk-wizard-encrypted', kdf: 'broken' })).toBe(true);
  });

  it('is false for a case file and for anything that is not an object', () => {
    for (const json of [JSON.parse(caseFileText), null, [], 'sit-risk-wizard-encrypted', 42, { format: 'other' }]) {
      expect(isEncryptedEnvelope(json)).toBe(false);
    }
  });
});

describe('encryptJsonFile and decryptJsonFile: protected case files', () => {
  it('protects a real case file and opens it again, still a valid case', async () => {
    const caseJson = JSON.parse(caseFileText) as unknown;
    const file = await encryptJsonFile(caseJson, PASSPHRASE, DECRYPTABLE);
    expect(file.endsWith('}\n')).toBe(true);
    expect(file).toContain('\n  "format": "sit-risk-wizard-encrypted",\n');
    expect(EncryptedEnvelope.safeParse(JSON.parse(file)).success).toBe(true);

    const opened = await decryptJsonFile(file, PASSPHRASE);
    expect(opened.ok && opened.value).toEqual(caseJson);
    expect(opened.ok && parseCaseFile(opened.text).ok).toBe(true);
  });

  it('says the passphrase is not correct', async () => {
    const file = await encryptJsonFile({ schemaVersion: 1 }, PASSPHRASE, DECRYPTABLE);
    expect(await decryptJsonFile(file, 'not the passphrase at all')).toEqual({ ok: false, error: WRONG_PASSPHRASE });
  });

  it('says an ordinary case file is not protected', async () => {
    expect(await decryptJsonFile(caseFileText, PASSPHRASE)).toEqual({
      ok: false,
      error: 'This file is not protected with a passphrase: open it as an ordinary case file.',
    });
  });

  it('explains text that is not JSON, a file too large, and a "__proto__" key', async () => {
    const notJson = await decryptJsonFile('{"format": "sit-risk-wizard-encrypted", ', PASSPHRASE);
    expect(!notJson.ok && notJson.error).toMatch(/^The file cannot be unlocked: not valid JSON/);
    const huge = await decryptJsonFile(`"${'A'.repeat(7_000_001)}"`, PASSPHRASE);
    expect(!huge.ok && huge.error).toContain('too large');
    const proto = await decryptJsonFile('{"format": "sit-risk-wizard-encrypted", "__proto__": {"polluted": true}}', PASSPHRASE);
    expect(!proto.ok && proto.error).toContain('"__proto__" cannot be the name of a field');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says so when the unlocked content is not JSON', async () => {
    const file = `${JSON.stringify(await encryptText('not json', PASSPHRASE, DECRYPTABLE))}\n`;
    expect(await decryptJsonFile(file, PASSPHRASE)).toEqual({
      ok: false,
      error: 'The file was unlocked, but what it holds is not a SIT Risk Wizard file.',
    });
  });

  it('refuses a value that has no JSON form', async () => {
    await expect(encryptJsonFile(undefined, PASSPHRASE, LOOK_ONLY)).rejects.toThrow(TypeError);
  });
});
