import { describe, expect, it } from 'vitest';
import type { CaseFile } from './case.schema.ts';
import { appendEntry } from './decision-log.ts';
import type { LogEntry } from './decision-log.schema.ts';
import { evaluate } from './evaluate.ts';
import { questionsOfFact, returnedQueries } from './returned-queries.ts';
import { GENERAL_QUERIES, queriesByFact, reviewToLogEntry } from './review.ts';
import { Review, type ReviewInput } from './review.schema.ts';
import { realRules } from '../../tests/support/assess.ts';
import { fixtureCase } from '../../tests/support/pdf-input.ts';
import { PARTNER_QUERY, producedLog, returnReview, reviewRecordOf } from '../../tests/support/review.ts';

const rules = realRules();
const caseFile = fixtureCase('overland-lorry-network');
const assessment = evaluate(caseFile, rules);

const CUSTODY_QUERY = 'Who keeps the evidence log on the night?';

const returned = returnReview(caseFile, rules, {
  items: [
    { kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'queried', comment: PARTNER_QUERY },
    { kind: 'checklist', ref: 'ad-chain-of-custody-missing#1', status: 'queried', comment: CUSTODY_QUERY },
    { kind: 'finding', ref: 'ms-safety-and-rights-priority', status: 'accepted' },
  ],
});

/** The case as exported (an 'assessment-produced' entry), then reviewed with makeReviewRecord, as the supervisor screen does. */
function reviewedLog(reviewInput: ReviewInput = returned, reviewed: CaseFile = caseFile): LogEntry[] {
  return reviewRecordOf({ ...reviewed, log: producedLog(reviewed, rules) }, rules, reviewInput).caseFile.log;
}

const byQuestion = (log: LogEntry[], judged = assessment) => Object.fromEntries(returnedQueries(log, judged, rules)?.byQuestion ?? []);

describe('returnedQueries with no return to show', () => {
  it('is undefined with no decision in the log', () => {
    expect(returnedQueries([], assessment, rules)).toBeUndefined();
    const produced = reviewedLog().slice(0, 1);
    expect(produced[0]!.kind).toBe('assessment-produced');
    expect(returnedQueries(produced, assessment, rules)).toBeUndefined();
  });

  it('is undefined when the newest decision approved the case', () => {
    expect(returnedQueries(reviewedLog({ ...returned, decision: 'approve' }), assessment, rules)).toBeUndefined();
    expect(returnedQueries(reviewedLog({ ...returned, decision: 'refuse', reviewDate: undefined }), assessment, rules)).toBeUndefined();
  });

  it('is undefined once a later decision approves a returned case', () => {
    const log = appendEntry(reviewedLog(), reviewToLogEntry(Review.parse({ ...returned, decision: 'approve', items: [] }), '2026-03-10T09:00:00Z'));
    expect(returnedQueries(log, assessment, rules)).toBeUndefined();
  });
});

describe('returnedQueries on a case returned by a supervisor', () => {
  const log = reviewedLog();

  it('says who returned it, when and why, and lists only the queried items', () => {
    const queries = returnedQueries(log, assessment, rules);
    expect(queries).toMatchObject({
      returnedBy: 'Superintendent A. Reyes',
      returnedOn: '2026-03-06',
      summary: log.at(-1)!.summary,
      items: [
        { kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'queried', comment: PARTNER_QUERY },
        { kind: 'checklist', ref: 'ad-chain-of-custody-missing#1', status: 'queried', comment: CUSTODY_QUERY },
      ],
    });
    expect(queries?.summary).toMatch(/^Returned for more work: The partner protocol is missing\. .*2 items queried$/);
  });

  it('places each query next to the questions behind the facts recorded at review time', () => {
    expect(byQuestion(log)).toEqual({
      'intervention.partnerProtocol': [PARTNER_QUERY],
      // derived.migrantsAtRisk summarises these two questions.
      'people.migrantsPhysicallyInvolved': [PARTNER_QUERY],
      'techniques.controlledDelivery.carries': [PARTNER_QUERY],
      // The checklist item's rule raised no finding: every fact the rule reads.
      'admissibility.evidenceForCourt': [CUSTODY_QUERY],
      'admissibility.chainOfCustody': [CUSTODY_QUERY],
    });
  });

  it('recorded those facts in the log entry itself', () => {
    const queries = log.at(-1)!.details!.queries as { ref: string; facts: string[] }[];
    expect(queries.map(({ ref, facts }) => [ref, facts])).toEqual([
      ['vw-partner-protocol-missing', ['derived.migrantsAtRisk', 'intervention.partnerProtocol']],
      ['ad-chain-of-custody-missing#1', ['admissibility.evidenceForCourt', 'admissibility.chainOfCustody']],
    ]);
  });

  it('keeps them in place after the investigator changes the answers, so the finding no longer fires', () => {
    const fixed: CaseFile = { ...caseFile, intervention: { ...caseFile.intervention, partnerProtocol: 'yes' }, log };
    const now = evaluate(fixed, rules);
    expect(now.findings.map((finding) => finding.ruleId)).not.toContain('vw-partner-protocol-missing');
    expect(byQuestion(log, now)).toEqual(byQuestion(log));
  });

  it('shows the queries of a return after later entries that are not decisions', () => {
    const later = appendEntry(log, { at: '2026-03-07T10:00:00Z', kind: 'assessment-produced', by: 'Investigating team', summary: 'Checklist produced again' });
    expect(byQuestion(later)).toEqual(byQuestion(log));
  });

  it('shows only the newest return’s queries when a case is returned twice', () => {
    const second = Review.parse({
      ...returned,
      reviewedAt: '2026-03-12',
      items: [{ kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'queried', comment: 'Still no signed protocol' }],
    });
    const twice = appendEntry(log, reviewToLogEntry(second, '2026-03-12T09:00:00Z', { assessment, ruleSet: rules }));
    const queries = returnedQueries(twice, assessment, rules);
    expect(queries?.returnedOn).toBe('2026-03-12');
    expect(Object.fromEntries(queries!.byQuestion)).toEqual({
      'intervention.partnerProtocol': ['Still no signed protocol'],
      'people.migrantsPhysicallyInvolved': ['Still no signed protocol'],
      'techniques.controlledDelivery.carries': ['Still no signed protocol'],
    });
  });

  it('lists a comment once on a question two queried items share', () => {
    const shared = reviewedLog({
      ...returned,
      items: [
        { kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'queried', comment: 'Who looks after the migrants?' },
        { kind: 'finding', ref: 'ms-safety-and-rights-priority', status: 'queried', comment: 'Who looks after the migrants?' },
        { kind: 'finding', ref: 'vw-migrants-are-witnesses-not-suspects', status: 'queried', comment: 'Brief the team on this' },
      ],
    });
    expect(byQuestion(shared)['people.migrantsPhysicallyInvolved']).toEqual(['Who looks after the migrants?', 'Brief the team on this']);
  });
});

describe('returnedQueries on older or damaged logs', () => {
  it('places the queries of an older entry without `facts` by the current assessment and rules', () => {
    const review = Review.parse(returned);
    const older = appendEntry([], reviewToLogEntry(review, '2026-03-06T16:45:00Z'));
    const queries = older[0]!.details!.queries as Record<string, unknown>[];
    expect(queries.every((query) => !('facts' in query))).toBe(true);
    const expected = new Map<string, string[]>();
    for (const [fact, comments] of queriesByFact(review, assessment, rules)) {
      for (const question of questionsOfFact(fact)) expected.set(question, [...(expected.get(question) ?? []), ...comments]);
    }
    expect(byQuestion(older)).toEqual(Object.fromEntries(expected));
    expect(byQuestion(older)).toEqual(byQuestion(reviewedLog()));
  });

  it('keeps a query that cannot be placed under the general heading', () => {
    const entry = reviewToLogEntry(
      Review.parse({ ...returned, items: [{ kind: 'checklist', ref: 'no-such-item#1', status: 'queried', comment: 'What is this?' }] }),
      '2026-03-06T16:45:00Z',
      { assessment, ruleSet: rules },
    );
    expect(byQuestion(appendEntry([], entry))).toEqual({ [GENERAL_QUERIES]: ['What is this?'] });
    // The same entry from before facts were recorded.
    const older = reviewToLogEntry(Review.parse({ ...returned, items: [{ kind: 'checklist', ref: 'no-such-item#1', status: 'queried', comment: 'What is this?' }] }));
    expect(byQuestion(appendEntry([], older))).toEqual({ [GENERAL_QUERIES]: ['What is this?'] });
  });

  it('skips malformed queries and shows the others', () => {
    const entry = reviewToLogEntry(Review.parse(returned), '2026-03-06T16:45:00Z', { assessment, ruleSet: rules });
    const good = (entry.details!.queries as LogEntry['details'][])[0]!;
    const details = {
      ...entry.details,
      queries: [
        'Which NGO?',
        null,
        { kind: 'finding', ref: 'vw-partner-protocol-missing', comment: '' },
        { kind: 'rumour', ref: 'x', comment: 'Nope' },
        { kind: 'finding', comment: 'No ref' },
        { kind: 'finding', ref: 'vw-partner-protocol-missing', comment: 'Facts are not a list', facts: 'intervention.partnerProtocol' },
        good,
      ],
    };
    const queries = returnedQueries(appendEntry([], { ...entry, details }), assessment, rules);
    expect(queries?.items).toEqual([{ kind: 'finding', ref: 'vw-partner-protocol-missing', comment: PARTNER_QUERY, status: 'queried' }]);
    expect(Object.keys(Object.fromEntries(queries!.byQuestion)).sort()).toEqual([
      'intervention.partnerProtocol',
      'people.migrantsPhysicallyInvolved',
      'techniques.controlledDelivery.carries',
    ]);
  });

  it('still reports the return when its queries are not a list at all', () => {
    const { queries: _queries, ...withoutQueries } = reviewToLogEntry(Review.parse(returned)).details!;
    const entry = reviewToLogEntry(Review.parse(returned));
    for (const details of [withoutQueries, { ...withoutQueries, queries: 'none' }, { ...withoutQueries, queries: { 0: 'x' } }, { ...withoutQueries, queries: null }]) {
      const result = returnedQueries(appendEntry([], { ...entry, details }), assessment, rules);
      expect(result?.returnedBy).toBe('Superintendent A. Reyes');
      expect(result?.items).toEqual([]);
      expect(result?.byQuestion.size).toBe(0);
    }
  });
});

describe('questionsOfFact', () => {
  it('expands the facts that summarise several questions, and leaves others as they are', () => {
    expect(questionsOfFact('derived.migrantsAtRisk')).toEqual(['people.migrantsPhysicallyInvolved', 'techniques.controlledDelivery.carries']);
    expect(questionsOfFact('derived.dangerousJourney')).toEqual(['people.journey']);
    expect(questionsOfFact('derived.foreignStateWithoutFormalCooperation')).toEqual(['derived.foreignStateWithoutFormalCooperation']);
    expect(questionsOfFact('intervention.partnerProtocol')).toEqual(['intervention.partnerProtocol']);
  });
});
