import type { StepId } from '../../machine/steps.ts';

/** One or two sentences at the top of each step: why it is asked. */
export const STEP_INTROS: Partial<Record<StepId, string>> = {
  operation:
    'Describe the operation and every state on the route. A technique that is legal in one state may be unacceptable in another.',
  people:
    'Who could be harmed? Where a technique might result in a migrant being harmed, an intervention plan should be in place.',
  techniques: 'Choose every special investigative technique you plan to use. Each one adds its own questions.',
  informant: 'Informants need careful management: motives, corroboration, handling, payments, safety and disclosure.',
  'undercover-officer': 'Undercover deployments need trained officers, a risk assessment, supervision and an exit strategy.',
  'electronic-surveillance': 'Surveillance is intrusive: it needs clear objectives, a full risk assessment and judicial control.',
  'controlled-delivery': 'The fundamental principle: the lives and safety of the people involved must not be put at risk.',
  legality: 'Covert techniques must rest on national law and be authorised, with judicial or independent oversight.',
  subsidiarity: 'Less intrusive methods should be considered before special investigative techniques.',
  proportionality: "Balance the need to investigate against people's rights, including people who are not suspects.",
  admissibility: 'Plan now so that the evidence stays admissible, at home and abroad.',
  cooperation: 'For each other state: how cooperation is arranged. Evidence for court needs formal channels.',
  intervention: 'What happens if people are in danger: who stops the operation, and who rescues, treats and protects.',
  review: 'The verdict, what drives it and what is still unanswered.',
  export: 'Take the checklist and plan to the authorisation meeting and the briefing.',
};
