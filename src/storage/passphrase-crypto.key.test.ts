// A key derived once and kept for many encryptions: what protected drafts use, since deriving
// the key again at every autosave would take half a second each time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EncryptedEnvelope, MIN_ITERATIONS } from './encrypted-envelope.schema.ts';
import {
  WRONG_PASSPHRASE,
  decryptText,
  decryptWithKey,
  derivePassphraseKey,
  encryptText,
  encryptWithKey,
} from './passphrase-crypto.ts';

const PASSPHRASE = 'the gull flies at nine tonight';
const salt = Uint8Array.from({ length: 16 }, (_, index) => index);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('derivePassphraseKey', () => {
  it('makes an AES-GCM key nobody can export, for encrypting and decrypting, and says how it was made', async () => {
    const key = await derivePassphraseKey(PASSPHRASE, { iterations: 1_000, salt });
    expect(key.cryptoKey.extractable).toBe(false);
    expect(key.cryptoKey.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
    expect([...key.cryptoKey.usages].sort()).toEqual(['decrypt', 'encrypt']);
    expect(key.kdf).toEqual({ name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000, salt: 'AAECAwQFBgcICQoLDA0ODw==' });
  });

  it('picks a fresh random salt unless given one, and refuses what encryptText refuses', async () => {
    const first = await derivePassphraseKey(PASSPHRASE, { iterations: 1_000 });
    const second = await derivePassphraseKey(PASSPHRASE, { iterations: 1_000 });
    expect(first.kdf.salt).not.toBe(second.kdf.salt);
    await expect(derivePassphraseKey('')).rejects.toThrow(/passphrase/);
    await expect(derivePassphraseKey(PASSPHRASE, { salt: new Uint8Array(8) })).rejects.toThrow(/salt must be 16 bytes/);
    await expect(derivePassphraseKey(PASSPHRASE, { iterations: 0 })).rejects.toThrow(/iterations/);
  });
});

describe('encryptWithKey and decryptWithKey', () => {
  it('round-trip text without deriving the key again, with a fresh IV every time', async () => {
    const key = await derivePassphraseKey(PASSPHRASE, { iterations: 1_000 });
    const deriveKey = vi.spyOn(globalThis.crypto.subtle, 'deriveKey');
    const plain = 'Informant «Ласточка» met Ahmad (أحمد) 🚤';
    const first = await encryptWithKey(plain, key);
    const second = await encryptWithKey(plain, key);
    expect(first.cipher.iv).not.toBe(second.cipher.iv);
    expect(first.data).not.toBe(second.data);
    expect(first.kdf).toEqual(key.kdf);
    expect(await decryptWithKey(first, key)).toEqual({ ok: true, text: plain });
    expect(await decryptWithKey(second, key)).toEqual({ ok: true, text: plain });
    expect(deriveKey).not.toHaveBeenCalled();
  });

  it('make the envelope encryptText makes, which the passphrase alone opens', async () => {
    const iv = Uint8Array.from({ length: 12 }, (_, index) => 0xa0 + index);
    const key = await derivePassphraseKey(PASSPHRASE, { iterations: MIN_ITERATIONS, salt });
    const withKey = await encryptWithKey('Operation GREY GULL', key, { iv });
    expect(withKey).toEqual(await encryptText('Operation GREY GULL', PASSPHRASE, { iterations: MIN_ITERATIONS, salt, iv }));
    expect(EncryptedEnvelope.safeParse(withKey).success).toBe(true);
    expect(await decryptText(withKey, PASSPHRASE)).toEqual({ ok: true, text: 'Operation GREY GULL' });
    // And the other way: a file protected with the passphrase opens with the key made from it and its salt.
    const file = await encryptText('Operation GREY GULL', PASSPHRASE, { iterations: MIN_ITERATIONS, salt });
    expect(await decryptWithKey(file, key)).toEqual({ ok: true, text: 'Operation GREY GULL' });
  });

  it('open an envelope made with a test key\'s few rounds, which decryptText refuses', async () => {
    const key = await derivePassphraseKey(PASSPHRASE, { iterations: 1_000 });
    const envelope = await encryptWithKey('secret', key);
    expect(await decryptWithKey(envelope, key)).toEqual({ ok: true, text: 'secret' });
    const refused = await decryptText(envelope, PASSPHRASE);
    expect(!refused.ok && refused.error).toMatch(/kdf\.iterations: must be at least 100,000/);
  });

  it('say the passphrase is not correct for a key from another passphrase, or a changed envelope', async () => {
    const key = await derivePassphraseKey(PASSPHRASE, { iterations: 1_000, salt });
    const other = await derivePassphraseKey('the gull flies at ten tonight', { iterations: 1_000, salt });
    const envelope = await encryptWithKey('secret', key);
    expect(await decryptWithKey(envelope, other)).toEqual({ ok: false, error: WRONG_PASSPHRASE });
    const bytes = Buffer.from(envelope.data, 'base64');
    bytes[0] = (bytes[0] as number) ^ 1;
    expect(await decryptWithKey({ ...envelope, data: bytes.toString('base64') }, key)).toEqual({ ok: false, error: WRONG_PASSPHRASE });
  });

  it('do not even try an envelope made with another salt or count: it names how its key was made', async () => {
    const key = await derivePassphraseKey(PASSPHRASE, { iterations: 1_000, salt });
    const envelope = await encryptWithKey('secret', key);
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    const otherSalt = { ...envelope, kdf: { ...envelope.kdf, salt: 'AQECAwQFBgcICQoLDA0ODw==' } };
    const otherCount = { ...envelope, kdf: { ...envelope.kdf, iterations: 1_001 } };
    expect(await decryptWithKey(otherSalt, key)).toEqual({ ok: false, error: WRONG_PASSPHRASE });
    expect(await decryptWithKey(otherCount, key)).toEqual({ ok: false, error: WRONG_PASSPHRASE });
    expect(decrypt).not.toHaveBeenCalled();
  });

  it('name the damaged field of a damaged envelope, and never throw', async () => {
    const key = await derivePassphraseKey(PASSPHRASE, { iterations: 1_000 });
    const envelope = await encryptWithKey('secret', key);
    const noIv = await decryptWithKey({ ...envelope, cipher: { name: 'AES-GCM' } }, key);
    expect(!noIv.ok && noIv.error).toBe('The file cannot be unlocked: cipher.iv: is missing.');
    for (const hostile of [null, 'text', [envelope], { ...envelope, extra: 1 }]) {
      const result = await decryptWithKey(hostile, key);
      expect(result.ok).toBe(false);
    }
  });
});
