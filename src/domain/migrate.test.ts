import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION } from './case.schema.ts';
import {
  CASE_FORMAT,
  CASE_MIGRATIONS,
  migrateCaseJson,
  migrateJson,
  upgradeCaseAnswers,
  type JsonObject,
  type Migration,
  type VersionedFormat,
} from './migrate.ts';

/**
 * A made-up history, for these tests only: format 2 renamed `operation.name` to
 * `operation.codename`; format 3 split `operation.lead` into a rank and a name.
 * Both steps change the copy they are given in place, as a migration may.
 */
const applied: string[] = [];
const renameCodename: Migration = {
  from: 1,
  to: 2,
  migrate(json) {
    applied.push('1→2');
    const operation = json.operation as JsonObject;
    operation.codename = operation.name;
    delete operation.name;
    return json;
  },
};
const splitLead: Migration = {
  from: 2,
  to: 3,
  migrate(json) {
    applied.push('2→3');
    const operation = json.operation as JsonObject;
    if (!('codename' in operation)) throw new Error('not format 2');
    const [rank, ...name] = String(operation.lead).split(' ');
    operation.lead = { rank, name: name.join(' ') };
    return json;
  },
};
const history = (migrations: Migration[], oldest = 1): VersionedFormat => ({
  field: 'schemaVersion',
  name: 'case',
  oldest,
  current: 3,
  migrations,
});
const THREE_FORMATS = history([splitLead, renameCodename]);

const version1 = () => ({
  schemaVersion: 1,
  operation: { name: 'GREY GULL', lead: 'Inspector Ana Lima', states: [{ name: 'Ruritania', role: 'destination' }] },
  notes: ['boat seen on 4 March', { by: 'analyst', text: null }],
});
const version3 = {
  schemaVersion: 3,
  operation: {
    codename: 'GREY GULL',
    lead: { rank: 'Inspector', name: 'Ana Lima' },
    states: [{ name: 'Ruritania', role: 'destination' }],
  },
  notes: ['boat seen on 4 March', { by: 'analyst', text: null }],
};

function errorOf(result: ReturnType<typeof migrateJson>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.json)}`);
  return result.error;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('migrating a file through its format history', () => {
  it('applies every step in order, from the file’s version to the current one, losing nothing', () => {
    applied.length = 0;
    expect(migrateJson(version1(), THREE_FORMATS)).toEqual({ ok: true, json: version3 });
    expect(applied).toEqual(['1→2', '2→3']);
  });

  it('starts from the file’s own version', () => {
    applied.length = 0;
    const version2 = { ...version1(), schemaVersion: 2, operation: { codename: 'GREY GULL', lead: 'Inspector Ana Lima', states: [] } };
    const migrated = migrateJson(version2, THREE_FORMATS);
    expect(migrated.ok && migrated.json.operation).toEqual({ codename: 'GREY GULL', lead: { rank: 'Inspector', name: 'Ana Lima' }, states: [] });
    expect(applied).toEqual(['2→3']);
  });

  it('never changes the file it is given, even when its steps change what they get', () => {
    const input = deepFreeze(version1());
    expect(migrateJson(input, THREE_FORMATS)).toEqual({ ok: true, json: version3 });
    expect(input).toEqual(version1());
  });

  it('returns a file already in the current format as it is', () => {
    const current = structuredClone(version3);
    expect(migrateJson(current, THREE_FORMATS)).toEqual({ ok: true, json: current });
    expect((migrateJson(current, THREE_FORMATS) as { json: unknown }).json).toBe(current);
  });

  it('leaves a missing or non-numeric version for the schema to report', () => {
    for (const file of [{ operation: {} }, { schemaVersion: '1' }, { schemaVersion: null }]) {
      expect(migrateJson(file, THREE_FORMATS)).toEqual({ ok: true, json: file });
    }
  });

  it('says which step is missing', () => {
    expect(errorOf(migrateJson(version1(), history([renameCodename])))).toBe(
      'schemaVersion: this version of SIT Risk Wizard cannot bring case format 2 up to format 3 (it has no migration for it). Please report this.',
    );
  });

  it('says a file from a newer version needs an update, whatever number it gives', () => {
    expect(errorOf(migrateJson({ ...version3, schemaVersion: 4 }, THREE_FORMATS))).toBe(
      'schemaVersion: this file was made with a newer version of SIT Risk Wizard (case format 4); this version reads format 3. Update the app to open it.',
    );
    for (const version of [3.5, Infinity]) {
      expect(errorOf(migrateJson({ ...version3, schemaVersion: version }, THREE_FORMATS))).toMatch(/^schemaVersion: .*newer version.*Update the app/);
    }
  });

  it('says a version that is not a whole number is no format', () => {
    for (const version of [1.5, 2.5]) {
      expect(errorOf(migrateJson({ ...version1(), schemaVersion: version }, THREE_FORMATS))).toBe(
        `schemaVersion: ${version} is not a case format; formats are numbered 1, 2, 3…`,
      );
    }
  });

  it('says a version older than the oldest it reads is too old', () => {
    expect(errorOf(migrateJson(version1(), history([renameCodename, splitLead], 2)))).toBe(
      'schemaVersion: case format 1 is older than this version of SIT Risk Wizard reads (the oldest it reads is format 2).',
    );
    expect(errorOf(migrateJson({ ...version1(), schemaVersion: 0 }, THREE_FORMATS))).toMatch(/^schemaVersion: case format 0 is older/);
  });

  it('says so, without throwing, when a file is not shaped as its version says', () => {
    expect(errorOf(migrateJson({ schemaVersion: 1, notes: [] }, THREE_FORMATS))).toBe(
      'schemaVersion: this file could not be brought up from case format 1 to format 2: some of its fields are not as format 1 wrote them.',
    );
  });
});

describe('the case format’s history', () => {
  it('has one step for each format from the oldest the app reads to the current one, and no other', () => {
    const steps = CASE_MIGRATIONS.map((step) => `${step.from}→${step.to}`);
    const wanted: string[] = [];
    for (let from = CASE_FORMAT.oldest; from < CASE_SCHEMA_VERSION; from++) wanted.push(`${from}→${from + 1}`);
    expect(steps.sort()).toEqual(wanted.sort());
    expect(CASE_FORMAT.current).toBe(CASE_SCHEMA_VERSION);
  });

  it('reads a case file of the current format as it is', () => {
    const caseFile = { schemaVersion: CASE_SCHEMA_VERSION, operation: { codename: 'GREY GULL' } };
    expect((migrateCaseJson(caseFile) as { json: unknown }).json).toBe(caseFile);
  });

  it('keeps answers being typed as they are when they cannot be brought to the current format', () => {
    for (const answers of [undefined, 'text', [], { schemaVersion: CASE_SCHEMA_VERSION + 1, operation: {} }, { schemaVersion: 0.5 }]) {
      expect(upgradeCaseAnswers(answers)).toBe(answers);
    }
  });
});
