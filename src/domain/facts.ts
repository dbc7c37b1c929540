import { z } from 'zod';
import { Answer, CaseFile, TECHNIQUES, type Technique } from './case.schema.ts';

/**
 * Facts are what rules read: the case file as answered, plus a few derived facts
 * that summarise lists (for example "does any state on the route prohibit
 * controlled delivery?") so that rule files stay simple declarative data.
 */
const derivedAnswer = (meaning: string) => Answer.describe(meaning);

export const DerivedFacts = z.object({
  multiState: z.boolean().describe('Is more than one state involved?'),
  foreignStateCount: z.number().describe('How many states other than the investigating state are involved?'),
  techniqueProhibitedOnRoute: z.object({
    informant: derivedAnswer('Does any state involved prohibit informants? (answer for each state)'),
    undercoverOfficer: derivedAnswer('Does any state involved prohibit undercover officers? (answer for each state)'),
    electronicSurveillance: derivedAnswer('Does any state involved prohibit electronic surveillance? (answer for each state)'),
    controlledDelivery: derivedAnswer('Does any state involved prohibit controlled delivery? (answer for each state)'),
  }),
  authorisationMissingInAState: derivedAnswer('Is authorisation still missing in any state involved? (answer for each state)'),
  foreignStateWithInformalContactOnly: derivedAnswer(
    'Does cooperation with any other state rest on informal police contact only? (answer for each state)',
  ),
  foreignStateWithoutFormalCooperation: derivedAnswer(
    'Is there another state with neither a mutual legal assistance request nor a joint investigation team? (answer for each state)',
  ),
  migrantsAtRisk: derivedAnswer('Will migrants be physically present, or moved in a controlled delivery?'),
  dangerousJourney: derivedAnswer('Do the migrants travel in dangerous conditions? (see the journey questions)'),
  traffickingIndicated: derivedAnswer('Are there signs of trafficking in persons? (see the trafficking questions)'),
  vulnerablePeoplePresent: derivedAnswer(
    'Are children, pregnant women, women with children or other vulnerable people involved?',
  ),
});
export type DerivedFacts = z.infer<typeof DerivedFacts>;

// The decision log is history about the case, not an answer: no rule may read it.
export const Facts = CaseFile.omit({ log: true }).extend({ derived: DerivedFacts });
export type Facts = z.infer<typeof Facts>;

/** Three-valued "any": yes if one is yes, no if all are no, otherwise unknown. */
export function anyYes(answers: readonly Answer[]): Answer {
  if (answers.includes('yes')) return 'yes';
  if (answers.length > 0 && answers.every((answer) => answer === 'no')) return 'no';
  return 'unknown';
}

export function deriveFacts(caseFile: CaseFile): Facts {
  const { operation, people, techniques } = caseFile;
  const states = operation.states;
  const foreignStates = states.filter((state) => !state.investigating);
  const carriesPersons: Answer = techniques.controlledDelivery.carries.includes('persons')
    ? 'yes'
    : techniques.controlledDelivery.carries.length > 0
      ? 'no'
      : 'unknown';
  const cdChosen = techniques.selected.includes('controlledDelivery');

  // With states listed but none foreign, "any foreign state…" is a plain no, not unknown.
  const overForeignStates = (answers: Answer[]): Answer =>
    states.length > 0 && foreignStates.length === 0 ? 'no' : anyYes(answers);

  const prohibitedOnRoute = (technique: Technique): Answer =>
    anyYes(
      states.map((state) => {
        const permission = state.techniquePermitted[technique];
        return permission === 'prohibited' ? 'yes' : permission === 'permitted' ? 'no' : 'unknown';
      }),
    );

  const derived: DerivedFacts = {
    multiState: states.length > 1,
    foreignStateCount: foreignStates.length,
    techniqueProhibitedOnRoute: Object.fromEntries(
      TECHNIQUES.map((technique) => [technique, prohibitedOnRoute(technique)]),
    ) as DerivedFacts['techniqueProhibitedOnRoute'],
    authorisationMissingInAState: anyYes(states.map((state) => negate(state.authorisationObtained))),
    foreignStateWithInformalContactOnly: overForeignStates(
      foreignStates.map((state) => state.cooperation.informalPoliceContactOnly),
    ),
    foreignStateWithoutFormalCooperation: overForeignStates(
      foreignStates.map((state) =>
        negate(anyYes([state.cooperation.mutualLegalAssistance, state.cooperation.jointInvestigationTeam])),
      ),
    ),
    migrantsAtRisk: anyYes([people.migrantsPhysicallyInvolved, cdChosen ? carriesPersons : 'no']),
    dangerousJourney: anyYes(Object.values(people.journey).filter(isAnswer)),
    traffickingIndicated: anyYes(Object.values(people.traffickingIndicators)),
    vulnerablePeoplePresent: anyYes([
      people.children.present,
      people.pregnantWomen,
      people.womenWithChildren,
      people.otherVulnerable,
    ]),
  };
  const { log: _log, ...answers } = caseFile;
  return { ...answers, derived };
}

function negate(answer: Answer): Answer {
  return answer === 'yes' ? 'no' : answer === 'no' ? 'yes' : 'unknown';
}

function isAnswer(value: unknown): value is Answer {
  return Answer.safeParse(value).success;
}
