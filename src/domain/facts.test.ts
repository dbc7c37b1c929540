import { describe, expect, it } from 'vitest';
import { CaseFile, type CaseFileInput } from './case.schema.ts';
import { deriveFacts } from './facts.ts';

const derived = (input: Omit<CaseFileInput, 'schemaVersion'>) =>
  deriveFacts(CaseFile.parse({ schemaVersion: 1, ...input })).derived;
const state = (name: string, extra: Record<string, unknown> = {}) => ({ name, role: 'transit' as const, ...extra });

describe('derived facts', () => {
  it('says a technique is prohibited on the route when any state prohibits it', () => {
    const facts = derived({
      operation: {
        codename: 'A',
        states: [
          state('Ruritania', { investigating: true, techniquePermitted: { controlledDelivery: 'permitted' } }),
          state('Borduria', { techniquePermitted: { controlledDelivery: 'prohibited' } }),
          state('Syldavia'),
        ],
      },
    });
    expect(facts.techniqueProhibitedOnRoute.controlledDelivery).toBe('yes');
    expect(facts.techniqueProhibitedOnRoute.informant).toBe('unknown');
    expect(facts.multiState).toBe(true);
    expect(facts.foreignStateCount).toBe(2);
  });

  it('is unknown, not no, while any state has not been checked', () => {
    const facts = derived({
      operation: {
        codename: 'A',
        states: [state('Ruritania', { techniquePermitted: { informant: 'permitted' } }), state('Borduria')],
      },
    });
    expect(facts.techniqueProhibitedOnRoute.informant).toBe('unknown');
  });

  it('finds a foreign state reached only through informal police contact', () => {
    const facts = derived({
      operation: {
        codename: 'A',
        states: [
          state('Ruritania', { investigating: true, cooperation: { informalPoliceContactOnly: 'yes' } }),
          state('Borduria', {
            cooperation: { informalPoliceContactOnly: 'yes', mutualLegalAssistance: 'no', jointInvestigationTeam: 'no' },
          }),
        ],
      },
    });
    expect(facts.foreignStateWithInformalContactOnly).toBe('yes');
    expect(facts.foreignStateWithoutFormalCooperation).toBe('yes');
  });

  it('treats a controlled delivery of persons as migrants at risk', () => {
    expect(
      derived({
        operation: { codename: 'A' },
        people: { migrantsPhysicallyInvolved: 'no' },
        techniques: { selected: ['controlledDelivery'], controlledDelivery: { carries: ['persons'] } },
      }).migrantsAtRisk,
    ).toBe('yes');
    expect(derived({ operation: { codename: 'A' }, people: { migrantsPhysicallyInvolved: 'no' } }).migrantsAtRisk).toBe(
      'no',
    );
    expect(derived({ operation: { codename: 'A' } }).migrantsAtRisk).toBe('unknown');
  });

  it('summarises dangerous journeys and trafficking indicators', () => {
    const facts = derived({
      operation: { codename: 'A' },
      people: { journey: { atSea: 'yes' }, traffickingIndicators: { debtBondage: 'no', violence: 'no' } },
    });
    expect(facts.dangerousJourney).toBe('yes');
    expect(facts.traffickingIndicated).toBe('unknown');
  });
});

describe('derived facts about other states', () => {
  it('says no, not unknown, when every listed state is the investigating one', () => {
    const facts = derived({ operation: { codename: 'A', states: [state('Ruritania', { investigating: true })] } });
    expect(facts.foreignStateWithInformalContactOnly).toBe('no');
    expect(facts.foreignStateWithoutFormalCooperation).toBe('no');
    expect(derived({ operation: { codename: 'A' } }).foreignStateWithInformalContactOnly).toBe('unknown');
  });
});
