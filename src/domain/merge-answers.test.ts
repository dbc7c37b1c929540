import { describe, expect, it } from 'vitest';
import { mergeAnswers } from './merge-answers.ts';

describe('merging a patch into answers', () => {
  it('merges objects key by key, and lists and plain values replace', () => {
    const answers = {
      schemaVersion: 1,
      people: { children: { present: 'no', count: 0 }, journey: { modes: ['sea', 'land-vehicle'] } },
    };
    const merged = mergeAnswers(answers, { people: { children: { present: 'yes' }, journey: { modes: ['sea'] } } });
    expect(merged).toEqual({
      schemaVersion: 1,
      people: { children: { present: 'yes', count: 0 }, journey: { modes: ['sea'] } },
    });
  });

  it('changes neither input and shares nothing with them', () => {
    const answers = { operation: { states: [{ name: 'Ruritania' }] } };
    const patch = { people: { journey: { modes: ['sea'] } } };
    const merged = mergeAnswers(answers, patch);
    (merged.operation.states[0] as { name: string }).name = 'changed';
    ((merged as unknown as { people: { journey: { modes: string[] } } }).people.journey.modes).push('air');
    expect(answers).toEqual({ operation: { states: [{ name: 'Ruritania' }] } });
    expect(patch).toEqual({ people: { journey: { modes: ['sea'] } } });
  });

  it('a value replaces an object and an object replaces a value', () => {
    expect(mergeAnswers({ people: 'x' }, { people: { riskToLife: 'yes' } })).toEqual({ people: { riskToLife: 'yes' } });
    expect(mergeAnswers({ people: { riskToLife: 'yes' } }, { people: null })).toEqual({ people: null });
  });

  it('an undefined value clears the answer', () => {
    const merged = mergeAnswers({ people: { migrantCount: 40, riskToLife: 'yes' } }, { people: { migrantCount: undefined } });
    expect(JSON.parse(JSON.stringify(merged))).toEqual({ people: { riskToLife: 'yes' } });
  });

  it('ignores keys that could reach the prototype', () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "people": {"constructor": {"x": 1}}}') as Record<string, unknown>;
    const merged: Record<string, unknown> = mergeAnswers({}, patch);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(merged.people as object)).toEqual([]);
  });
});
