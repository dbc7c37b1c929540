import { describe, expect, it } from 'vitest';
import { evaluate } from '../../domain/evaluate.ts';
import { fingerprintOf } from '../../domain/fingerprint.ts';
import { itemKey, reviewableItems } from '../../domain/review-items.ts';
import { Review } from '../../domain/review.schema.ts';
import type { ItemReview } from '../../machine/review.types.ts';
import { realRules } from '../../../tests/support/assess.ts';
import { fixtureCase } from '../../../tests/support/pdf-input.ts';
import { reviewFromForm, type DecisionFormValues, type ReviewFromForm } from './review-form.ts';

const rules = realRules();
const caseFile = fixtureCase('overland-lorry-network');
const assessment = evaluate(caseFile, rules);
const document = { fingerprint: fingerprintOf(caseFile, rules), ruleSetVersion: rules.version, assessment };
const keys = reviewableItems(assessment).map(itemKey);
const PARTNER = 'finding:vw-partner-protocol-missing';
const CUSTODY = 'checklist:ad-chain-of-custody-missing#1';

const form: DecisionFormValues = {
  decision: 'return',
  reasons: 'The partner protocol is missing\n\n  The evidence log has no named keeper  \n',
  conditions: '',
  reviewerName: 'A. Reyes',
  reviewerRank: 'Superintendent',
  reviewedAt: '2026-03-06',
  reviewDate: '2026-03-20',
};

/** Every item accepted, except the ones given. */
function reviewed(overrides: Record<string, ItemReview> = {}): Record<string, ItemReview> {
  return { ...Object.fromEntries(keys.map((key) => [key, { status: 'accepted', comment: '' }])), ...overrides };
}

function failure(result: ReviewFromForm) {
  if (result.ok) throw new Error('expected the form to be refused');
  return result;
}

describe('reviewFromForm on a complete form', () => {
  it('gives the review, with one line per reason and every item in the checklist’s order', () => {
    const result = reviewFromForm(form, reviewed({ [PARTNER]: { status: 'queried', comment: 'Which NGO receives the migrants?' } }), document);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(Review.parse(result.review)).toEqual(result.review);
    expect(result.review).toMatchObject({
      caseFingerprint: document.fingerprint,
      ruleSetVersion: rules.version,
      reviewer: { name: 'A. Reyes', rank: 'Superintendent' },
      reviewedAt: '2026-03-06',
      decision: 'return',
      reasons: ['The partner protocol is missing', 'The evidence log has no named keeper'],
      conditions: [],
      reviewDate: '2026-03-20',
    });
    expect(result.review.items.map(itemKey)).toEqual(keys);
    expect(result.review.items.find((item) => itemKey(item) === PARTNER)).toEqual({
      kind: 'finding',
      ref: 'vw-partner-protocol-missing',
      status: 'queried',
      comment: 'Which NGO receives the migrants?',
    });
    // An accepted item with nothing written carries no empty comment.
    expect(result.review.items.find((item) => itemKey(item) === CUSTODY)).toEqual({ kind: 'checklist', ref: 'ad-chain-of-custody-missing#1', status: 'accepted' });
  });

  it('keeps the conditions of an approval with conditions, one per line', () => {
    const result = reviewFromForm(
      { ...form, decision: 'approve-with-conditions', conditions: 'Rescue team on standby at the border\nSign the NGO protocol first' },
      reviewed(),
      document,
    );
    expect(result.ok && result.review.conditions).toEqual(['Rescue team on standby at the border', 'Sign the NGO protocol first']);
  });

  it('accepts a refusal without a review date', () => {
    const result = reviewFromForm({ ...form, decision: 'refuse', reviewDate: '' }, reviewed(), document);
    expect(result.ok).toBe(true);
    expect(result.ok && result.review).not.toHaveProperty('reviewDate');
  });

  it('ignores items the form holds that the document does not have', () => {
    const result = reviewFromForm(form, reviewed({ 'finding:no-such-rule': { status: 'queried', comment: '' } }), document);
    expect(result.ok && result.review.items.map(itemKey)).toEqual(keys);
  });
});

describe('reviewFromForm puts each problem on its field', () => {
  it('asks for a decision in plain words', () => {
    const result = failure(reviewFromForm({ ...form, decision: '' }, reviewed(), document));
    expect(result).toEqual({ ok: false, fieldErrors: { decision: 'Choose a decision' }, itemErrors: {}, otherErrors: [] });
  });

  it('asks for at least one reason when the reasons are empty or blank lines', () => {
    for (const reasons of ['', ' \n \n']) {
      const result = failure(reviewFromForm({ ...form, reasons }, reviewed(), document));
      expect(result.fieldErrors).toEqual({ reasons: 'Give at least one reason for the decision' });
    }
  });

  it('asks for conditions when approving with conditions', () => {
    const result = failure(reviewFromForm({ ...form, decision: 'approve-with-conditions', conditions: '\n' }, reviewed(), document));
    expect(result.fieldErrors).toEqual({ conditions: 'Approving with conditions needs at least one condition' });
  });

  it('asks for a review date after the date of the review', () => {
    for (const reviewDate of ['2026-03-01', '2026-03-06']) {
      const result = failure(reviewFromForm({ ...form, reviewDate }, reviewed(), document));
      expect(result.fieldErrors).toEqual({ reviewDate: 'The review date must be after the date of this review' });
    }
  });

  it('asks for a review date unless the operation is refused', () => {
    for (const decision of ['approve', 'approve-with-conditions', 'return'] as const) {
      const result = failure(reviewFromForm({ ...form, decision, conditions: 'Brief the NGO', reviewDate: '' }, reviewed(), document));
      expect(result.fieldErrors, decision).toEqual({ reviewDate: 'Set the date by which the authorisation must be reviewed' });
    }
  });

  it('puts the reviewer’s name and rank on their own fields', () => {
    expect(failure(reviewFromForm({ ...form, reviewerRank: '  ' }, reviewed(), document)).fieldErrors).toEqual({
      reviewerRank: 'Enter the rank or role of the reviewer',
    });
    expect(failure(reviewFromForm({ ...form, reviewerName: '' }, reviewed(), document)).fieldErrors).toEqual({
      reviewerName: 'Enter the name of the reviewer',
    });
  });

  it('asks for the date of the review as YYYY-MM-DD', () => {
    const result = failure(reviewFromForm({ ...form, reviewedAt: '6 March 2026' }, reviewed(), document));
    expect(result.fieldErrors).toEqual({ reviewedAt: 'Enter the date of the review as YYYY-MM-DD' });
  });

  it('shows several problems at once, one per field', () => {
    const result = failure(reviewFromForm({ ...form, reasons: '', reviewerRank: '', decision: 'approve-with-conditions' }, reviewed(), document));
    expect(result.fieldErrors).toEqual({
      reasons: 'Give at least one reason for the decision',
      reviewerRank: 'Enter the rank or role of the reviewer',
      conditions: 'Approving with conditions needs at least one condition',
    });
  });
});

describe('reviewFromForm checks the items', () => {
  it('asks for a comment on a queried item, next to that item', () => {
    for (const comment of ['', '   ']) {
      const result = failure(reviewFromForm(form, reviewed({ [CUSTODY]: { status: 'queried', comment } }), document));
      expect(result.itemErrors).toEqual({ [CUSTODY]: 'Write what you query about ad-chain-of-custody-missing#1' });
      expect(result.fieldErrors).toEqual({});
      expect(result.otherErrors).toEqual([]);
    }
  });

  it('refuses a decision until every item is accepted or queried, saying how many are left', () => {
    const { [PARTNER]: _partner, [CUSTODY]: _custody, ...allButTwo } = reviewed();
    expect(failure(reviewFromForm(form, allButTwo, document))).toEqual({
      ok: false,
      fieldErrors: {},
      itemErrors: {},
      otherErrors: ['2 items are not reviewed yet: accept or query each one'],
    });
    const { [PARTNER]: _only, ...allButOne } = reviewed();
    expect(failure(reviewFromForm(form, allButOne, document)).otherErrors).toEqual(['1 item is not reviewed yet: accept or query each one']);
    expect(failure(reviewFromForm(form, {}, document)).otherErrors).toEqual([`${keys.length} items are not reviewed yet: accept or query each one`]);
  });

  it('names the unreviewed items and the field problems together', () => {
    const result = failure(reviewFromForm({ ...form, reasons: '' }, {}, document));
    expect(result.fieldErrors).toEqual({ reasons: 'Give at least one reason for the decision' });
    expect(result.otherErrors).toEqual([`${keys.length} items are not reviewed yet: accept or query each one`]);
  });

  it('reports a fingerprint that is not one as a problem of the document, not of a field', () => {
    const result = failure(reviewFromForm(form, reviewed(), { ...document, fingerprint: 'abc' }));
    expect(result.fieldErrors).toEqual({});
    expect(result.otherErrors).toEqual(['The fingerprint of the reviewed case must be 64 hex digits']);
  });
});
