import { describe, expect, it } from 'vitest';
import { appendEntry } from '../../domain/decision-log.ts';
import { evaluate } from '../../domain/evaluate.ts';
import { questionsOfFact, returnedQueries } from '../../domain/returned-queries.ts';
import { GENERAL_QUERIES, reviewToLogEntry } from '../../domain/review.ts';
import { Review } from '../../domain/review.schema.ts';
import type { Condition } from '../../domain/rule.schema.ts';
import { STEPS } from '../../machine/steps.ts';
import { realRules } from '../../../tests/support/assess.ts';
import { fixtureCase } from '../../../tests/support/pdf-input.ts';
import { returnReview } from '../../../tests/support/review.ts';
import { STEP_FIELDS } from './step-fields.ts';
import { queriesOnStep, stepOfQuestion, stepsWithQueries } from './step-queries.ts';

const JOURNEY_FIELDS = [
  'people.journey.modes',
  'people.journey.concealedInVehicleOrContainer',
  'people.journey.atSea',
  'people.journey.overloadedOrUnseaworthyVessel',
  'people.journey.hazardousTerrainOnFoot',
  'people.journey.withoutAirWaterOrFood',
];
const FORMAL_COOPERATION_QUESTION =
  'Is there another state with neither a mutual legal assistance request nor a joint investigation team? (answer for each state)';

const queries = new Map<string, string[]>([
  ['intervention.partnerProtocol', ['Which NGO receives the migrants?']],
  ['people.journey', ['How long are they in the lorry?']],
  ['people.children.present', ['How many children?']],
  ['derived.foreignStateWithoutFormalCooperation', ['Send the MLA request to Austria first']],
  [GENERAL_QUERIES, ['Rewrite the objectives']],
]);

describe('queriesOnStep', () => {
  it('puts a query on a question next to that question', () => {
    const step = queriesOnStep('intervention', queries);
    expect(Object.fromEntries(step.byField)).toEqual({ 'intervention.partnerProtocol': ['Which NGO receives the migrants?'] });
    expect(step.onStep).toEqual([]);
  });

  it('puts a query on a group of questions next to each question of the group', () => {
    const step = queriesOnStep('people', queries);
    expect(Object.fromEntries(step.byField)).toEqual({
      ...Object.fromEntries(JOURNEY_FIELDS.map((field) => [field, ['How long are they in the lorry?']])),
      'people.children.present': ['How many children?'],
    });
    expect(step.onStep).toEqual([]);
  });

  it('collects the comments of several queries on the same field', () => {
    const step = queriesOnStep(
      'people',
      new Map([
        ['people.journey', ['How long are they in the lorry?']],
        ['people.journey.atSea', ['Is there a sea leg?']],
      ]),
    );
    expect(step.byField.get('people.journey.atSea')).toEqual(['How long are they in the lorry?', 'Is there a sea leg?']);
    expect(step.byField.get('people.journey.modes')).toEqual(['How long are they in the lorry?']);
  });

  it('puts a query on a fact about the list of states at the top of the cooperation step, in the words of the question', () => {
    const step = queriesOnStep('cooperation', queries);
    expect(step.byField.size).toBe(0);
    expect(step.onStep).toEqual([{ about: FORMAL_COOPERATION_QUESTION, comments: ['Send the MLA request to Austria first'] }]);
  });

  it('puts a query about the case as a whole at the top of the review step', () => {
    expect(queriesOnStep('review', queries)).toEqual({ byField: new Map(), onStep: [{ about: 'The case as a whole', comments: ['Rewrite the objectives'] }] });
  });

  it('shows nothing on a step no query concerns', () => {
    for (const step of ['operation', 'legality', 'export'] as const) expect(queriesOnStep(step, queries)).toEqual({ byField: new Map(), onStep: [] });
  });

  it('shows every query exactly once somewhere', () => {
    const shown = STEPS.flatMap((step) => {
      const { byField, onStep } = queriesOnStep(step, queries);
      return [...[...byField.keys()].map((field) => `${step} ${field}`), ...onStep.map(({ about }) => `${step} ${about}`)];
    });
    expect(shown.sort()).toEqual(
      [
        'intervention intervention.partnerProtocol',
        ...JOURNEY_FIELDS.map((field) => `people ${field}`),
        'people people.children.present',
        `cooperation ${FORMAL_COOPERATION_QUESTION}`,
        'review The case as a whole',
      ].sort(),
    );
  });
});

describe('stepOfQuestion', () => {
  it('finds the step that asks a question, or the questions under a path', () => {
    expect(stepOfQuestion('intervention.partnerProtocol')).toBe('intervention');
    expect(stepOfQuestion('people.journey')).toBe('people');
    expect(stepOfQuestion('techniques.controlledDelivery.carries')).toBe('controlled-delivery');
    expect(stepOfQuestion('techniques.controlledDelivery')).toBe('controlled-delivery');
    expect(stepOfQuestion('basis.corroborated')).toBe('operation');
  });

  it('sends derived facts about the states to the step that edits them', () => {
    expect(stepOfQuestion('derived.foreignStateWithoutFormalCooperation')).toBe('cooperation');
    expect(stepOfQuestion('derived.foreignStateWithInformalContactOnly')).toBe('cooperation');
    expect(stepOfQuestion('derived.multiState')).toBe('operation');
    expect(stepOfQuestion('derived.techniqueProhibitedOnRoute.controlledDelivery')).toBe('operation');
  });

  it('sends the case as a whole, and anything it cannot place, to the review step', () => {
    expect(stepOfQuestion(GENERAL_QUERIES)).toBe('review');
    expect(stepOfQuestion('no.such.question')).toBe('review');
  });

  it('does not take a question for another that merely starts with the same letters', () => {
    // 'people.children' is a group; 'people.child' is not a prefix of it in the path sense.
    expect(stepOfQuestion('people.child')).toBe('review');
    expect(queriesOnStep('people', new Map([['people.child', ['x']]])).byField.size).toBe(0);
  });
});

describe('stepsWithQueries', () => {
  it('lists the steps that carry at least one query, once each', () => {
    expect([...stepsWithQueries(queries)].sort()).toEqual(['cooperation', 'intervention', 'people', 'review']);
    expect(stepsWithQueries(new Map()).size).toBe(0);
  });
});

describe('with the real rules', () => {
  const rules = realRules();

  it('places a query on any fact a rule reads on a step that asks it, never only under “review”', () => {
    const facts = new Set<string>();
    const read = (condition: Condition): void => {
      if ('all' in condition) condition.all.forEach(read);
      else if ('any' in condition) condition.any.forEach(read);
      else if ('not' in condition) read(condition.not);
      else facts.add(condition.fact);
    };
    for (const rule of rules.modules.flatMap((ruleModule) => ruleModule.rules)) {
      read(rule.when);
      if (rule.appliesWhen) read(rule.appliesWhen);
    }
    expect(facts.size).toBeGreaterThan(50);
    const lost = [...facts].flatMap((fact) =>
      questionsOfFact(fact).filter((question) => {
        const step = stepOfQuestion(question);
        const shown = queriesOnStep(step, new Map([[question, ['Query']]]));
        return step === 'review' || shown.byField.size + shown.onStep.length === 0;
      }),
    );
    expect(lost).toEqual([]);
  });

  it('shows a returned case’s query next to every question the finding rests on', () => {
    const caseFile = fixtureCase('overland-lorry-network');
    const assessment = evaluate(caseFile, rules);
    const review = Review.parse(
      returnReview(caseFile, rules, {
        items: [{ kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'queried', comment: 'Which NGO?' }],
      }),
    );
    const log = appendEntry([], reviewToLogEntry(review, '2026-03-06T16:45:00Z', { assessment, ruleSet: rules }));
    const byQuestion = returnedQueries(log, assessment, rules)!.byQuestion;
    expect([...stepsWithQueries(byQuestion)].sort()).toEqual(['controlled-delivery', 'intervention', 'people']);
    expect(queriesOnStep('people', byQuestion).byField.get('people.migrantsPhysicallyInvolved')).toEqual(['Which NGO?']);
    expect(queriesOnStep('controlled-delivery', byQuestion).byField.get('techniques.controlledDelivery.carries')).toEqual(['Which NGO?']);
    expect(queriesOnStep('intervention', byQuestion).byField.get('intervention.partnerProtocol')).toEqual(['Which NGO?']);
  });

  it('asks every field of a step only once, so a query cannot be shown twice on it', () => {
    for (const [step, items] of Object.entries(STEP_FIELDS)) {
      const fields = items.filter((item): item is string => typeof item === 'string');
      expect(new Set(fields).size, step).toBe(fields.length);
    }
  });
});
