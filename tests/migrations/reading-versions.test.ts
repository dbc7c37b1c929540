import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/cli/disk.ts';
import { CASE_SCHEMA_VERSION } from '../../src/domain/case.schema.ts';
import { caseForAssessment } from '../../src/domain/lenient-case.ts';
import { loadScenario } from '../../src/domain/load-scenario.ts';
import { parseCaseFile } from '../../src/domain/parse-case.ts';
import { Draft } from '../../src/storage/draft.schema.ts';
import { readImportedFile } from '../../src/storage/case-file-io.ts';
import { realRules } from '../support/assess.ts';
import { FIXED_DATE, fixtureCase } from '../support/pdf-input.ts';
import { fileOf, producedLog, reviewRecordOf } from '../support/review.ts';
import { SCENARIO_FOLDER } from '../support/scenarios.ts';

/** Where each reader of a versioned file goes through the migrations (src/domain/migrate.ts). */
const keptText = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'older-versions', 'overland-lorry-network.v1.case.json'), 'utf8');
const withVersion = (schemaVersion: unknown) => JSON.stringify({ ...JSON.parse(keptText), schemaVersion });
const NEWER = CASE_SCHEMA_VERSION + 1;
const newerMessage = `schemaVersion: this file was made with a newer version of SIT Risk Wizard (case format ${NEWER}); this version reads format ${CASE_SCHEMA_VERSION}. Update the app to open it.`;

describe('a case file', () => {
  it('of a newer format, imported, gets the newer-version message and offers no answers as a draft', async () => {
    const result = await readImportedFile(fileOf('case.json', withVersion(NEWER)));
    expect(result).toEqual({ ok: false, errors: [`case.json: ${newerMessage}`] });
    expect(result).not.toHaveProperty('answers');
  });

  it('with a version that is no format, or older than any, says so by the field', () => {
    expect(parseCaseFile(withVersion(0.5))).toEqual({
      ok: false,
      errors: ['schemaVersion: 0.5 is not a case format; formats are numbered 1, 2, 3…'],
    });
    expect(parseCaseFile(withVersion(0))).toEqual({
      ok: false,
      errors: ['schemaVersion: case format 0 is older than this version of SIT Risk Wizard reads (the oldest it reads is format 1).'],
    });
  });

  it('inside a supervisor’s review record is read like any case file', async () => {
    const rules = realRules();
    const reviewed = fixtureCase('overland-lorry-network');
    const record = JSON.parse(JSON.stringify(reviewRecordOf({ ...reviewed, log: producedLog(reviewed, rules, FIXED_DATE.toISOString()) }, rules)));
    const newer = { ...record, caseFile: { ...record.caseFile, schemaVersion: NEWER } };
    expect(await readImportedFile(fileOf('review.json', JSON.stringify(newer)))).toEqual({
      ok: false,
      errors: ['review.json: is a supervisor’s review record that cannot be read:', `review.json: caseFile.${newerMessage}`],
    });
  });
});

describe('answers being typed', () => {
  const draftOf = (answers: unknown) =>
    Draft.parse({ id: 'd1', name: 'Amber Kestrel', createdAt: FIXED_DATE.toISOString(), updatedAt: FIXED_DATE.toISOString(), step: 'people', answers });

  it('are kept in a draft as saved, whatever their format', () => {
    const current = JSON.parse(keptText) as unknown;
    expect(draftOf(current).answers).toEqual(current);
    const newer = JSON.parse(withVersion(NEWER)) as unknown;
    expect(draftOf(newer).answers).toEqual(newer);
  });

  it('of a newer format are still assessed, as far as they fit the current one', () => {
    const { caseFile } = caseForAssessment(JSON.parse(withVersion(NEWER)));
    expect(caseFile.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(caseFile.operation.codename).toBe('AMBER KESTREL');
  });
});

describe('a scenario file', () => {
  it('with a version that is no format says so by the field', () => {
    const FILE = 'night-launch-sea-crossing.scenario.json';
    const json = JSON.parse(readFileSync(join(SCENARIO_FOLDER, FILE), 'utf8')) as Record<string, unknown>;
    expect(loadScenario({ ...json, scenarioVersion: 0.5 }, FILE)).toEqual({
      ok: false,
      errors: [`${FILE}: scenarioVersion: 0.5 is not a scenario format; formats are numbered 1, 2, 3…`],
    });
  });
});
