import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../domain/case.schema.ts';
import { producedEntry } from '../domain/case-log.ts';
import { appendEntry, verifyLog } from '../domain/decision-log.ts';
import { evaluate } from '../domain/evaluate.ts';
import { fingerprintOf } from '../domain/fingerprint.ts';
import type { ReviewRecord } from '../domain/review-record.schema.ts';
import type { OpenResult } from '../machine/review.types.ts';
import { loadFontsFromDisk } from '../pdf/fonts-node.ts';
import { renderChecklistPdfBytes } from '../pdf/render-checklist.ts';
import { renderReviewPdfBytes } from '../pdf/render-review.ts';
import { realRules } from '../../tests/support/assess.ts';
import { FIXED_DATE, fixtureCase, pdfInputFor } from '../../tests/support/pdf-input.ts';
import { fileOf, returnReview, reviewRecordOf } from '../../tests/support/review.ts';
import { readDocumentForReview } from './review-document-io.ts';

const rules = realRules();
const caseFile = fixtureCase('overland-lorry-network');
const fingerprint = fingerprintOf(caseFile, rules);

function opened(result: OpenResult) {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.document;
}

function errorsOf(result: OpenResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

/** The case as the export step writes it: an 'assessment-produced' entry stamping the checklist. */
function exported(reviewed: CaseFile = caseFile): CaseFile {
  const entry = producedEntry(reviewed.log, evaluate(reviewed, rules), fingerprintOf(reviewed, rules), FIXED_DATE, 'Investigating team (Border Police)');
  return { ...reviewed, log: appendEntry(reviewed.log, entry!) };
}

/** The PDF with one hex digit of the fingerprint in its Subject changed, the length (and so every offset) kept. */
function withSubjectFingerprintChanged(pdf: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const at = text.lastIndexOf(`Fingerprint ${fingerprint}`);
  expect(at).toBeGreaterThan(text.lastIndexOf('/Subject ('));
  const digit = at + 'Fingerprint '.length + 10;
  const changed = pdf.slice();
  changed[digit] = (text[digit] === 'a' ? 'b' : 'a').charCodeAt(0);
  return changed;
}

function returnRecord(reviewed: CaseFile): ReviewRecord {
  return reviewRecordOf(reviewed, rules, returnReview(reviewed, rules, {
    items: [{ kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'queried', comment: 'Which NGO receives the migrants?' }],
  }));
}

describe('readDocumentForReview on a checklist PDF', () => {
  const pdf = renderChecklistPdfBytes(pdfInputFor(caseFile));

  it('opens the case it carries, not altered, assessed under the rules in use now', async () => {
    const document = opened(await readDocumentForReview(fileOf('checklist.pdf', pdf), rules));
    expect(document.fileName).toBe('checklist.pdf');
    expect(document.check).toMatchObject({ errors: [], altered: false, sameRules: true, fingerprintNow: fingerprint, verdictThen: 'escalate' });
    expect(document.check.caseFile).toEqual(caseFile);
    expect(document.check.messages[0]).toBe('Not altered: the fingerprint printed on the document matches the case file and the current rules.');
    expect(document.assessment).toEqual(evaluate(caseFile, rules));
  });

  it('says the PDF was altered when one digit of the printed fingerprint differs', async () => {
    const document = opened(await readDocumentForReview(fileOf('checklist.pdf', withSubjectFingerprintChanged(pdf)), rules));
    expect(document.check).toMatchObject({ altered: true, sameRules: true, fingerprintNow: fingerprint });
    expect(document.check.messages[0]).toMatch(/^Altered: the case file does not match the fingerprint printed on the document/);
    // The supervisor still sees what the case says now.
    expect(document.assessment).toEqual(evaluate(caseFile, rules));
  });
});

describe('readDocumentForReview on a case file (JSON)', () => {
  it('checks it against the fingerprint in its decision log', async () => {
    const document = opened(await readDocumentForReview(fileOf('case.json', JSON.stringify(exported())), rules));
    expect(document.check).toMatchObject({ altered: false, sameRules: true, logProblems: [] });
    expect(document.check.messages[0]).toBe('Not altered: the fingerprint recorded in its decision log matches the case file and the current rules.');
  });

  it('says it was altered when an answer changed after the checklist was produced', async () => {
    const edited = exported();
    edited.intervention = { ...edited.intervention, partnerProtocol: 'yes' };
    const document = opened(await readDocumentForReview(fileOf('case.json', JSON.stringify(edited)), rules));
    expect(document.check).toMatchObject({ altered: true, sameRules: true, changedFindings: { added: [], removed: ['vw-partner-protocol-missing'] } });
    expect(document.check.caseFile.intervention.partnerProtocol).toBe('yes');
    expect(document.assessment.findings.map((finding) => finding.ruleId)).not.toContain('vw-partner-protocol-missing');
  });

  it('cannot tell whether a case file with no decision log was altered, and still opens it', async () => {
    const document = opened(await readDocumentForReview(fileOf('case.json', JSON.stringify(caseFile)), rules));
    expect(document.check.altered).toBe('unknown');
  });
});

describe('readDocumentForReview on a supervisor’s review record', () => {
  const reviewed = exported();
  const record = returnRecord(reviewed);

  it('opens the case the record carries (JSON), with its log and the decision on it', async () => {
    const document = opened(await readDocumentForReview(fileOf('review.json', JSON.stringify(record, null, 2)), rules));
    expect(document.check.caseFile).toEqual(record.caseFile);
    expect(document.check.caseFile.log.map((entry) => entry.kind)).toEqual(['assessment-produced', 'returned']);
    expect(verifyLog(document.check.caseFile.log)).toEqual({ ok: true });
    expect(document.check).toMatchObject({ altered: false, logProblems: [] });
    expect(document.assessment).toEqual(evaluate(reviewed, rules));
  });

  it('opens the case a review PDF carries', async () => {
    const bytes = renderReviewPdfBytes({ record, assessment: evaluate(record.caseFile, rules), font: loadFontsFromDisk(), options: { marking: 'OFFICIAL-SENSITIVE', generatedAt: FIXED_DATE } });
    const document = opened(await readDocumentForReview(fileOf('review.pdf', bytes), rules));
    expect(document.check.caseFile).toEqual(record.caseFile);
    // The review PDF prints the reviewed fingerprint, not a checklist stamp: the log's stamp is what is checked.
    expect(document.check).toMatchObject({ altered: false, fingerprintNow: fingerprintOf(reviewed, rules) });
  });
});

describe('readDocumentForReview refuses what it cannot review', () => {
  it('names the file in every message', async () => {
    const files = [
      fileOf('notes.txt', 'Operation GREY GULL: to do'),
      fileOf('photo.pdf', '%PDF-1.4\n1 0 obj << /Subject (Holiday photos) >> endobj\n'),
      fileOf('empty.json', ''),
      fileOf('other.json', '{"name": "sit-risk-wizard"}'),
      fileOf('binary.bin', new Uint8Array([0xff, 0xfe, 0x00, 0x81])),
    ];
    for (const file of files) {
      const errors = errorsOf(await readDocumentForReview(file, rules));
      expect(errors.length, file.name).toBeGreaterThan(0);
      for (const line of errors) expect(line.startsWith(`${file.name}: `), line).toBe(true);
    }
  });

  it('says why a text file cannot be read as a case', async () => {
    const errors = errorsOf(await readDocumentForReview(fileOf('notes.txt', 'Operation GREY GULL: to do'), rules));
    expect(errors).toEqual([expect.stringMatching(/^notes\.txt: The case file in this document cannot be read: not valid JSON/)]);
  });

  it('says a review record whose case cannot be read is not reviewable', async () => {
    const record = returnRecord(exported());
    const broken = { ...record, caseFile: { ...record.caseFile, people: { ...record.caseFile.people, riskToLife: 'maybe' } } };
    const errors = errorsOf(await readDocumentForReview(fileOf('review.json', JSON.stringify(broken)), rules));
    expect(errors).toEqual([expect.stringMatching(/^review\.json: The case file in this document cannot be read: people\.riskToLife/)]);
  });
});
