// Issue 9: exported case files protected with a passphrase open again only with it, and a
// wrong passphrase gets a clear message. Real Web Crypto (Node's), real case fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realRules } from '../../tests/support/assess.ts';
import { fixtureCase } from '../../tests/support/pdf-input.ts';
import { fileOf, reviewRecordOf } from '../../tests/support/review.ts';
import { MAX_CASE_FILE_BYTES } from '../domain/parse-case.ts';
import { protectedCaseFileName, protectedCaseFileToJson, readImportedFile } from './case-file-io.ts';
import { MIN_ITERATIONS } from './encrypted-envelope.schema.ts';
import { encryptJsonFile, encryptText, MAX_PROTECTED_FILE_CHARS, WRONG_PASSPHRASE } from './passphrase-crypto.ts';

const FIXTURE = readFileSync(new URL('../../tests/fixtures/overland-lorry-network.case.json', import.meta.url), 'utf8');
const answers = JSON.parse(FIXTURE) as Record<string, unknown>;
const PASSPHRASE = 'the lorry leaves at dawn';
// The fewest rounds a file may ask for: fast enough for tests, and still a file the app opens.
const FAST = { iterations: MIN_ITERATIONS };

describe('a case file protected with a passphrase', () => {
  it('holds nothing readable of the case, and opens with the passphrase with every answer as it was', async () => {
    const text = await protectedCaseFileToJson(answers, PASSPHRASE);
    expect(text).not.toContain('AMBER KESTREL');
    expect(text).not.toContain('operation');
    expect(JSON.parse(text)).toMatchObject({ format: 'sit-risk-wizard-encrypted', kdf: { iterations: 600_000 } });

    const opened = await readImportedFile(fileOf('case.protected.json', text), PASSPHRASE);
    expect(opened.ok && opened.answers).toEqual(answers);
    expect(opened.ok && opened.source).toBe('json');
  });

  it('asks for the passphrase before anything else, with no error yet', async () => {
    const text = await protectedCaseFileToJson(answers, PASSPHRASE, FAST);
    expect(await readImportedFile(fileOf('case.protected.json', text))).toEqual({ ok: false, errors: [], needsPassphrase: true });
  });

  it('says a wrong passphrase is wrong, names the file, and asks again', async () => {
    const text = await protectedCaseFileToJson(answers, PASSPHRASE, FAST);
    expect(await readImportedFile(fileOf('case.protected.json', text), 'the lorry leaves at dusk')).toEqual({
      ok: false,
      errors: [`case.protected.json: ${WRONG_PASSPHRASE}`],
      needsPassphrase: true,
    });
  });

  it('validates what it holds like any case file: a broken case is reported field by field', async () => {
    const broken = { ...answers, people: { ...(answers.people as object), migrantCount: -3 } };
    const text = await encryptJsonFile(broken, PASSPHRASE, FAST);
    const opened = await readImportedFile(fileOf('case.protected.json', text), PASSPHRASE);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.needsPassphrase).toBeUndefined();
    expect(!opened.ok && opened.errors.join('\n')).toMatch(/^case\.protected\.json: .*migrantCount/m);
  });

  it('carries a supervisor’s review record just as well', async () => {
    const record = reviewRecordOf(fixtureCase('overland-lorry-network'), realRules());
    const text = await encryptJsonFile(record, PASSPHRASE, FAST);
    const opened = await readImportedFile(fileOf('review.protected.json', text), PASSPHRASE);
    expect(opened.ok && opened.review?.decision).toBe(record.review.decision);
  });

  it('may be larger than a plain case file, up to the protected-file limit', async () => {
    // Base64 makes a protected file 4/3 the size of what it holds: ~5.6 MB here.
    const big = await encryptText('x'.repeat(4_200_000), PASSPHRASE, FAST);
    const text = JSON.stringify(big, null, 2);
    expect(text.length).toBeGreaterThan(MAX_CASE_FILE_BYTES);
    const opened = await readImportedFile(fileOf('big.protected.json', text), PASSPHRASE);
    // Read and decrypted, not refused for its size: what it holds is simply not JSON.
    expect(!opened.ok && opened.errors).toEqual(['big.protected.json: The file was unlocked, but what it holds is not a SIT Risk Wizard file.']);

    const plain = `{"schemaVersion":1,"basis":{"summary":"${'x'.repeat(MAX_CASE_FILE_BYTES)}"}}`;
    expect(!(await readImportedFile(fileOf('plain.json', plain))).ok).toBe(true);
    expect((await readImportedFile(fileOf('plain.json', plain))) as unknown).toMatchObject({
      errors: [expect.stringContaining('plain.json: the file is too large (5 MB) to be a case file')],
    });
    const tooBig = { name: 'huge.protected.json', size: MAX_PROTECTED_FILE_CHARS + 1, text: async () => '', arrayBuffer: async () => new ArrayBuffer(0) };
    expect(await readImportedFile(tooBig)).toMatchObject({ errors: [expect.stringContaining('huge.protected.json: the file is too large')] });
  });

  it('is named after the operation, still as a .json file', () => {
    expect(protectedCaseFileName('AMBER KESTREL', new Date(2026, 10, 30))).toBe('sit-case-AMBER-KESTREL-2026-11-30.protected.json');
  });
});
