import { describe, expect, it } from 'vitest';
import { appendEntry, verifyLog } from './decision-log.ts';
import { evaluate } from './evaluate.ts';
import { GENERAL_QUERIES, queriesByFact, reviewToLogEntry } from './review.ts';
import { Review, type ReviewInput } from './review.schema.ts';
import { formatIssues } from './format-issues.ts';
import { fingerprintOf } from './fingerprint.ts';
import { realRules } from '../../tests/support/assess.ts';
import { fixtureCase } from '../../tests/support/pdf-input.ts';

const rules = realRules();
const caseFile = fixtureCase('overland-lorry-network');
const assessment = evaluate(caseFile, rules);

const base: ReviewInput = {
  caseFingerprint: fingerprintOf(caseFile, rules),
  ruleSetVersion: rules.version,
  reviewer: { name: 'A. Reyes', rank: 'Superintendent' },
  reviewedAt: '2026-03-06',
  decision: 'return',
  reasons: ['The partner protocol and the children’s journey need more work'],
  reviewDate: '2026-03-20',
  items: [
    { kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'queried', comment: 'Which NGO will receive the migrants?' },
    { kind: 'finding', ref: 'ch-controlled-delivery-with-children', status: 'queried', comment: 'Can the children be taken off the lorry first?' },
    { kind: 'finding', ref: 'ms-safety-and-rights-priority', status: 'accepted' },
  ],
};

/** The messages a form would show, "path: message". */
function problems(input: unknown): string[] {
  const parsed = Review.safeParse(input);
  return parsed.success ? [] : formatIssues(parsed.error);
}

describe('Review', () => {
  it('accepts a complete review and fills in empty conditions', () => {
    const review = Review.parse(base);
    expect(review.conditions).toEqual([]);
    expect(problems({ ...base, decision: 'refuse', reviewDate: undefined })).toEqual([]);
  });

  it('asks for a comment on every queried item', () => {
    const items = [{ kind: 'checklist', ref: 'ad-chain-of-custody-missing#1', status: 'queried' }];
    expect(problems({ ...base, items })).toEqual([expect.stringMatching(/items\[0\]\.comment.*Write what you query about ad-chain-of-custody-missing#1/)]);
  });

  it('asks for reasons, conditions and a review date where the decision needs them', () => {
    expect(problems({ ...base, reasons: [] })).toEqual([expect.stringMatching(/reasons.*Give at least one reason for the decision/)]);
    expect(problems({ ...base, decision: 'approve-with-conditions' })).toEqual([
      expect.stringMatching(/conditions.*Approving with conditions needs at least one condition/),
    ]);
    expect(problems({ ...base, decision: 'approve', reviewDate: undefined })).toEqual([
      expect.stringMatching(/reviewDate.*Set the date by which the authorisation must be reviewed/),
    ]);
    expect(problems({ ...base, reviewDate: '2026-03-01' })).toEqual([expect.stringMatching(/reviewDate.*must be after the date of this review/)]);
  });

  it('explains malformed fields in plain words', () => {
    expect(problems({ ...base, reviewedAt: '6 March', reviewer: { name: ' ', rank: 'Supt.' } })).toEqual([
      expect.stringMatching(/reviewer\.name.*Enter the name of the reviewer/),
      expect.stringMatching(/reviewedAt.*Enter the date of the review as YYYY-MM-DD/),
    ]);
    expect(problems({ ...base, caseFingerprint: 'abc' })).toEqual([expect.stringMatching(/caseFingerprint.*64 hex digits/)]);
  });

  it('refuses the same item reviewed twice', () => {
    const items = [base.items![0]!, { ...base.items![0]!, status: 'accepted' as const }];
    expect(problems({ ...base, items })).toEqual([expect.stringMatching(/items\[1\]\.ref.*vw-partner-protocol-missing is reviewed twice/)]);
  });
});

describe('reviewToLogEntry', () => {
  it('records a return in the decision log, chained like any entry', () => {
    const entry = reviewToLogEntry(Review.parse(base));
    expect(entry).toMatchObject({
      at: '2026-03-06T00:00:00Z',
      kind: 'returned',
      by: 'Superintendent A. Reyes',
      summary: 'Returned for more work: The partner protocol and the children’s journey need more work. Review by 2026-03-20. 2 items queried',
      details: { caseFingerprint: base.caseFingerprint, decision: 'return', reviewDate: '2026-03-20', queried: 2 },
    });
    expect(verifyLog(appendEntry([], entry))).toEqual({ ok: true });
  });

  it('names the kind of each decision and keeps the conditions', () => {
    const approved = Review.parse({ ...base, decision: 'approve-with-conditions', conditions: ['Rescue team on standby at the border'], items: [] });
    expect(reviewToLogEntry(approved, '2026-03-06T16:45:00Z')).toMatchObject({
      at: '2026-03-06T16:45:00Z',
      kind: 'approved-with-conditions',
      summary: expect.stringContaining('Conditions: Rescue team on standby at the border'),
    });
    expect(reviewToLogEntry(Review.parse({ ...base, decision: 'refuse', reviewDate: undefined })).kind).toBe('refused');
    expect(reviewToLogEntry(Review.parse({ ...base, decision: 'approve' })).kind).toBe('approved');
  });
});

describe('queriesByFact', () => {
  it('puts each finding’s query under the facts that made it fire', () => {
    const queries = queriesByFact(Review.parse(base), assessment);
    expect(Object.fromEntries(queries)).toEqual({
      'derived.migrantsAtRisk': ['Which NGO will receive the migrants?'],
      'intervention.partnerProtocol': ['Which NGO will receive the migrants?'],
      'techniques.controlledDelivery.carries': ['Can the children be taken off the lorry first?'],
      'people.children.present': ['Can the children be taken off the lorry first?'],
    });
  });

  it('puts a checklist or intervention query under the facts its rule reads', () => {
    const review = Review.parse({
      ...base,
      items: [
        { kind: 'checklist', ref: 'ad-chain-of-custody-missing#1', status: 'queried', comment: 'Who keeps the exhibits log?' },
        { kind: 'intervention', ref: 'ch-no-child-protection-services', status: 'queried', comment: 'Name the duty social worker' },
      ],
    });
    const queries = queriesByFact(review, assessment, rules);
    expect(queries.get('admissibility.chainOfCustody')).toEqual(['Who keeps the exhibits log?']);
    expect(queries.get('intervention.childProtectionServices')).toEqual(['Name the duty social worker']);
    expect(queries.has(GENERAL_QUERIES)).toBe(false);
  });

  it('keeps a query it cannot place under the general heading, and ignores accepted items', () => {
    const review = Review.parse({
      ...base,
      items: [
        { kind: 'checklist', ref: 'no-such-item#1', status: 'queried', comment: 'What is this?' },
        { kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'accepted', comment: 'Fine' },
      ],
    });
    expect(Object.fromEntries(queriesByFact(review, assessment, rules))).toEqual({ [GENERAL_QUERIES]: ['What is this?'] });
  });
});
