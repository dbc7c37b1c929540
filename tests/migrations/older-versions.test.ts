import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/cli/disk.ts';
import { CASE_SCHEMA_VERSION } from '../../src/domain/case.schema.ts';
import { CASE_FORMAT, migrateCaseJson } from '../../src/domain/migrate.ts';
import { parseCaseFile } from '../../src/domain/parse-case.ts';

/** The convention is in tests/fixtures/older-versions/README.md. */
const folder = join(REPO_ROOT, 'tests', 'fixtures', 'older-versions');
const KEPT_FILE = /^[a-z0-9-]+\.v(\d+)\.case\.json$/;
const kept = readdirSync(folder).filter((file) => file.endsWith('.case.json')).sort();

const versionInName = (file: string) => Number(KEPT_FILE.exec(file)?.[1]);
const currentFileOf = (file: string) => file.replace(/\.case\.json$/, '.current.json');
const readText = (file: string) => readFileSync(join(folder, file), 'utf8');

describe('case files kept from every case format', () => {
  it('are named <name>.v<N>.case.json, each with its <name>.v<N>.current.json', () => {
    expect(kept.length).toBeGreaterThan(0);
    const files = readdirSync(folder);
    for (const file of kept) {
      expect(file).toMatch(KEPT_FILE);
      expect(files, `${currentFileOf(file)} is missing`).toContain(currentFileOf(file));
    }
  });

  it('include at least one file of every format from the oldest the app reads to the current one', () => {
    const versions = new Set(kept.map(versionInName));
    for (let version = CASE_FORMAT.oldest; version <= CASE_SCHEMA_VERSION; version++) {
      expect(versions.has(version), `keep a case file of case format ${version} here`).toBe(true);
    }
  });

  for (const file of kept) {
    it(`${file} opens in case format ${CASE_SCHEMA_VERSION} with nothing lost`, () => {
      const text = readText(file);
      const old = JSON.parse(text) as Record<string, unknown>;
      expect(old.schemaVersion, 'the version in the file name').toBe(versionInName(file));
      const expected = JSON.parse(readText(currentFileOf(file))) as Record<string, unknown>;

      const migrated = migrateCaseJson(old);
      if (!migrated.ok) throw new Error(migrated.error);
      expect(migrated.json).toEqual(expected);

      const opened = parseCaseFile(text);
      if (!opened.ok) throw new Error(opened.errors.join('\n'));
      // Parsing only adds defaults: every answer of the file is in the case, unchanged.
      expect(opened.caseFile).toMatchObject(expected);
    });
  }
});
