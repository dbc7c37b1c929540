import { describe, expect, it } from 'vitest';
import { fieldKind, stateCatalogue } from './field-kind.ts';
import { STEP_FIELDS } from './step-fields.ts';

describe('how each question is asked', () => {
  it('finds a question for every field of every step', () => {
    const paths = Object.values(STEP_FIELDS).flat().filter((item): item is string => typeof item === 'string');
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) expect(() => fieldKind(path)).not.toThrow();
  });

  it('reads the control from the schema', () => {
    expect(fieldKind('intervention.rescueTeam')).toEqual({ kind: 'answer', question: 'Is a rescue team ready?' });
    expect(fieldKind('role', stateCatalogue())).toMatchObject({ kind: 'choice', options: ['origin', 'transit', 'destination', 'other'] });
    expect(fieldKind('investigating', stateCatalogue()).kind).toBe('flag');
    expect(fieldKind('techniques.selected')).toMatchObject({ kind: 'multi-choice', options: ['informant', 'undercoverOfficer', 'electronicSurveillance', 'controlledDelivery'] });
    expect(fieldKind('operation.offences').kind).toBe('lines');
    expect(fieldKind('people.migrantCount').kind).toBe('count');
    expect(fieldKind('legality.authorisedUntil').kind).toBe('date');
    expect(fieldKind('operation.objectives')).toMatchObject({ kind: 'text', long: true });
    expect(fieldKind('operation.codename')).toMatchObject({ kind: 'text', long: false });
  });
});
