import type { StepId } from '../../machine/steps.ts';

/**
 * What each form step asks, as case-file paths. The question text, the kind of
 * control and the choices all come from the zod schema (src/domain/case.schema.ts).
 * `states` and `cooperation` are special editors for the list of states.
 */
export type StepItem = string | { editor: 'states' | 'cooperation' } | { heading: string };

export const STEP_FIELDS: Partial<Record<StepId, StepItem[]>> = {
  operation: [
    'operation.codename',
    'operation.offences',
    'operation.objectives',
    'operation.leadAgency',
    { heading: 'States on the route' },
    { editor: 'states' },
    { heading: 'Where the information came from' },
    'basis.source',
    'basis.corroborated',
    'basis.summary',
    { heading: 'Coordination' },
    'operation.multiAgencyCoordination',
    'operation.concurrentFinancialInvestigation',
  ],
  people: [
    'people.migrantsPhysicallyInvolved',
    'people.migrantCount',
    { heading: 'The journey' },
    'people.journey.modes',
    'people.journey.concealedInVehicleOrContainer',
    'people.journey.atSea',
    'people.journey.overloadedOrUnseaworthyVessel',
    'people.journey.hazardousTerrainOnFoot',
    'people.journey.withoutAirWaterOrFood',
    'people.riskToLife',
    { heading: 'Children and vulnerable people' },
    'people.children.present',
    'people.children.unaccompanied',
    'people.children.count',
    'people.pregnantWomen',
    'people.womenWithChildren',
    'people.otherVulnerable',
    'people.otherVulnerableDetails',
    'people.protectionNeeds',
    { heading: 'Signs of trafficking rather than smuggling' },
    'people.traffickingIndicators.debtBondage',
    'people.traffickingIndicators.forcedWork',
    'people.traffickingIndicators.confiscatedDocuments',
    'people.traffickingIndicators.violence',
    'people.traffickingIndicators.deception',
  ],
  techniques: ['techniques.selected'],
  informant: sectionFields('techniques.informant', [
    'codename', 'category', 'background', 'isChild', 'motive', 'motiveAssessed', 'informationCorroborated',
    'closeToCriminalActivity', 'handlerAssigned', 'handlingSupervised', 'paymentsOrBenefits', 'paymentsRegulated',
    'safetyAssessed', 'identityProtected', 'disclosureRulesChecked', 'seniorOrProsecutorAdvice',
  ]),
  'undercover-officer': sectionFields('techniques.undercoverOfficer', [
    'codename', 'trained', 'languageAndCultureBriefed', 'deployment', 'operationalPlan', 'supervision',
    'riskAssessment', 'exitStrategy', 'rescueTeam', 'objectivesDefined', 'confidentialityMeasures',
    'mayProposeOrInstigateOffences', 'recordingPermitted', 'foreignOfficer',
  ]),
  'electronic-surveillance': sectionFields('techniques.electronicSurveillance', [
    'types', 'durationDays', 'objectivesDefined', 'riskAssessment', 'languagesInvolved', 'interpretersAvailable',
    'resourcesSufficient', 'counterSurveillanceConsidered', 'productUsedAbroad', 'admissibilityAbroadChecked',
  ]),
  'controlled-delivery': sectionFields('techniques.controlledDelivery', [
    'carries', 'route', 'routeKnown', 'interceptingAgency', 'interceptionPoint', 'interceptionPlanAgreed',
    'continuousSurveillance', 'canStopAtAnyPoint', 'jointInvestigation',
  ]),
  legality: sectionFields('legality', [
    'legalBasis', 'legalBasisReference', 'authorisingAuthority', 'authorisationReference', 'authorisedFrom',
    'authorisedUntil', 'independentOversight', 'prosecutorConsulted', 'foreignLawChecked',
  ]),
  subsidiarity: sectionFields('subsidiarity', ['lessIntrusiveMeansConsidered', 'lessIntrusiveMeans', 'whyInsufficient']),
  proportionality: sectionFields('proportionality', [
    'offenceSeriousness', 'targetsOrganisedNetwork', 'targetsMigrantsOrHelpers', 'expectedResult', 'intrusion',
    'collateralIntrusionLikely', 'collateralIntrusionLimited', 'collateralLimitationMeasures',
  ]),
  admissibility: sectionFields('admissibility', [
    'evidenceForCourt', 'chainOfCustody', 'evidenceAtInterception', 'disclosurePlanned', 'migrantWitnesses',
    'interpretersForWitnesses', 'legalAdviceBeforeInterview', 'interviewsRecorded', 'witnessProtection',
    'evidenceFromAbroad', 'channelForEvidenceFromAbroad', 'coerciveMeasuresAbroad',
  ]),
  cooperation: [{ editor: 'cooperation' }],
  intervention: sectionFields('intervention', [
    'planInPlace', 'abortAuthority', 'abortTriggersDefined', 'abortTriggers', 'risksReassessedDuringOperation',
    'rescueTeam', 'medicalCare', 'searchAndRescueAtSea', 'interpreters', 'childProtectionServices',
    'consularNotification', 'victimSupport', 'asylumReferral', 'partnerProtocol',
  ]),
};

function sectionFields(prefix: string, names: string[]): string[] {
  return names.map((name) => `${prefix}.${name}`);
}

/** Fields where people are named: the form reminds the user to use codenames. */
export const NAMING_FIELDS = new Set([
  'operation.codename',
  'techniques.informant.codename',
  'techniques.undercoverOfficer.codename',
]);

/** Which step asks a fact, so an open question can link to where it is answered. */
export function stepForFact(fact: string): StepId {
  for (const [step, items] of Object.entries(STEP_FIELDS) as [StepId, StepItem[]][]) {
    if (items.some((item) => item === fact)) return step;
  }
  if (fact.startsWith('derived.foreignState')) return 'cooperation';
  if (/^derived\.(techniqueProhibitedOnRoute|authorisationMissingInAState|multiState)/.test(fact)) return 'operation';
  if (fact.startsWith('derived.')) return 'people';
  return 'review';
}
