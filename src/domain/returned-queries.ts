import { z } from 'zod';
import type { Assessment } from './assessment.schema.ts';
import type { LogEntry } from './decision-log.schema.ts';
import type { RuleSet } from './load-rules.ts';
import { GENERAL_QUERIES, queriesByFact } from './review.ts';
import type { ReviewItem } from './review.schema.ts';

/** The supervisor's queries on a returned case, by the question they concern. */
export interface ReturnedQueries {
  returnedBy: string;
  /** YYYY-MM-DD */
  returnedOn: string;
  summary: string;
  items: ReviewItem[];
  /** Question path (or a derived fact no single question carries) → the comments on it. */
  byQuestion: Map<string, string[]>;
}

const DECISIONS = new Set<LogEntry['kind']>(['approved', 'approved-with-conditions', 'returned', 'refused', 'renewed', 'cancelled']);
const LoggedQuery = z.object({
  kind: z.enum(['finding', 'checklist', 'intervention']),
  ref: z.string(),
  comment: z.string().min(1),
  /** The facts the query concerns, placed when the review was made (absent in older logs). */
  facts: z.array(z.string()).optional(),
});
const LoggedQueries = z.array(z.unknown()).catch([]);

/** Derived facts summarise several questions: a query on one belongs next to each of them. */
const QUESTIONS_OF_DERIVED: Record<string, string[]> = {
  'derived.migrantsAtRisk': ['people.migrantsPhysicallyInvolved', 'techniques.controlledDelivery.carries'],
  'derived.dangerousJourney': ['people.journey'],
  'derived.traffickingIndicated': ['people.traffickingIndicators'],
  'derived.vulnerablePeoplePresent': ['people.children.present', 'people.pregnantWomen', 'people.womenWithChildren', 'people.otherVulnerable'],
};

/** The questions a fact read by the rules comes from; a fact about the list of states stays as it is. */
export function questionsOfFact(fact: string): string[] {
  return QUESTIONS_OF_DERIVED[fact] ?? [fact];
}

/**
 * The queries of the newest decision on the case, when that decision returned
 * it for more work; undefined once the case is decided otherwise. Queries are
 * placed by the facts their item concerns (queriesByFact).
 */
export function returnedQueries(log: readonly LogEntry[], assessment: Assessment, ruleSet?: RuleSet): ReturnedQueries | undefined {
  const decision = log.findLast((entry) => DECISIONS.has(entry.kind));
  if (decision?.kind !== 'returned') return undefined;
  // A malformed query is skipped, not fatal: the others still reach the investigator.
  const logged = LoggedQueries.parse(decision.details?.queries).flatMap((value) => {
    const query = LoggedQuery.safeParse(value);
    return query.success ? [query.data] : [];
  });
  const items: ReviewItem[] = logged.map(({ kind, ref, comment }) => ({ kind, ref, comment, status: 'queried' }));
  const byFact = new Map<string, string[]>();
  const add = (fact: string, comment: string) => {
    const comments = byFact.get(fact) ?? [];
    if (!comments.includes(comment)) byFact.set(fact, [...comments, comment]);
  };
  for (const query of logged) {
    if (query.facts) for (const fact of query.facts.length > 0 ? query.facts : [GENERAL_QUERIES]) add(fact, query.comment);
    else for (const [fact, comments] of queriesByFact({ items: [{ ...query, status: 'queried' }] }, assessment, ruleSet)) comments.forEach((comment) => add(fact, comment));
  }
  const byQuestion = new Map<string, string[]>();
  for (const [fact, comments] of byFact) {
    for (const question of questionsOfFact(fact)) {
      const known = byQuestion.get(question) ?? [];
      byQuestion.set(question, [...known, ...comments.filter((comment) => !known.includes(comment))]);
    }
  }
  return { returnedBy: decision.by, returnedOn: decision.at.slice(0, 10), summary: decision.summary, items, byQuestion };
}
