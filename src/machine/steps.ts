import type { Technique } from '../domain/case.schema.ts';

/** Every step of the wizard, in the order an investigator meets them. */
export const STEPS = [
  'operation',
  'people',
  'techniques',
  'informant',
  'undercover-officer',
  'electronic-surveillance',
  'controlled-delivery',
  'legality',
  'subsidiarity',
  'proportionality',
  'admissibility',
  'cooperation',
  'risks',
  'intervention',
  'review',
  'export',
] as const;
export type StepId = (typeof STEPS)[number];

export const STEP_TITLES: Record<StepId, string> = {
  operation: 'Operation and states',
  people: 'People at risk',
  techniques: 'Techniques',
  informant: 'Informant',
  'undercover-officer': 'Undercover officer',
  'electronic-surveillance': 'Electronic surveillance',
  'controlled-delivery': 'Controlled delivery',
  legality: 'Legality and authorisation',
  subsidiarity: 'Subsidiarity',
  proportionality: 'Proportionality',
  admissibility: 'Admissibility and evidence',
  cooperation: 'International cooperation',
  risks: 'Risk register',
  intervention: 'Intervention plan',
  review: 'Review',
  export: 'Export',
};

/** The steps that exist only when their technique is chosen. */
export const TECHNIQUE_STEPS: Partial<Record<StepId, Technique>> = {
  informant: 'informant',
  'undercover-officer': 'undercoverOfficer',
  'electronic-surveillance': 'electronicSurveillance',
  'controlled-delivery': 'controlledDelivery',
};

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}
