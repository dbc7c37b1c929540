import { describe, expect, it } from 'vitest';
import { CaseFile } from '../domain/case.schema.ts';
import { evaluate } from '../domain/evaluate.ts';
import { returnedQueries } from '../domain/returned-queries.ts';
import type { ReviewRecord } from '../domain/review-record.schema.ts';
import { loadFontsFromDisk } from '../pdf/fonts-node.ts';
import { renderReviewPdfBytes } from '../pdf/render-review.ts';
import { realRules } from '../../tests/support/assess.ts';
import { FIXED_DATE, fixtureCase } from '../../tests/support/pdf-input.ts';
import { PARTNER_QUERY, fileOf, producedLog, reviewRecordOf } from '../../tests/support/review.ts';
import { readImportedFile, type ImportResult } from './case-file-io.ts';

const rules = realRules();
const reviewedCase = fixtureCase('overland-lorry-network');

/** What the supervisor exports after returning the checklist: the review, and the case with the decision on its log. */
function returnRecord(): ReviewRecord {
  return reviewRecordOf({ ...reviewedCase, log: producedLog(reviewedCase, rules, FIXED_DATE.toISOString()) }, rules);
}

const record = returnRecord();
/** The record as the JSON download writes it, parsed back as plain data. */
const recordJson = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;


function errorsOf(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

describe('importing a supervisor’s review record (JSON)', () => {
  it('gives back the reviewed case, its decision log included, and the review', async () => {
    const result = await readImportedFile(fileOf('review-GREY-GULL.json', JSON.stringify(record, null, 2)));
    expect(result).toEqual({ ok: true, answers: recordJson.caseFile, caseFile: record.caseFile, source: 'json', review: record.review });
    if (!result.ok) return;
    expect(result.caseFile.log.map((entry) => entry.kind)).toEqual(['assessment-produced', 'returned']);
    expect((result.answers as { log: unknown[] }).log).toHaveLength(2);
    // The case comes back with its answers as reviewed: the draft opened from it is the same case.
    expect(CaseFile.parse(result.answers)).toEqual(record.caseFile);
  });

  it('carries the queries back to the investigator', async () => {
    const result = await readImportedFile(fileOf('review.json', JSON.stringify(record)));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const queries = returnedQueries(result.caseFile.log, evaluate(result.caseFile, rules), rules);
    expect(queries?.byQuestion.get('intervention.partnerProtocol')).toEqual([PARTNER_QUERY]);
  });

  it('names the file and the field that is wrong', async () => {
    const bad = { ...recordJson, review: { ...(recordJson.review as object), reasons: [] } };
    expect(errorsOf(await readImportedFile(fileOf('review.json', JSON.stringify(bad))))).toEqual([
      'review.json: is a supervisor’s review record that cannot be read:',
      'review.json: review.reasons: Give at least one reason for the decision',
    ]);
  });

  it('names a wrong field of the case inside the record by its full path', async () => {
    const caseFile = recordJson.caseFile as { people: object };
    const bad = { ...recordJson, caseFile: { ...caseFile, people: { ...caseFile.people, riskToLife: 'maybe' } } };
    const errors = errorsOf(await readImportedFile(fileOf('review.json', JSON.stringify(bad))));
    expect(errors[0]).toBe('review.json: is a supervisor’s review record that cannot be read:');
    expect(errors.slice(1)).toEqual([expect.stringMatching(/^review\.json: caseFile\.people\.riskToLife: /)]);
  });

  it('says a record from a newer version of the app needs an update', async () => {
    const newer = { ...recordJson, formatVersion: 2 };
    expect(errorsOf(await readImportedFile(fileOf('review.json', JSON.stringify(newer))))).toEqual([
      'review.json: is a supervisor’s review record that cannot be read:',
      'review.json: formatVersion: this file was made with a newer version of SIT Risk Wizard (review record format 2); this version reads format 1. Update the app to open it.',
    ]);
  });

  it('hands back no answers from a record it cannot read, so nothing half-read becomes a draft', async () => {
    const bad = { ...recordJson, logHead: 'not a hash' };
    const result = await readImportedFile(fileOf('review.json', JSON.stringify(bad)));
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('answers');
    expect(errorsOf(result)[1]).toMatch(/^review\.json: logHead: The log head must be 64 hex digits/);
  });
});

describe('importing a supervisor’s review PDF', () => {
  const bytes = renderReviewPdfBytes({
    record,
    assessment: evaluate(record.caseFile, rules),
    font: loadFontsFromDisk(),
    options: { marking: 'OFFICIAL-SENSITIVE', generatedAt: FIXED_DATE },
  });

  it('gives back the reviewed case and the review it carries, like the JSON record', async () => {
    const result = await readImportedFile(fileOf('review-GREY-GULL.pdf', bytes));
    expect(result).toEqual({ ok: true, answers: recordJson.caseFile, caseFile: record.caseFile, source: 'pdf', review: record.review });
  });
});
