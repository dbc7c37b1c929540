import { describe, it, expect } from 'vitest';
import {
  assess,
  caseOf,
  checklistTexts,
  finding,
  findingIds,
  moduleFindingIds,
  neededBy,
  risk,
  type CaseOverrides,
} from '../support/assess.ts';
import { CLEAN_FOR_COURT, fromBaseline } from '../support/clean-case.ts';
import type { Assessment } from '../../src/domain/assessment.schema.ts';

/**
 * International cooperation (SIT background paper 2013, paras 16, 19, 28-30; challenges
 * paper 2012, paras 17, 21; UNODC activities 2010, paras 7-12, 23; consolidated
 * recommendations 2015, paras 50-62, 68, 73-74; multi-agency paper 2013, paras 7-14, 23).
 * Every case starts from answers that are clean for the international-cooperation and
 * admissibility modules and changes only what the paragraph is about.
 */
const permittedEverywhere = {
  informant: 'permitted',
  undercoverOfficer: 'permitted',
  electronicSurveillance: 'permitted',
  controlledDelivery: 'permitted',
} as const;

const HOME = {
  name: 'Aland',
  role: 'destination',
  investigating: true,
  techniquePermitted: permittedEverywhere,
  authorisationObtained: 'yes',
} as const;

const transit = (cooperation: Record<string, string>, techniquePermitted: Record<string, string> = permittedEverywhere) => ({
  name: 'Borduria',
  role: 'transit',
  investigating: false,
  techniquePermitted,
  authorisationObtained: 'yes',
  cooperation: { mutualLegalAssistance: 'yes', jointInvestigationTeam: 'no', informalPoliceContactOnly: 'no', ...cooperation },
});

const CLEAN: CaseOverrides = caseOf(CLEAN_FOR_COURT, {
  operation: {
    objectives: 'Identify the organisers of the network',
    states: [HOME, transit({})] as never,
  },
  admissibility: {
    migrantWitnesses: 'no',
    evidenceFromAbroad: 'yes',
    channelForEvidenceFromAbroad: 'mutual-legal-assistance',
  },
});

const ONE_STATE: CaseOverrides = { operation: { states: [HOME] as never } };
const withStates = (...states: unknown[]): CaseOverrides => ({ operation: { states: [HOME, ...states] as never } });

/** The case judged by this module and the admissibility module alone, so verdicts can be asserted exactly. */
const { withClean, ownVerdict } = fromBaseline(CLEAN, ['international-cooperation', 'admissibility']);

const icFindings = (assessment: Assessment) => moduleFindingIds(assessment, 'international-cooperation');
const severityOf = (assessment: Assessment, ruleId: string) => finding(assessment, ruleId)?.severity;

describe('international-cooperation module', () => {
  it('raises nothing on a cross-border case with formal cooperation, coordination and checked law', () => {
    const assessment = withClean();
    expect(icFindings(assessment)).toEqual([]);
    const icQuestions = assessment.openQuestions.filter((q) => q.neededBy.some((need) => need.ruleId.startsWith('ic-')));
    expect(icQuestions).toEqual([]);
    expect(ownVerdict()).toBe('proceed');
  });

  describe('informal police contact must be formalised for court (unodc-activities-2010 para 7; recommendations-2015 para 73)', () => {
    const informal: CaseOverrides = { admissibility: { channelForEvidenceFromAbroad: 'informal-police-contact' } };

    it('escalates when evidence for court comes from abroad through informal police contact only', () => {
      const assessment = withClean(informal);
      expect(findingIds(assessment)).toContain('ic-court-evidence-via-informal-contact');
      expect(severityOf(assessment, 'ic-court-evidence-via-informal-contact')).toBe('high');
      expect(assessment.verdict.reasons).toContain(
        'High: Evidence from another state is meant for court but comes through informal police contact',
      );
      expect(ownVerdict(informal)).toBe('escalate');
    });

    it('also fires when a state on the route cooperates through informal contact only', () => {
      const parts = caseOf(
        { admissibility: { channelForEvidenceFromAbroad: 'unknown' } },
        withStates(transit({ mutualLegalAssistance: 'no', informalPoliceContactOnly: 'yes' })),
      );
      expect(findingIds(withClean(parts))).toContain('ic-court-evidence-via-informal-contact');
      expect(ownVerdict(parts)).toBe('escalate');
    });

    it('does not fire when the evidence comes through mutual legal assistance or a joint investigation team', () => {
      expect(findingIds(withClean())).not.toContain('ic-court-evidence-via-informal-contact');
      const jit = { admissibility: { channelForEvidenceFromAbroad: 'joint-investigation-team' } } as CaseOverrides;
      expect(findingIds(withClean(jit))).not.toContain('ic-court-evidence-via-informal-contact');
    });

    it('lets informal contact serve intelligence that is not meant for court (para 7: both in parallel)', () => {
      const intelligenceOnly = caseOf(informal, { admissibility: { evidenceForCourt: 'no' } });
      expect(findingIds(withClean(intelligenceOnly))).not.toContain('ic-court-evidence-via-informal-contact');
    });

    it('is out of scope when no evidence comes from abroad', () => {
      const assessment = withClean(informal, { admissibility: { evidenceFromAbroad: 'no' } });
      expect(findingIds(assessment)).not.toContain('ic-court-evidence-via-informal-contact');
      expect(risk(assessment, 'ic-evidence-abroad-inadmissible')).toBeUndefined();
    });

    it('asks for the channel when evidence for court comes from abroad and the channel is unknown', () => {
      const assessment = withClean({ admissibility: { channelForEvidenceFromAbroad: 'unknown' } });
      expect(findingIds(assessment)).not.toContain('ic-court-evidence-via-informal-contact');
      expect(neededBy(assessment, 'admissibility.channelForEvidenceFromAbroad')).toContain(
        'ic-court-evidence-via-informal-contact',
      );
      expect(ownVerdict({ admissibility: { channelForEvidenceFromAbroad: 'unknown' } })).toBe('proceed-with-conditions');
    });

    it('puts drafting the mutual legal assistance request on the checklist and scores the risk (paras 8-10)', () => {
      const assessment = withClean(informal);
      expect(checklistTexts(assessment)).toContain(
        'Draft the mutual legal assistance request: highly specific, linked to this investigation, stating precisely the assistance sought and the result needed rather than the method',
      );
      expect(checklistTexts(assessment)).toContain(
        'Send the request through the designated central authority and build its processing time into the operation timetable',
      );
      expect(checklistTexts(assessment)).toContain(
        'Seek the advice of a senior officer, prosecutor or investigating judge before asking another state for assistance',
      );
      const entry = risk(assessment, 'ic-evidence-abroad-inadmissible');
      expect(entry?.confirmed).toBe(true);
      expect(entry?.before.score).toBe(12);
      expect(entry?.after.likelihood).toBe(1);
      expect(entry?.measuresInPlace).toContain('Law of the other states checked');
    });
  });

  describe('a technique legal in one state may be unacceptable in another (sit-2013 para 29)', () => {
    const informant: CaseOverrides = { techniques: { selected: ['informant'] } };
    const prohibiting = (technique: string) =>
      withStates(transit({}, { ...permittedEverywhere, [technique]: 'prohibited' }));

    it('stops an informant operation when a transit state prohibits informants', () => {
      const assessment = withClean(informant, prohibiting('informant'));
      expect(findingIds(assessment)).toContain('ic-technique-prohibited-in-state');
      expect(severityOf(assessment, 'ic-technique-prohibited-in-state')).toBe('blocking');
      expect(assessment.verdict.outcome).toBe('do-not-proceed');
      expect(ownVerdict(informant, prohibiting('informant'))).toBe('do-not-proceed');
    });

    it('applies the same principle to undercover officers and electronic surveillance', () => {
      for (const technique of ['undercoverOfficer', 'electronicSurveillance'] as const) {
        const parts = caseOf({ techniques: { selected: [technique] } }, prohibiting(technique));
        expect(findingIds(withClean(parts))).toContain('ic-technique-prohibited-in-state');
        expect(ownVerdict(parts)).toBe('do-not-proceed');
      }
    });

    it('leaves controlled delivery to the controlled-delivery rules', () => {
      const parts = caseOf({ techniques: { selected: ['controlledDelivery'] } }, prohibiting('controlledDelivery'));
      expect(findingIds(withClean(parts))).not.toContain('ic-technique-prohibited-in-state');
      expect(ownVerdict(parts)).toBe('proceed');
    });

    it('does not fire when the prohibited technique is not the one planned', () => {
      const assessment = withClean(informant, prohibiting('electronicSurveillance'));
      expect(findingIds(assessment)).not.toContain('ic-technique-prohibited-in-state');
      expect(ownVerdict(informant, prohibiting('electronicSurveillance'))).toBe('proceed');
    });

    it('does not fire when every state permits the technique', () => {
      expect(findingIds(withClean(informant))).not.toContain('ic-technique-prohibited-in-state');
      expect(ownVerdict(informant)).toBe('proceed');
    });

    it("keeps the question open, and escalates, when a transit state's law on the technique is unknown", () => {
      const unknownLaw = withStates(transit({}, { ...permittedEverywhere, informant: 'unknown' }));
      const assessment = withClean(informant, unknownLaw);
      expect(findingIds(assessment)).not.toContain('ic-technique-prohibited-in-state');
      expect(neededBy(assessment, 'derived.techniqueProhibitedOnRoute.informant')).toContain(
        'ic-technique-prohibited-in-state',
      );
      expect(ownVerdict(informant, unknownLaw)).toBe('escalate');
    });

    it('leaves a single-state prohibition to the technique modules', () => {
      const alone = { operation: { states: [{ ...HOME, techniquePermitted: { ...permittedEverywhere, informant: 'prohibited' } }] as never } };
      expect(findingIds(withClean(informant, alone))).not.toContain('ic-technique-prohibited-in-state');
    });
  });

  describe('case-by-case decisions without an arrangement (sit-2013 paras 29-30; recommendations-2015 paras 56, 61)', () => {
    const noArrangement = withStates(transit({ mutualLegalAssistance: 'no', jointInvestigationTeam: 'no' }));

    it('advises a case-by-case agreement, including costs, with a state that has neither MLA nor a JIT', () => {
      const assessment = withClean(noArrangement);
      expect(findingIds(assessment)).toContain('ic-no-formal-arrangement-with-state');
      expect(severityOf(assessment, 'ic-no-formal-arrangement-with-state')).toBe('advisory');
      expect(checklistTexts(assessment)).toContain('Agree how the costs of the cross-border operation are shared');
      expect(ownVerdict(noArrangement)).toBe('proceed-with-conditions');
    });

    it('does not fire when a joint investigation team exists with that state', () => {
      const jit = withStates(transit({ mutualLegalAssistance: 'no', jointInvestigationTeam: 'yes' }));
      expect(findingIds(withClean(jit))).not.toContain('ic-no-formal-arrangement-with-state');
    });

    it('does not apply to a single-state operation', () => {
      expect(findingIds(withClean(ONE_STATE))).not.toContain('ic-no-formal-arrangement-with-state');
    });
  });

  describe('coordination of agencies and states (sit-2013 para 28; challenges-2012 para 17; multi-agency-2013 paras 7-14, 23)', () => {
    const uncoordinated: CaseOverrides = { operation: { multiAgencyCoordination: 'no' } };

    it('escalates a cross-border operation whose agencies are not coordinated', () => {
      const assessment = withClean(uncoordinated);
      expect(findingIds(assessment)).toContain('ic-cross-border-operation-not-coordinated');
      expect(findingIds(assessment)).not.toContain('ic-agencies-not-coordinated');
      expect(ownVerdict(uncoordinated)).toBe('escalate');
      const entry = risk(assessment, 'ic-uncoordinated-cross-border');
      expect(entry?.measuresMissing).toContain('Agencies and states involved are coordinated');
    });

    it('gives advice, not escalation, for a single-state operation without coordination', () => {
      const assessment = withClean(uncoordinated, ONE_STATE);
      expect(findingIds(assessment)).toContain('ic-agencies-not-coordinated');
      expect(findingIds(assessment)).not.toContain('ic-cross-border-operation-not-coordinated');
      expect(ownVerdict(uncoordinated, ONE_STATE)).toBe('proceed-with-conditions');
    });

    it('raises neither when the agencies are coordinated, and plans the coordination meeting', () => {
      const assessment = withClean();
      expect(findingIds(assessment)).not.toContain('ic-cross-border-operation-not-coordinated');
      expect(findingIds(assessment)).not.toContain('ic-agencies-not-coordinated');
      expect(checklistTexts(assessment)).toContain(
        'Hold a coordination meeting with the judicial and law enforcement authorities of every state involved before the operation starts',
      );
      expect(checklistTexts(assessment)).toContain('Answer requests from partner states promptly');
      expect(risk(assessment, 'ic-uncoordinated-cross-border')?.after.likelihood).toBe(1);
    });

    it('asks whether the agencies are coordinated when that is unknown', () => {
      const assessment = withClean({ operation: { multiAgencyCoordination: 'unknown' } });
      expect(neededBy(assessment, 'operation.multiAgencyCoordination')).toContain(
        'ic-cross-border-operation-not-coordinated',
      );
      expect(ownVerdict({ operation: { multiAgencyCoordination: 'unknown' } })).toBe('proceed-with-conditions');
    });
  });

  describe('limits of informal information exchange (unodc-activities-2010 paras 11-12; recommendations-2015 para 74)', () => {
    const informalState = withStates(transit({ mutualLegalAssistance: 'yes', informalPoliceContactOnly: 'yes' }));

    it('notes the limits of informal exchange without changing the verdict', () => {
      const parts = caseOf(informalState, { admissibility: { evidenceFromAbroad: 'no' } });
      const assessment = withClean(parts);
      expect(findingIds(assessment)).toContain('ic-informal-exchange-limits');
      expect(severityOf(assessment, 'ic-informal-exchange-limits')).toBe('info');
      expect(checklistTexts(assessment)).toContain(
        'Record any conditions the providing state sets on the use of its information, and keep to them',
      );
      expect(ownVerdict(parts)).toBe('proceed');
    });

    it('does not fire when no state is limited to informal contact', () => {
      expect(findingIds(withClean())).not.toContain('ic-informal-exchange-limits');
    });
  });

  describe('smuggling by sea (recommendations-2015 paras 50-51)', () => {
    it('points to the designated authorities when migrants are at sea in a cross-border case', () => {
      const assessment = withClean({ people: { journey: { atSea: 'yes' } } });
      expect(findingIds(assessment)).toContain('ic-sea-cooperation');
      expect(severityOf(assessment, 'ic-sea-cooperation')).toBe('info');
    });

    it('does not fire on land or in a single-state case', () => {
      expect(findingIds(withClean())).not.toContain('ic-sea-cooperation');
      expect(findingIds(withClean(ONE_STATE, { people: { journey: { atSea: 'yes' } } }))).not.toContain(
        'ic-sea-cooperation',
      );
    });
  });

  describe('access to migrant witnesses (challenges-2012 para 21; unodc-activities-2010 para 23(a)-(b))', () => {
    it('plans access to witnesses who may be detained or returned', () => {
      const assessment = withClean({
        admissibility: { migrantWitnesses: 'yes', interpretersForWitnesses: 'yes', legalAdviceBeforeInterview: 'yes', interviewsRecorded: 'yes' },
      });
      expect(findingIds(assessment)).toContain('ic-witness-access-across-borders');
      expect(severityOf(assessment, 'ic-witness-access-across-borders')).toBe('info');
      expect(checklistTexts(assessment)).toContain(
        'Check whether video-link testimony is possible for witnesses who are returned to their country of origin',
      );
    });

    it('does not apply when no migrant is a witness', () => {
      const assessment = withClean();
      expect(findingIds(assessment)).not.toContain('ic-witness-access-across-borders');
      expect(checklistTexts(assessment)).not.toContain(
        'Check whether video-link testimony is possible for witnesses who are returned to their country of origin',
      );
    });
  });
});

describe('coercive measures abroad need a formal request (unodc-activities-2010 para 7)', () => {
  const withCoercion = (channel: 'informal-police-contact' | 'mutual-legal-assistance', coercive: 'yes' | 'no') =>
    assess({
      operation: {
        states: [
          { name: 'Ruritania', role: 'destination', investigating: true },
          { name: 'Borduria', role: 'transit' },
        ],
      },
      admissibility: { evidenceFromAbroad: 'yes', coerciveMeasuresAbroad: coercive, channelForEvidenceFromAbroad: channel },
    });

  it('is a high finding when a search or seizure abroad rests on informal contact', () => {
    const assessment = withCoercion('informal-police-contact', 'yes');
    expect(findingIds(assessment)).toContain('ic-coercive-measures-abroad-informal');
    expect(assessment.checklist.map((item) => item.ruleId)).toContain('ic-coercive-measures-abroad-informal');
    expect(['escalate', 'do-not-proceed']).toContain(assessment.verdict.outcome);
  });

  it('does not apply to a single-state operation', () => {
    const assessment = assess({
      operation: { states: [{ name: 'Ruritania', role: 'destination', investigating: true }] },
      admissibility: { coerciveMeasuresAbroad: 'yes', channelForEvidenceFromAbroad: 'informal-police-contact' },
    });
    expect(findingIds(assessment)).not.toContain('ic-coercive-measures-abroad-informal');
  });

  it('is satisfied by a formal request, and does not apply without coercive measures', () => {
    expect(findingIds(withCoercion('mutual-legal-assistance', 'yes'))).not.toContain('ic-coercive-measures-abroad-informal');
    expect(findingIds(withCoercion('informal-police-contact', 'no'))).not.toContain('ic-coercive-measures-abroad-informal');
  });
});
