import type { Assessment } from '../../domain/assessment.schema.ts';
import { itemKey, reviewableItems } from '../../domain/review-items.ts';
import { Review, type ReviewDecision, type ReviewInput } from '../../domain/review.schema.ts';
import type { ItemReview } from '../../machine/review.types.ts';

/** What the decision form holds: lists are typed one per line. */
export interface DecisionFormValues {
  decision: ReviewDecision | '';
  reasons: string;
  conditions: string;
  reviewerName: string;
  reviewerRank: string;
  reviewedAt: string;
  reviewDate: string;
}

export type DecisionField = keyof DecisionFormValues;

export type ReviewFromForm =
  | { ok: true; review: Review }
  | { ok: false; fieldErrors: Partial<Record<DecisionField, string>>; itemErrors: Record<string, string>; otherErrors: string[] };

interface ReviewedDocument {
  fingerprint: string;
  ruleSetVersion: string;
  assessment: Assessment;
}

const FIELD_OF_PATH: Record<string, DecisionField> = {
  decision: 'decision',
  reasons: 'reasons',
  conditions: 'conditions',
  reviewer: 'reviewerName',
  reviewedAt: 'reviewedAt',
  reviewDate: 'reviewDate',
};

/**
 * The form and the items as a Review, checked by the Review schema itself, with
 * each problem placed on the field or item it concerns. Every item must be
 * accepted or queried first: a supervisor signs for all of them.
 */
export function reviewFromForm(values: DecisionFormValues, items: Record<string, ItemReview>, document: ReviewedDocument): ReviewFromForm {
  const all = reviewableItems(document.assessment);
  const input: ReviewInput = {
    caseFingerprint: document.fingerprint,
    ruleSetVersion: document.ruleSetVersion,
    reviewer: { name: values.reviewerName, rank: values.reviewerRank },
    reviewedAt: values.reviewedAt,
    decision: (values.decision || undefined) as ReviewDecision,
    reasons: lines(values.reasons),
    conditions: lines(values.conditions),
    ...(values.reviewDate ? { reviewDate: values.reviewDate } : {}),
    items: all.flatMap((item) => {
      const reviewed = items[itemKey(item)];
      if (!reviewed) return [];
      return [{ kind: item.kind, ref: item.ref, status: reviewed.status, ...(reviewed.comment.trim() ? { comment: reviewed.comment } : {}) }];
    }),
  };
  const parsed = Review.safeParse(input);
  const fieldErrors: Partial<Record<DecisionField, string>> = {};
  const itemErrors: Record<string, string> = {};
  const otherErrors: string[] = [];
  const unreviewed = all.filter((item) => !items[itemKey(item)]);
  if (unreviewed.length > 0) {
    otherErrors.push(`${unreviewed.length} item${unreviewed.length === 1 ? ' is' : 's are'} not reviewed yet: accept or query each one`);
  }
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, index] = issue.path;
      if (first === 'items' && typeof index === 'number') {
        const item = input.items?.[index];
        if (item) itemErrors[itemKey(item)] = issue.message;
        continue;
      }
      const field = FIELD_OF_PATH[String(first)];
      if (first === 'reviewer' && issue.path[1] === 'rank') fieldErrors.reviewerRank ??= issue.message;
      else if (field) fieldErrors[field] ??= first === 'decision' ? 'Choose a decision' : issue.message;
      else otherErrors.push(issue.message);
    }
  }
  if (parsed.success && otherErrors.length === 0) return { ok: true, review: parsed.data };
  return { ok: false, fieldErrors, itemErrors, otherErrors };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
