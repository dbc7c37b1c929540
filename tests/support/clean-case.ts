import type { Assessment, Verdict } from '../../src/domain/assessment.schema.ts';
import { assess, assessByModules, caseOf, type CaseOverrides } from './assess.ts';

/**
 * Clean baselines for the rule tests: answers with every safeguard in place, so that a
 * test changes only what its paragraph is about. The groups of modules start from
 * different baselines, built from the same sections where they agree:
 * - CLEAN_FOUNDATIONS: legality, subsidiarity, proportionality (no migrants involved);
 * - CLEAN_WITH_MIGRANTS: children, migrant safety, victims and witnesses (clean for every module);
 * - CLEAN_FOR_COURT: the common start of the admissibility and international-cooperation
 *   baselines, which each of those files completes with its own states and evidence.
 */

/** A journey with no known danger. */
export const SAFE_JOURNEY = {
  concealedInVehicleOrContainer: 'no',
  atSea: 'no',
  overloadedOrUnseaworthyVessel: 'no',
  hazardousTerrainOnFoot: 'no',
  withoutAirWaterOrFood: 'no',
} as const;

const OBJECTIVES = 'Identify the organisers of the network and the safe houses they use';
const INTELLIGENCE_BASIS = { source: 'intelligence', corroborated: 'yes' } as const;
const NO_TECHNIQUE = { selected: [] };

/** A legal basis, judicial authorisation for a set period, oversight, prosecutor consulted. */
const LAWFUL = {
  legalBasis: 'yes',
  legalBasisReference: 'Code of Criminal Procedure, art. 100',
  authorisingAuthority: 'judge',
  authorisationReference: 'AUTH-2024-17',
  authorisedFrom: '2024-03-01',
  authorisedUntil: '2024-05-31',
  independentOversight: 'yes',
  prosecutorConsulted: 'yes',
  foreignLawChecked: 'yes',
} as const;

/** Less intrusive means considered, with the reasons they are not enough. */
const SUBSIDIARY = (whyInsufficient: string) =>
  ({
    lessIntrusiveMeansConsidered: 'yes',
    lessIntrusiveMeans: 'Records checks, open sources, overt interviews',
    whyInsufficient,
  }) as const;

/** A serious offence, aimed at the network, medium intrusion, collateral intrusion limited. */
const PROPORTIONATE = {
  offenceSeriousness: 'serious',
  targetsOrganisedNetwork: 'yes',
  targetsMigrantsOrHelpers: 'no',
  intrusion: 'medium',
  collateralIntrusionLikely: 'no',
  collateralIntrusionLimited: 'yes',
} as const;

/**
 * Clean for the legality, subsidiarity and proportionality modules, with no migrants
 * physically involved and no technique-specific rules in play.
 */
export const CLEAN_FOUNDATIONS: CaseOverrides = {
  operation: {
    objectives: OBJECTIVES,
    concurrentFinancialInvestigation: 'yes',
  },
  people: {
    migrantsPhysicallyInvolved: 'no',
    riskToLife: 'no',
    journey: SAFE_JOURNEY,
  },
  basis: INTELLIGENCE_BASIS,
  techniques: NO_TECHNIQUE,
  legality: LAWFUL,
  subsidiarity: SUBSIDIARY('The organisers never meet the migrants and communicate only through couriers'),
  proportionality: PROPORTIONATE,
};

/** The modules judged against CLEAN_FOUNDATIONS: alone, they give it "proceed". */
export const FOUNDATION_MODULES: readonly string[] = ['legality', 'subsidiarity', 'proportionality'];

/** Two states on the route, one of them investigating. */
export const TWO_STATES: CaseOverrides = {
  operation: {
    states: [
      { name: 'Aland', role: 'destination', investigating: true },
      { name: 'Borduria', role: 'transit' },
    ],
  },
};

/**
 * Clean for every module: migrants present, none of them vulnerable or exploited, every
 * safeguard in place, no technique chosen, no evidence for court.
 */
export const CLEAN_WITH_MIGRANTS: CaseOverrides = {
  operation: {
    objectives: OBJECTIVES,
    concurrentFinancialInvestigation: 'yes',
    multiAgencyCoordination: 'yes',
  },
  people: {
    migrantsPhysicallyInvolved: 'yes',
    riskToLife: 'no',
    protectionNeeds: 'no',
    pregnantWomen: 'no',
    womenWithChildren: 'no',
    otherVulnerable: 'no',
    children: { present: 'no', unaccompanied: 'no' },
    journey: SAFE_JOURNEY,
    traffickingIndicators: { debtBondage: 'no', forcedWork: 'no', confiscatedDocuments: 'no', violence: 'no', deception: 'no' },
  },
  basis: INTELLIGENCE_BASIS,
  techniques: NO_TECHNIQUE,
  legality: LAWFUL,
  subsidiarity: SUBSIDIARY('The organisers never meet the migrants'),
  proportionality: PROPORTIONATE,
  admissibility: { evidenceForCourt: 'no', migrantWitnesses: 'no' },
  intervention: {
    planInPlace: 'yes',
    abortAuthority: 'Gold commander',
    abortTriggersDefined: 'yes',
    risksReassessedDuringOperation: 'yes',
    rescueTeam: 'yes',
    medicalCare: 'yes',
    searchAndRescueAtSea: 'yes',
    interpreters: 'yes',
    childProtectionServices: 'yes',
    consularNotification: 'yes',
    victimSupport: 'yes',
    asylumReferral: 'yes',
    partnerProtocol: 'yes',
  },
};

/** Migrants will be witnesses, with every witness safeguard in place. */
export const PROTECTED_WITNESSES: CaseOverrides = {
  admissibility: {
    migrantWitnesses: 'yes',
    interpretersForWitnesses: 'yes',
    legalAdviceBeforeInterview: 'yes',
    interviewsRecorded: 'yes',
    witnessProtection: 'yes',
  },
};

/**
 * The part the admissibility and international-cooperation baselines share: migrants at
 * interception, coordinated agencies, the law checked with the prosecutor, and evidence
 * meant for court, kept in a chain of custody, secured at interception and disclosed, with
 * no coercive measures abroad. Each of those test files adds its states, witnesses and
 * evidence from abroad.
 */
export const CLEAN_FOR_COURT: CaseOverrides = {
  operation: { multiAgencyCoordination: 'yes' },
  people: { migrantsPhysicallyInvolved: 'yes', journey: { atSea: 'no' } },
  techniques: NO_TECHNIQUE,
  legality: { prosecutorConsulted: 'yes', foreignLawChecked: 'yes', legalBasis: 'yes' },
  admissibility: {
    evidenceForCourt: 'yes',
    chainOfCustody: 'yes',
    evidenceAtInterception: 'yes',
    disclosurePlanned: 'yes',
    coerciveMeasuresAbroad: 'no',
  },
};

/**
 * Helpers for tests that start from a baseline and change only what a paragraph is
 * about. `ownModules` names the modules under test: judged by them alone, the baseline
 * gives "proceed", so the verdict a paragraph implies can be asserted exactly, whatever
 * other modules add.
 */
export function fromBaseline(baseline: CaseOverrides, ownModules: readonly string[] = []) {
  /** The baseline changed by the given parts, judged by every module. */
  const withClean = (...parts: CaseOverrides[]): Assessment => assess(caseOf(baseline, ...parts));
  /** The verdict of the baseline changed by the given parts, judged by the modules under test alone. */
  const ownVerdict = (...parts: CaseOverrides[]): Verdict =>
    assessByModules(ownModules, caseOf(baseline, ...parts)).verdict.outcome;
  /** The verdict of the untouched baseline, judged by every module. */
  const baselineVerdict = (): Verdict => withClean().verdict.outcome;
  return { withClean, ownVerdict, baselineVerdict };
}
