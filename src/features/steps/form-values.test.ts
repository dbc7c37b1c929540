import { describe, expect, it } from 'vitest';
import { emptyAnswers, mergeAnswers } from '../../machine/answers.ts';
import { formDefaults, stepSetup } from './form-values.ts';
import { STEP_FIELDS } from './step-fields.ts';

describe('a step form starts', () => {
  it("from its own sections only, every question unanswered, the user's answers on top", () => {
    const answers = mergeAnswers(emptyAnswers(), { people: { riskToLife: 'yes' }, legality: { legalBasis: 'yes' } });
    const { sections } = stepSetup(STEP_FIELDS.people!);
    const defaults = formDefaults(answers, sections) as { people: Record<string, unknown> };
    expect(Object.keys(defaults)).toEqual(['people']);
    expect(defaults.people.riskToLife).toBe('yes');
    expect(defaults.people.migrantsPhysicallyInvolved).toBe('unknown');
    const untouched = formDefaults(emptyAnswers(), sections) as { people: Record<string, unknown> };
    expect(untouched.people.riskToLife).toBe('unknown');
  });

  it('from the operation and where the information came from, for the first step', () => {
    const { sections } = stepSetup(STEP_FIELDS.operation!);
    expect(sections).toEqual(['operation', 'basis']);
    const defaults = formDefaults(emptyAnswers(), sections) as { operation: { codename: string }; basis: { corroborated: string } };
    expect(defaults.operation.codename).toBe('');
    expect(defaults.basis.corroborated).toBe('unknown');
  });

  it('with one checker per step, made once', () => {
    expect(stepSetup(STEP_FIELDS.people!)).toBe(stepSetup(STEP_FIELDS.people!));
  });
});
