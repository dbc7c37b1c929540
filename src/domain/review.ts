import type { Assessment } from './assessment.schema.ts';
import type { LogKind, NewLogEntry } from './decision-log.schema.ts';
import type { RuleSet } from './load-rules.ts';
import { REVIEW_DECISION_WORDS, type Review, type ReviewDecision, type ReviewItem } from './review.schema.ts';
import type { Condition } from './rule.schema.ts';

const LOG_KIND_OF: Record<ReviewDecision, LogKind> = {
  approve: 'approved',
  'approve-with-conditions': 'approved-with-conditions',
  return: 'returned',
  refuse: 'refused',
};

/**
 * What else the log entry can record: the assessment the review was made on, so
 * each query records the facts it concerns; and whether an approval renews an
 * authorisation already running (logged as 'renewed').
 */
export interface ReviewedAssessment {
  assessment?: Assessment | undefined;
  ruleSet?: RuleSet | undefined;
  renewal?: boolean | undefined;
}

/** Where queries go that no question of the case file can carry (an item of a rule that reads no answer). */
export const GENERAL_QUERIES = '(general)';

/**
 * The review as a decision-log entry. `at` defaults to the start of the review
 * day (UTC): the review record keeps the date only; pass the clock's time if known.
 */
export function reviewToLogEntry(review: Review, at = `${review.reviewedAt}T00:00:00Z`, reviewed?: ReviewedAssessment): NewLogEntry {
  const queried = review.items.filter((item) => item.status === 'queried').length;
  const summary = [
    `${REVIEW_DECISION_WORDS[review.decision]}: ${review.reasons.join('; ')}`,
    review.conditions.length > 0 ? `Conditions: ${review.conditions.join('; ')}` : '',
    review.reviewDate ? `Review by ${review.reviewDate}` : '',
    queried > 0 ? `${queried} item${queried === 1 ? '' : 's'} queried` : '',
  ].filter(Boolean);
  return {
    at,
    kind: reviewed?.renewal && review.decision.startsWith('approve') ? 'renewed' : LOG_KIND_OF[review.decision],
    by: `${review.reviewer.rank} ${review.reviewer.name}`,
    summary: summary.join('. ').slice(0, 2000),
    details: {
      caseFingerprint: review.caseFingerprint,
      ruleSetVersion: review.ruleSetVersion,
      decision: review.decision,
      reviewedAt: review.reviewedAt,
      ...(review.reviewDate ? { reviewDate: review.reviewDate } : {}),
      conditions: review.conditions,
      queried,
      // The queries travel with the case, so a returned case shows them next to the questions.
      queries: review.items
        .filter((item) => item.status === 'queried')
        .map((item) => ({
          kind: item.kind,
          ref: item.ref,
          comment: item.comment ?? '',
          // Placed now, against the assessment the supervisor saw: the answers may change before they are read.
          ...(reviewed?.assessment ? { facts: factsOfItem(item, reviewed.assessment, reviewed.ruleSet) } : {}),
        })),
    },
  };
}

/**
 * Each queried item's comment, under every case-file fact it concerns, so that a
 * returned case can show the supervisor's queries next to the questions: for a
 * finding, the facts that made it fire (`because`); for a checklist item or an
 * intervention-plan entry, the facts of its rule's finding, or, when that rule
 * raised no finding, every fact the rule reads (needs `ruleSet`). A query that
 * cannot be placed goes under GENERAL_QUERIES rather than being lost. Facts
 * under `derived.` summarise several questions (facts.ts).
 */
export function queriesByFact(review: Pick<Review, 'items'>, assessment: Assessment, ruleSet?: RuleSet): Map<string, string[]> {
  const queries = new Map<string, string[]>();
  for (const item of review.items) {
    if (item.status !== 'queried' || !item.comment) continue;
    const facts = factsOfItem(item, assessment, ruleSet);
    for (const fact of facts.length > 0 ? facts : [GENERAL_QUERIES]) {
      const comments = queries.get(fact) ?? [];
      if (!comments.includes(item.comment)) comments.push(item.comment);
      queries.set(fact, comments);
    }
  }
  return queries;
}

function factsOfItem(item: ReviewItem, assessment: Assessment, ruleSet: RuleSet | undefined): string[] {
  const ruleId = item.kind === 'checklist' ? assessment.checklist.find((entry) => entry.id === item.ref)?.ruleId : item.ref;
  if (ruleId === undefined) return [];
  const finding = assessment.findings.find((candidate) => candidate.ruleId === ruleId);
  if (finding && finding.because.length > 0) return unique(finding.because.map((check) => check.fact));
  const rule = ruleSet?.modules.flatMap((ruleModule) => ruleModule.rules).find((candidate) => candidate.id === ruleId);
  return rule ? unique([...(rule.appliesWhen ? conditionFacts(rule.appliesWhen) : []), ...conditionFacts(rule.when)]) : [];
}

function conditionFacts(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionFacts);
  if ('any' in condition) return condition.any.flatMap(conditionFacts);
  if ('not' in condition) return conditionFacts(condition.not);
  return [condition.fact];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
