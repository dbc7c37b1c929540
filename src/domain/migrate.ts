import { CASE_SCHEMA_VERSION } from './case.schema.ts';
import { isPlainObject } from './merge-answers.ts';
import { newerVersionError } from './read-json.ts';

export type JsonObject = Record<string, unknown>;

/** One step of a file format's history: a file of version `from` becomes one of version `to` (from + 1). */
export interface Migration {
  from: number;
  to: number;
  /** Gets a copy of the file it may change freely; the chain then sets the version field to `to`. */
  migrate(json: JsonObject): JsonObject;
}

/** A versioned file format: where its version is written, which versions this app reads, how older ones are brought up to date. */
export interface VersionedFormat {
  /** The field holding the version, e.g. `schemaVersion`. */
  field: string;
  /** The format's name in messages: "case format 2". */
  name: string;
  /** The oldest version this app still reads. */
  oldest: number;
  current: number;
  migrations: readonly Migration[];
}

export type MigrationResult = { ok: true; json: JsonObject } | { ok: false; error: string };

// Case format 1 is the first there has been: no older case file exists to migrate.
export const CASE_MIGRATIONS: readonly Migration[] = [];

export const CASE_FORMAT: VersionedFormat = {
  field: 'schemaVersion',
  name: 'case',
  oldest: 1,
  current: CASE_SCHEMA_VERSION,
  migrations: CASE_MIGRATIONS,
};

/** A case file (parsed JSON) at the current case format, or one plain line naming `schemaVersion`. */
export function migrateCaseJson(json: JsonObject): MigrationResult {
  return migrateJson(json, CASE_FORMAT);
}

/**
 * Answers still being typed (a draft, the live assessment) at the current case format when they
 * can be brought there; otherwise as they are, so no work is lost and their problems are shown.
 */
export function upgradeCaseAnswers(answers: unknown): unknown {
  if (!isPlainObject(answers)) return answers;
  const migrated = migrateCaseJson(answers);
  return migrated.ok ? migrated.json : answers;
}

/**
 * Applies the format's migrations in order, from the file's version up to the current one.
 * The input is never changed: a file already current comes back as it is, any other as a copy.
 * A missing or non-numeric version is left for the schema to report, like any other wrong field.
 */
export function migrateJson(json: JsonObject, format: VersionedFormat): MigrationResult {
  const { field, name, oldest, current } = format;
  const version = json[field];
  if (typeof version !== 'number') return { ok: true, json };
  const fail = (why: string): MigrationResult => ({ ok: false, error: `${field}: ${why}` });
  const newer = newerVersionError(field, version, current, name);
  if (newer) return { ok: false, error: newer };
  if (!Number.isInteger(version)) return fail(`${version} is not a ${name} format; formats are numbered 1, 2, 3…`);
  if (version < oldest) {
    return fail(`${name} format ${version} is older than this version of SIT Risk Wizard reads (the oldest it reads is format ${oldest}).`);
  }
  let upgraded = json;
  for (let from = version; from < current; from++) {
    const step = format.migrations.find((migration) => migration.from === from && migration.to === from + 1);
    if (!step) {
      return fail(`this version of SIT Risk Wizard cannot bring ${name} format ${from} up to format ${from + 1} (it has no migration for it). Please report this.`);
    }
    try {
      // The first step gets a copy, so the file given is never changed.
      upgraded = step.migrate(from === version ? structuredClone(json) : upgraded);
    } catch {
      // A hand-edited old file may not have the shape its version had: say so rather than crash.
      return fail(`this file could not be brought up from ${name} format ${from} to format ${from + 1}: some of its fields are not as format ${from} wrote them.`);
    }
    upgraded[field] = step.to;
  }
  return { ok: true, json: upgraded };
}
