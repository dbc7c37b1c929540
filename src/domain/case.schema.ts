import { z } from 'zod';
import { DecisionLog } from './decision-log.schema.ts';

/**
 * The case file: everything an investigator answers about one planned operation.
 * It is the single source of truth for every data shape that describes a case:
 * forms, imports, the CLI and the rule loader all use it. Every question that has
 * not been answered is `unknown` (or null / empty), never silently "no".
 * The `.describe()` texts are the plain-English questions shown to users.
 */
export const CASE_SCHEMA_VERSION = 1;

export const TECHNIQUES = [
  'informant',
  'undercoverOfficer',
  'electronicSurveillance',
  'controlledDelivery',
] as const;
export const Technique = z.enum(TECHNIQUES);
export type Technique = z.infer<typeof Technique>;

export const TECHNIQUE_NAMES: Record<Technique, string> = {
  informant: 'Informant',
  undercoverOfficer: 'Undercover officer',
  electronicSurveillance: 'Electronic surveillance',
  controlledDelivery: 'Controlled delivery',
};

export const Answer = z.enum(['yes', 'no', 'unknown']);
export type Answer = z.infer<typeof Answer>;

const ask = (question: string) => Answer.describe(question).default('unknown');
const text = (question: string) => z.string().max(20_000).describe(question).default('');
const choice = <const T extends readonly [string, ...string[]]>(values: T, question: string) =>
  z.enum(values).describe(question).default('unknown' as T[number]);
const count = (question: string) =>
  z.number().int().nonnegative().max(1_000_000).nullable().describe(question).default(null);
const list = <T extends z.ZodType>(item: T, question: string) =>
  z.array(item).max(200).describe(question).default([]);
// A section left out of the file is parsed as empty, so its own defaults (unknown) apply.
const date = (question: string) =>
  z.iso
    .date({ error: 'Enter a date as YYYY-MM-DD, or leave it empty' })
    .or(z.literal(''))
    .describe(question)
    .default('');
const section = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape).prefault({} as never);

const Permission = z.enum(['permitted', 'prohibited', 'unknown']);
const permitted = (technique: string) =>
  Permission.describe(`Does the law of this state permit ${technique}?`).default('unknown');

export const StateInvolved = z.strictObject({
  name: z.string().trim().min(1, 'Enter the name of the state').max(200).describe('State'),
  role: z
    .enum(['origin', 'transit', 'destination', 'other'])
    .describe('Role of this state on the smuggling route'),
  investigating: z
    .boolean()
    .describe('Is this the state whose authorities run the investigation?')
    .default(false),
  techniquePermitted: section({
    informant: permitted('the use of informants'),
    undercoverOfficer: permitted('undercover officers'),
    electronicSurveillance: permitted('electronic surveillance'),
    controlledDelivery: permitted('controlled delivery'),
  }),
  authorisationObtained: ask('Has authorisation for the operation been obtained in this state?'),
  cooperation: section({
    mutualLegalAssistance: ask('Has a mutual legal assistance request been made to this state?'),
    jointInvestigationTeam: ask('Is there a joint investigation team with this state?'),
    informalPoliceContactOnly: ask(
      'Is cooperation with this state limited to informal police-to-police contact?',
    ),
  }),
});
export type StateInvolved = z.infer<typeof StateInvolved>;

export const Operation = section({
  codename: z
    .string()
    .trim()
    .min(1, 'Enter an operation codename')
    .max(120)
    .describe('Operation codename (never a real name)'),
  offences: list(z.string().max(500), 'Offences suspected'),
  objectives: text('Objectives of the operation'),
  leadAgency: text('Lead agency'),
  states: list(StateInvolved, 'States involved'),
  concurrentFinancialInvestigation: ask(
    'Is a financial investigation running alongside (proceeds, payments, assets)?',
  ),
  multiAgencyCoordination: ask(
    'Are the agencies involved (police, border, immigration, prosecution) coordinated?',
  ),
});

export const People = section({
  migrantsPhysicallyInvolved: ask('Will migrants be physically present during the operation?'),
  migrantCount: count('How many migrants are expected?'),
  journey: section({
    modes: list(
      z.enum(['land-vehicle', 'container', 'sea', 'air', 'rail', 'on-foot', 'other']),
      'How do the migrants travel?',
    ),
    concealedInVehicleOrContainer: ask('Are migrants concealed in a vehicle or container?'),
    atSea: ask('Are migrants at sea during the operation?'),
    overloadedOrUnseaworthyVessel: ask('Is the vessel overloaded or unseaworthy?'),
    hazardousTerrainOnFoot: ask('Do migrants cross dangerous terrain on foot?'),
    withoutAirWaterOrFood: ask('Could migrants be left without air, water, food or shelter?'),
  }),
  children: section({
    present: ask('Are children among the migrants?'),
    unaccompanied: ask('Are any children unaccompanied or separated from their families?'),
    count: count('How many children?'),
  }),
  pregnantWomen: ask('Are pregnant women among the migrants?'),
  womenWithChildren: ask('Are women travelling with children among the migrants?'),
  otherVulnerable: ask('Are there other vulnerable people (sick, injured, disabled, elderly)?'),
  otherVulnerableDetails: text('Who else is vulnerable, and why?'),
  protectionNeeds: ask('Might some migrants be refugees or asylum seekers?'),
  traffickingIndicators: section({
    debtBondage: ask('Are migrants held by a debt they must work off?'),
    forcedWork: ask('Are migrants forced to work or provide services?'),
    confiscatedDocuments: ask('Have identity or travel documents been taken from migrants?'),
    violence: ask('Are migrants subjected to violence or threats?'),
    deception: ask('Were migrants deceived about the journey, the work or the conditions?'),
  }),
  riskToLife: ask('Is there a risk to the life of migrants, officers or others?'),
});

export const Basis = section({
  source: choice(
    ['anonymous-tip', 'informant', 'intelligence', 'open-source', 'witness', 'other', 'unknown'],
    'Where did the information that started the case come from?',
  ),
  corroborated: ask('Has that information been corroborated by another source?'),
  summary: text('Short summary of the information (no real identities)'),
});

export const Informant = section({
  codename: text('Informant codename (never the real name)'),
  category: choice(
    ['confidential', 'non-confidential', 'anonymous', 'unknown'],
    'What kind of informant?',
  ),
  background: choice(
    [
      'smuggled-migrant',
      'involved-in-smuggling',
      'service-provider',
      'member-of-public',
      'victim',
      'police-officer',
      'other',
      'unknown',
    ],
    'Who is the informant in relation to the smuggling?',
  ),
  isChild: ask('Is the informant under 18?'),
  motive: choice(
    ['altruism', 'financial-reward', 'retaliation', 'eliminating-competition', 'leniency', 'other', 'unknown'],
    "What is the informant's main motive?",
  ),
  motiveAssessed: ask("Have the informant's motives been assessed?"),
  informationCorroborated: ask("Is the informant's information corroborated?"),
  closeToCriminalActivity: ask('Is the informant close to or part of the criminal activity?'),
  handlerAssigned: ask('Is a trained handler assigned?'),
  handlingSupervised: ask('Is the handler–informant relationship supervised by a senior officer?'),
  paymentsOrBenefits: ask('Will the informant receive payments or other benefits?'),
  paymentsRegulated: ask('Are payments or benefits made under regulated, recorded rules?'),
  safetyAssessed: ask("Has the informant's safety been assessed?"),
  identityProtected: ask("Is the informant's identity protected?"),
  disclosureRulesChecked: ask(
    "Have you checked whether the law requires the informant's identity to be disclosed to the defence?",
  ),
  seniorOrProsecutorAdvice: ask('Has a senior officer, prosecutor or judge advised on using this informant?'),
});

export const UndercoverOfficer = section({
  codename: text('Undercover officer codename (never the real name)'),
  trained: ask('Is the officer specially trained for undercover work?'),
  languageAndCultureBriefed: ask(
    'Does the officer know the language, slang and culture of the migrants or smugglers?',
  ),
  deployment: choice(
    ['safe-house', 'smuggling-network', 'transport', 'online', 'other', 'unknown'],
    'Where will the officer be deployed?',
  ),
  operationalPlan: ask('Is there a written operational plan?'),
  supervision: ask('Is the deployment supervised?'),
  riskAssessment: ask('Has a risk assessment been made before deployment?'),
  exitStrategy: ask('Is there an exit strategy?'),
  rescueTeam: ask('Is a rescue team ready to extract the officer?'),
  objectivesDefined: ask('Are the objectives of the deployment clearly defined?'),
  confidentialityMeasures: ask('Is the deployment kept under strict confidentiality?'),
  mayProposeOrInstigateOffences: ask(
    'Could the officer propose or encourage offences the suspects would not otherwise commit?',
  ),
  recordingPermitted: ask('Does the law permit the officer to record audio or video?'),
  foreignOfficer: ask('Is the officer from another state (exchange or joint operation)?'),
});

export const ElectronicSurveillance = section({
  types: list(
    z.enum(['interception', 'audio', 'video', 'tracking', 'person-detection', 'data', 'number-plate']),
    'Which kinds of surveillance?',
  ),
  durationDays: count('For how many days?'),
  objectivesDefined: ask('Are clear objectives defined for the surveillance?'),
  riskAssessment: ask('Has a full risk assessment been made?'),
  languagesInvolved: list(z.string().max(100), 'Languages the targets speak'),
  interpretersAvailable: ask('Are interpreters available for those languages?'),
  resourcesSufficient: ask('Are staff and equipment sufficient for the whole period?'),
  counterSurveillanceConsidered: ask('Have counter-surveillance measures by the targets been considered?'),
  productUsedAbroad: ask('Will the product be used as evidence in another state?'),
  admissibilityAbroadChecked: ask('Has admissibility in that state been checked?'),
});

export const ControlledDelivery = section({
  carries: list(
    z.enum(['persons', 'documents', 'goods', 'money']),
    'What does the controlled delivery carry?',
  ),
  route: text('Route of the delivery'),
  routeKnown: ask('Is the route known in advance?'),
  interceptingAgency: text('Who intercepts?'),
  interceptionPoint: text('Where is the delivery intercepted?'),
  interceptionPlanAgreed: ask('Is the interception plan agreed with every agency involved?'),
  continuousSurveillance: ask('Will the delivery be watched at all times?'),
  canStopAtAnyPoint: ask('Can the delivery be stopped at any point if people are at risk?'),
  jointInvestigation: ask('Is it run as a joint investigation with the other states?'),
});

export const Techniques = section({
  selected: list(Technique, 'Which special investigative techniques are planned?'),
  informant: Informant,
  undercoverOfficer: UndercoverOfficer,
  electronicSurveillance: ElectronicSurveillance,
  controlledDelivery: ControlledDelivery,
});

export const Legality = section({
  legalBasis: ask('Does national law provide a legal basis for each technique?'),
  legalBasisReference: text('Legal basis (law and article)'),
  authorisingAuthority: choice(
    ['judge', 'prosecutor', 'senior-officer', 'none', 'unknown'],
    'Who authorises the operation?',
  ),
  authorisationReference: text('Authorisation reference'),
  authorisedFrom: date('Authorised from (date)'),
  authorisedUntil: date('Authorised until (date)'),
  independentOversight: ask('Is there judicial or other independent oversight of the operation?'),
  prosecutorConsulted: ask('Has the prosecutor been consulted?'),
  foreignLawChecked: ask('Have you checked the law of every other state involved?'),
});

export const Subsidiarity = section({
  lessIntrusiveMeansConsidered: ask('Have less intrusive investigative methods been considered?'),
  lessIntrusiveMeans: text('Which less intrusive methods were considered?'),
  whyInsufficient: text('Why are they not enough?'),
});

export const Proportionality = section({
  offenceSeriousness: choice(
    ['aggravated', 'serious', 'minor', 'unknown'],
    'How serious is the suspected offence?',
  ),
  targetsOrganisedNetwork: ask('Does the operation target the organisers of the smuggling network?'),
  targetsMigrantsOrHelpers: ask(
    'Are smuggled migrants or humanitarian helpers among the targets of the operation?',
  ),
  expectedResult: text('What result do you expect?'),
  intrusion: choice(['low', 'medium', 'high', 'unknown'], 'How intrusive is the operation?'),
  collateralIntrusionLikely: ask('Will people who are not suspects be affected (collateral intrusion)?'),
  collateralIntrusionLimited: ask('Are there measures to limit collateral intrusion?'),
  collateralLimitationMeasures: text('How is collateral intrusion limited?'),
});

export const Admissibility = section({
  evidenceForCourt: ask('Is the evidence intended for use in court?'),
  chainOfCustody: ask('Is a chain of custody in place for all evidence?'),
  evidenceAtInterception: ask('Is evidence secured at the point of interception?'),
  disclosurePlanned: ask('Has disclosure to the defence been planned?'),
  migrantWitnesses: ask('Will migrants be interviewed as witnesses?'),
  interpretersForWitnesses: ask('Are interpreters arranged for migrant witnesses?'),
  legalAdviceBeforeInterview: ask('Will migrant witnesses get legal advice before interview?'),
  interviewsRecorded: ask('Will witness interviews be recorded?'),
  witnessProtection: ask(
    'Are there measures to protect migrant witnesses (identity, safety, residence, video-link)?',
  ),
  evidenceFromAbroad: ask('Will evidence be gathered in or obtained from another state?'),
  coerciveMeasuresAbroad: ask('Will a search, seizure or other coercive measure be needed in another state?'),
  channelForEvidenceFromAbroad: choice(
    ['mutual-legal-assistance', 'joint-investigation-team', 'informal-police-contact', 'unknown'],
    'Through which channel will that evidence come?',
  ),
});

export const Intervention = section({
  planInPlace: ask('Is there an intervention plan in case migrants are harmed?'),
  abortAuthority: text('Who can stop the operation (role, not name)?'),
  abortTriggersDefined: ask('Are the triggers to stop the operation defined?'),
  abortTriggers: list(z.string().max(500), 'Triggers to stop the operation'),
  risksReassessedDuringOperation: ask('Will the risks to migrants be reassessed at every stage of the operation?'),
  rescueTeam: ask('Is a rescue team ready?'),
  medicalCare: ask('Is medical care arranged?'),
  searchAndRescueAtSea: ask('Are search-and-rescue assets at sea ready?'),
  interpreters: ask('Are interpreters ready for the migrants?'),
  childProtectionServices: ask('Are child-protection services ready?'),
  consularNotification: ask('Is consular notification arranged?'),
  victimSupport: ask('Are shelter and victim support arranged?'),
  asylumReferral: ask('Can migrants be referred to asylum procedures?'),
  partnerProtocol: ask(
    'Is there a written protocol with partner agencies and NGOs (roles, data protection)?',
  ),
});

export const CaseFile = z.strictObject({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION, {
    error: `schemaVersion must be ${CASE_SCHEMA_VERSION}`,
  }),
  operation: Operation,
  people: People,
  basis: Basis,
  techniques: Techniques,
  legality: Legality,
  subsidiarity: Subsidiarity,
  proportionality: Proportionality,
  admissibility: Admissibility,
  intervention: Intervention,
  // Optional with a default, so every case file written before the log existed stays valid.
  log: DecisionLog,
});

/** A case file after parsing: every field present, unanswered ones `unknown`. */
export type CaseFile = z.infer<typeof CaseFile>;
/** A case file as written on disk: most fields may be left out. */
export type CaseFileInput = z.input<typeof CaseFile>;
