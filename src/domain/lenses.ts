/**
 * The lenses a debrief scores a trainee's plan through (issue 6). Each rule counts
 * towards exactly one lens: the lens of its module, unless the table names the
 * rule as an exception (a controlled delivery through a state that prohibits it is
 * a question of legality, not of migrant safety).
 */
export const LENSES = [
  'migrant-safety',
  'children',
  'legality',
  'subsidiarity',
  'proportionality',
  'admissibility',
] as const;
export type Lens = (typeof LENSES)[number];

export const LENS_NAMES: Record<Lens, string> = {
  'migrant-safety': 'Migrant safety',
  children: 'Children',
  legality: 'Legality',
  subsidiarity: 'Subsidiarity',
  proportionality: 'Proportionality',
  admissibility: 'Admissibility',
};

/** What each lens asks, for the debrief screen and PDF. */
export const LENS_QUESTIONS: Record<Lens, string> = {
  'migrant-safety': 'Are the lives and safety of migrants, officers and informants protected throughout?',
  children: 'Are children, and unaccompanied children above all, protected in their best interests?',
  legality: 'Does the law of every state involved allow it, and is it authorised and overseen?',
  subsidiarity: 'Could less intrusive means do the job?',
  proportionality: 'Is the intrusion in proportion to the crime, aimed at the network and limited for others?',
  admissibility: 'Will the evidence stand up in court, at home and abroad?',
};

/** Rule module → lens, with the rules of that module that count towards another lens. */
export const LENS_TABLE: Record<string, { lens: Lens; except?: Record<string, Lens> }> = {
  'migrant-safety': { lens: 'migrant-safety' },
  children: { lens: 'children' },
  legality: { lens: 'legality' },
  subsidiarity: { lens: 'subsidiarity' },
  proportionality: { lens: 'proportionality' },
  admissibility: { lens: 'admissibility' },
  'controlled-delivery': {
    lens: 'migrant-safety',
    except: {
      'cd-prohibited-on-route': 'legality',
      'cd-authorisation-missing-in-a-state': 'legality',
      'cd-no-joint-investigation': 'legality',
      'cd-consider-delivery-without-migrants': 'subsidiarity',
    },
  },
  'undercover-officers': {
    lens: 'migrant-safety',
    except: {
      'uc-prohibited-in-a-state': 'legality',
      'uc-authorisation-missing-in-a-state': 'legality',
      'uc-may-instigate-offences': 'legality',
      'uc-objectives-not-defined': 'proportionality',
      'uc-no-recording-to-corroborate': 'admissibility',
    },
  },
  informants: {
    lens: 'admissibility',
    except: {
      'inf-prohibited-by-national-law': 'legality',
      'inf-handling-not-supervised': 'legality',
      'inf-payments-not-regulated': 'legality',
      'inf-no-senior-or-prosecutor-advice': 'legality',
      'inf-safety-or-identity-not-protected': 'migrant-safety',
      'inf-smuggled-migrant-informant': 'migrant-safety',
    },
  },
  'electronic-surveillance': {
    lens: 'admissibility',
    except: {
      'es-judicial-control-missing': 'legality',
      'es-prohibited-in-a-state': 'legality',
      'es-risk-assessment-missing': 'migrant-safety',
      'es-person-detection-without-intervention-plan': 'migrant-safety',
      'es-objectives-not-defined': 'proportionality',
      'es-consider-instead-of-infiltration': 'subsidiarity',
    },
  },
  'international-cooperation': {
    lens: 'legality',
    except: {
      'ic-court-evidence-via-informal-contact': 'admissibility',
      'ic-witness-access-across-borders': 'admissibility',
      'ic-sea-cooperation': 'migrant-safety',
    },
  },
  'victims-witnesses': {
    lens: 'migrant-safety',
    except: {
      'vw-trafficking-prosecutor-not-consulted': 'legality',
      'vw-witness-informed-decision': 'admissibility',
    },
  },
};

/** The lens a rule counts towards; a module missing from the table counts towards legality. */
export function lensOf(module: string, ruleId: string): Lens {
  const entry = LENS_TABLE[module];
  return entry?.except?.[ruleId] ?? entry?.lens ?? 'legality';
}
