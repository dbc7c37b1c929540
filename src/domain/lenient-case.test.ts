import { describe, expect, it } from 'vitest';
import { caseForAssessment, PLACEHOLDER_CODENAME } from './lenient-case.ts';

describe('reading answers that are still being typed', () => {
  it('keeps valid answers and sets aside invalid ones as unanswered', () => {
    const answers = {
      schemaVersion: 1,
      operation: { codename: '', states: [{ name: 'Ruritania', role: 'origin' }, { name: '', role: 'transit' }] },
      people: { migrantCount: -2, riskToLife: 'yes' },
      legality: { authorisedUntil: '31/12' },
    };
    const { caseFile, setAside } = caseForAssessment(answers);
    expect(caseFile.operation.codename).toBe(PLACEHOLDER_CODENAME);
    expect(caseFile.operation.states.map((state) => state.name)).toEqual(['Ruritania']);
    expect(caseFile.people.riskToLife).toBe('yes');
    expect(caseFile.people.migrantCount).toBeNull();
    expect(caseFile.legality.authorisedUntil).toBe('');
    expect(setAside).toEqual(expect.arrayContaining(['operation.codename', 'people.migrantCount', 'legality.authorisedUntil']));
    expect(answers.people.migrantCount).toBe(-2);
  });

  it('copes with answers that are not an object at all', () => {
    expect(caseForAssessment(null).caseFile.operation.codename).toBe(PLACEHOLDER_CODENAME);
    expect(caseForAssessment({ schemaVersion: 1, operation: 'x', people: [] }).caseFile.people.riskToLife).toBe('unknown');
  });
});
