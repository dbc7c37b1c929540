import { describe, expect, it } from 'vitest';
import { CaseFile } from './case.schema.ts';
import { evaluateCondition } from './evaluate-condition.ts';
import { deriveFacts } from './facts.ts';
import type { Condition } from './rule.schema.ts';

const facts = deriveFacts(
  CaseFile.parse({
    schemaVersion: 1,
    operation: { codename: 'LOGIC' },
    people: { migrantsPhysicallyInvolved: 'yes', migrantCount: 12, children: { present: 'no' } },
    techniques: { selected: ['controlledDelivery'], controlledDelivery: { carries: ['persons', 'money'] } },
  }),
);
const yes: Condition = { fact: 'people.migrantsPhysicallyInvolved', op: 'eq', value: 'yes' };
const no: Condition = { fact: 'people.children.present', op: 'eq', value: 'yes' };
const unknown: Condition = { fact: 'people.pregnantWomen', op: 'eq', value: 'yes' };
const truth = (condition: Condition) => evaluateCondition(condition, facts).truth;

describe('three-valued conditions', () => {
  it('reads an unanswered fact as unknown, never as no', () => {
    expect(truth(unknown)).toBe('unknown');
    expect(truth({ fact: 'people.pregnantWomen', op: 'ne', value: 'yes' })).toBe('unknown');
    expect(evaluateCondition(unknown, facts).unknownFacts).toEqual(['people.pregnantWomen']);
  });

  it('lets known facts decide all/any before unknown ones (Kleene logic)', () => {
    expect(truth({ all: [yes, unknown] })).toBe('unknown');
    expect(truth({ all: [no, unknown] })).toBe('false');
    expect(truth({ any: [yes, unknown] })).toBe('true');
    expect(truth({ any: [no, unknown] })).toBe('unknown');
    expect(truth({ not: unknown })).toBe('unknown');
    expect(truth({ not: no })).toBe('true');
  });

  it('explains a true result with the facts that made it true', () => {
    const result = evaluateCondition({ any: [no, yes, unknown] }, facts);
    expect(result.because.map((check) => [check.fact, check.actual])).toEqual([
      ['people.migrantsPhysicallyInvolved', 'yes'],
    ]);
    expect(result.because[0]?.question).toBe('Will migrants be physically present during the operation?');
  });

  it('compares numbers, lists and derived facts', () => {
    expect(truth({ fact: 'people.migrantCount', op: 'gte', value: 10 })).toBe('true');
    expect(truth({ fact: 'people.children.count', op: 'gt', value: 0 })).toBe('unknown');
    expect(truth({ fact: 'techniques.controlledDelivery.carries', op: 'includes', value: 'persons' })).toBe('true');
    expect(truth({ fact: 'techniques.controlledDelivery.carries', op: 'excludes', value: 'goods' })).toBe('true');
    expect(truth({ fact: 'people.journey.modes', op: 'includes', value: 'sea' })).toBe('unknown');
    expect(truth({ fact: 'people.journey.modes', op: 'isEmpty' })).toBe('true');
    expect(truth({ fact: 'derived.migrantsAtRisk', op: 'eq', value: 'yes' })).toBe('true');
    expect(truth({ fact: 'legality.authorisingAuthority', op: 'in', value: ['none', 'senior-officer'] })).toBe('unknown');
  });
});
