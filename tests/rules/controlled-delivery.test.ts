import { describe, it, expect } from 'vitest';
import { assess, findingIds, questionFacts, type CaseOverrides } from '../support/assess.ts';
import { SAFE_JOURNEY } from '../support/clean-case.ts';

type StateOverride = NonNullable<NonNullable<CaseOverrides['operation']>['states']>[number];

/** A controlled delivery of migrants with the safeguards of para 27 in place. */
const CD = (overrides: CaseOverrides = {}): CaseOverrides => ({
  ...overrides,
  techniques: {
    selected: ['controlledDelivery'],
    ...overrides.techniques,
    controlledDelivery: {
      carries: ['persons'],
      routeKnown: 'yes',
      interceptionPlanAgreed: 'yes',
      continuousSurveillance: 'yes',
      canStopAtAnyPoint: 'yes',
      ...overrides.techniques?.controlledDelivery,
    },
  },
  people: { migrantsPhysicallyInvolved: 'yes', ...overrides.people },
  intervention: {
    planInPlace: 'yes',
    abortTriggersDefined: 'yes',
    risksReassessedDuringOperation: 'yes',
    rescueTeam: 'yes',
    medicalCare: 'yes',
    ...overrides.intervention,
  },
});

const state = (name: string, extra: Partial<StateOverride> = {}): StateOverride => ({
  name,
  role: 'transit',
  techniquePermitted: { controlledDelivery: 'permitted' },
  authorisationObtained: 'yes',
  ...extra,
});

describe('controlled delivery: prohibited in some jurisdictions (sit-2013 para 26)', () => {
  it('blocks the operation when a state on the route prohibits controlled delivery', () => {
    const assessment = assess(
      CD({
        operation: {
          states: [
            state('Ruritania', { role: 'destination', investigating: true }),
            state('Borduria', { techniquePermitted: { controlledDelivery: 'prohibited' } }),
          ],
        },
      }),
    );
    expect(findingIds(assessment)).toContain('cd-prohibited-on-route');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('does not fire when every state permits it', () => {
    const assessment = assess(
      CD({ operation: { states: [state('Ruritania', { investigating: true }), state('Borduria')] } }),
    );
    expect(findingIds(assessment)).not.toContain('cd-prohibited-on-route');
  });

  it('asks about the law of the states when it is not known', () => {
    const overrides = CD({
      operation: { states: [state('Borduria', { techniquePermitted: { controlledDelivery: 'unknown' } })] },
    });
    expect(questionFacts(overrides, 'cd-prohibited-on-route')).toContain(
      'derived.techniqueProhibitedOnRoute.controlledDelivery',
    );
  });
});

describe('controlled delivery: authorisation and cooperation (para 27)', () => {
  it('blocks when authorisation is missing in a state involved, and puts it on the authorisation checklist', () => {
    const assessment = assess(
      CD({
        operation: {
          states: [state('Ruritania', { investigating: true }), state('Borduria', { authorisationObtained: 'no' })],
        },
      }),
    );
    expect(findingIds(assessment)).toContain('cd-authorisation-missing-in-a-state');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
    const items = assessment.checklist.filter((item) => item.ruleId === 'cd-authorisation-missing-in-a-state');
    expect(items.some((item) => item.phase === 'authorisation' && item.text.includes('every state on the route'))).toBe(
      true,
    );
  });

  it('does not fire when every state has authorised', () => {
    const assessment = assess(
      CD({ operation: { states: [state('Ruritania', { investigating: true }), state('Borduria')] } }),
    );
    expect(findingIds(assessment)).not.toContain('cd-authorisation-missing-in-a-state');
  });

  it('escalates when the interception plan is not agreed with every agency', () => {
    const assessment = assess(CD({ techniques: { controlledDelivery: { interceptionPlanAgreed: 'no' } } }));
    expect(findingIds(assessment)).toContain('cd-interception-plan-not-agreed');
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(findingIds(assess(CD()))).not.toContain('cd-interception-plan-not-agreed');
  });

  it('advises a joint investigation for a cross-border delivery only', () => {
    const twoStates = { states: [state('Ruritania', { investigating: true }), state('Borduria')] };
    const crossBorder = assess(CD({ operation: twoStates, techniques: { controlledDelivery: { jointInvestigation: 'no' } } }));
    expect(findingIds(crossBorder)).toContain('cd-no-joint-investigation');
    expect(crossBorder.verdict.reasons).toContain('Advisory: Cross-border delivery without a joint investigation');
    const joint = assess(CD({ operation: twoStates, techniques: { controlledDelivery: { jointInvestigation: 'yes' } } }));
    expect(findingIds(joint)).not.toContain('cd-no-joint-investigation');
    const domestic = assess(
      CD({
        operation: { states: [state('Ruritania', { investigating: true })] },
        techniques: { controlledDelivery: { jointInvestigation: 'no' } },
      }),
    );
    expect(findingIds(domestic)).not.toContain('cd-no-joint-investigation');
  });
});

describe('controlled delivery: the fundamental principle, lives and safety (para 27)', () => {
  it('blocks a delivery of migrants at risk of life that cannot be stopped', () => {
    const assessment = assess(
      CD({ people: { riskToLife: 'yes' }, techniques: { controlledDelivery: { canStopAtAnyPoint: 'no' } } }),
    );
    expect(findingIds(assessment)).toContain('cd-lives-put-at-risk');
    // One finding for the problem, not a blocking and a high one.
    expect(
      findingIds(assessment).filter((id) => id.startsWith('cd-') && id !== 'cd-consider-delivery-without-migrants'),
    ).toEqual(['cd-lives-put-at-risk']);
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('blocks a dangerous journey that will not be watched at all times', () => {
    const assessment = assess(
      CD({
        people: { journey: { hazardousTerrainOnFoot: 'yes' } },
        techniques: { controlledDelivery: { continuousSurveillance: 'no' } },
      }),
    );
    expect(findingIds(assessment)).toContain('cd-lives-put-at-risk');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('does not block when the delivery is watched at all times and can be stopped at any point', () => {
    const assessment = assess(CD({ people: { riskToLife: 'yes' } }));
    expect(findingIds(assessment)).not.toContain('cd-lives-put-at-risk');
  });

  it('raises no finding for a delivery that cannot be stopped when no danger is known: the paper asks only that law enforcement watch it or be aware of it', () => {
    const noDanger = { riskToLife: 'no', journey: SAFE_JOURNEY } as const;
    const assessment = assess(CD({ people: noDanger, techniques: { controlledDelivery: { canStopAtAnyPoint: 'no' } } }));
    expect(findingIds(assessment)).not.toContain('cd-lives-put-at-risk');
    // While the danger is unanswered, the fundamental principle stays open and the verdict is at least escalate.
    const unanswered = assess(CD({ techniques: { controlledDelivery: { canStopAtAnyPoint: 'no' } } }));
    expect(['escalate', 'do-not-proceed']).toContain(unanswered.verdict.outcome);
  });

  it('leaves the fundamental principle open when the risk to life is unanswered', () => {
    const facts = questionFacts(
      CD({ techniques: { controlledDelivery: { canStopAtAnyPoint: 'no' } } }),
      'cd-lives-put-at-risk',
    );
    expect(facts).toContain('people.riskToLife');
  });

  it('plans to stop the delivery on loss of contact or signs of distress', () => {
    const assessment = assess(CD({ intervention: { rescueTeam: 'no' } }));
    const entries = assessment.interventionPlan.entries.filter((entry) => entry.ruleId === 'cd-lives-put-at-risk');
    expect(entries.map((entry) => entry.trigger).join(' ')).toMatch(/loses sight/);
    expect(entries.map((entry) => entry.trigger).join(' ')).toMatch(/distress/);
    expect(entries.find((entry) => entry.coveredBy === 'intervention.rescueTeam')?.status).toBe('missing');
    expect(entries.find((entry) => entry.coveredBy === 'techniques.controlledDelivery.canStopAtAnyPoint')?.status).toBe(
      'planned',
    );
  });

  it('registers the risk of harm in transit, scored down by continuous surveillance and the means to stop', () => {
    const watched = assess(CD()).riskRegister.find((entry) => entry.id === 'controlled-delivery-harm-in-transit');
    const unwatched = assess(
      CD({ techniques: { controlledDelivery: { continuousSurveillance: 'no', canStopAtAnyPoint: 'no' } } }),
    ).riskRegister.find((entry) => entry.id === 'controlled-delivery-harm-in-transit');
    expect(unwatched?.before.score).toBe(15);
    expect(unwatched?.measuresMissing).toEqual(
      expect.arrayContaining(['Delivery can be stopped at any point', 'Delivery watched at all times']),
    );
    expect(watched!.after.score).toBeLessThan(unwatched!.after.score);
  });

  it('puts constant watch and an intercept team on the checklist of every delivery of migrants', () => {
    const items = assess(CD()).checklist.filter((item) => item.ruleId === 'cd-lives-put-at-risk').map((item) => item.text);
    expect(items).toContain(
      'Keep the delivery under watch at all times, and confirm visual or technical contact at every handover between teams and across borders',
    );
    expect(items).toContain('Keep an intercept team close enough to stop the delivery quickly at any point on the route');
  });

  it('gives checklist items for every phase of a delivery of migrants', () => {
    const phases = new Set(
      assess(CD())
        .checklist.filter((item) => item.technique === 'controlledDelivery')
        .map((item) => item.phase),
    );
    expect([...phases].sort()).toEqual(['authorisation', 'execution', 'planning', 'post-operation']);
  });
});

describe('controlled delivery: concealed in a vehicle or container', () => {
  const concealed = (intervention: CaseOverrides['intervention']) =>
    CD({ people: { journey: { concealedInVehicleOrContainer: 'yes' } }, intervention });

  it('blocks when no rescue team is ready to open the compartment, in place of the general migrant-safety finding', () => {
    const assessment = assess(concealed({ rescueTeam: 'no' }));
    expect(findingIds(assessment)).toContain('cd-concealed-persons-without-rescue');
    expect(findingIds(assessment)).not.toContain('ms-concealment-no-rescue');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('blocks when migrants are left without air, water or food and no rescue team is ready', () => {
    const assessment = assess(CD({ people: { journey: { withoutAirWaterOrFood: 'yes' } }, intervention: { rescueTeam: 'no' } }));
    expect(findingIds(assessment)).toContain('cd-concealed-persons-without-rescue');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('leaves missing medical care to the migrant-safety finding, so the problem is raised once', () => {
    const ids = findingIds(assess(concealed({ medicalCare: 'no' })));
    expect(ids).not.toContain('cd-concealed-persons-without-rescue');
    expect(ids).toContain('ms-dangerous-journey-no-medical');
  });

  it('does not fire with rescue and medical cover, and the suffocation risk is scored down', () => {
    const assessment = assess(concealed({}));
    expect(findingIds(assessment)).not.toContain('cd-concealed-persons-without-rescue');
    const risk = assessment.riskRegister.find((entry) => entry.id === 'controlled-delivery-suffocation-heat');
    expect(risk?.before.score).toBe(15);
    expect(risk?.after.score).toBeLessThan(risk!.before.score);
    const entries = assessment.interventionPlan.entries.filter(
      (entry) => entry.ruleId === 'cd-concealed-persons-without-rescue',
    );
    expect(entries.every((entry) => entry.status === 'planned')).toBe(true);
  });

  it('is out of scope when the migrants are not concealed', () => {
    const assessment = assess(
      CD({
        people: { journey: { concealedInVehicleOrContainer: 'no', withoutAirWaterOrFood: 'no' } },
        intervention: { rescueTeam: 'no' },
      }),
    );
    expect(findingIds(assessment)).not.toContain('cd-concealed-persons-without-rescue');
    expect(assessment.riskRegister.map((entry) => entry.id)).not.toContain('controlled-delivery-suffocation-heat');
  });
});

describe('controlled delivery: at sea (para 27, recommendations para 19)', () => {
  it('blocks a sea passage without search-and-rescue assets', () => {
    const assessment = assess(
      CD({ people: { journey: { modes: ['sea'], atSea: 'yes' } }, intervention: { searchAndRescueAtSea: 'no' } }),
    );
    expect(findingIds(assessment)).toContain('cd-at-sea-without-search-and-rescue');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
    const entry = assessment.interventionPlan.entries.find(
      (item) => item.ruleId === 'cd-at-sea-without-search-and-rescue',
    );
    expect(entry?.action).toMatch(/search and rescue/i);
    expect(entry?.status).toBe('missing');
  });

  it('does not fire with search-and-rescue ready, and the drowning risk is scored down', () => {
    const assessment = assess(
      CD({ people: { journey: { modes: ['sea'], atSea: 'yes' } }, intervention: { searchAndRescueAtSea: 'yes' } }),
    );
    expect(findingIds(assessment)).not.toContain('cd-at-sea-without-search-and-rescue');
    const risk = assessment.riskRegister.find((entry) => entry.id === 'controlled-delivery-drowning');
    expect(risk?.after.score).toBeLessThan(risk!.before.score);
  });

  it('blocks letting an overloaded or unseaworthy vessel continue, even with rescue assets ready', () => {
    const assessment = assess(
      CD({
        people: { journey: { modes: ['sea'], atSea: 'yes', overloadedOrUnseaworthyVessel: 'yes' } },
        intervention: { searchAndRescueAtSea: 'yes' },
      }),
    );
    expect(findingIds(assessment)).toContain('cd-unseaworthy-vessel');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
    const seaworthy = assess(
      CD({ people: { journey: { modes: ['sea'], atSea: 'yes', overloadedOrUnseaworthyVessel: 'no' } } }),
    );
    expect(findingIds(seaworthy)).not.toContain('cd-unseaworthy-vessel');
  });

  it('asks about search-and-rescue for a sea passage when unanswered', () => {
    expect(
      questionFacts(CD({ people: { journey: { atSea: 'yes' } } }), 'cd-at-sea-without-search-and-rescue'),
    ).toContain('intervention.searchAndRescueAtSea');
  });
});

describe('controlled delivery: stop triggers, route, rights, alternatives', () => {
  it('escalates when no triggers to stop the delivery are defined (practice), with one finding from the migrant-safety rule', () => {
    const assessment = assess(CD({ people: { riskToLife: 'yes' }, intervention: { abortTriggersDefined: 'no' } }));
    const findings = assessment.findings.filter((entry) => entry.ruleId === 'ms-risk-to-life-no-stop-triggers');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.basis).toBe('practice');
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(findingIds(assess(CD({ intervention: { abortTriggersDefined: 'no' } })))).toContain(
      'ms-risk-to-life-no-stop-triggers',
    );
    expect(findingIds(assess(CD()))).not.toContain('ms-risk-to-life-no-stop-triggers');
  });

  it('escalates when the route of a delivery of migrants is not known (practice)', () => {
    const assessment = assess(CD({ techniques: { controlledDelivery: { routeKnown: 'no' } } }));
    expect(findingIds(assessment)).toContain('cd-route-unknown');
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('does not apply the migrant rules to a delivery of documents with no migrants present', () => {
    const assessment = assess(
      CD({
        people: { migrantsPhysicallyInvolved: 'no', riskToLife: 'yes' },
        techniques: { controlledDelivery: { carries: ['documents'], routeKnown: 'no', canStopAtAnyPoint: 'no' } },
      }),
    );
    const ids = findingIds(assessment);
    expect(ids).not.toContain('cd-route-unknown');
    expect(ids).not.toContain('cd-lives-put-at-risk');
    expect(ids).not.toContain('cd-consider-delivery-without-migrants');
  });

  it('leaves migrants’ rights after interception to the migrant-safety findings, and keeps them on the checklist (recommendations para 45)', () => {
    expect(findingIds(assess(CD({ intervention: { interpreters: 'no' } })))).toContain('ms-no-interpreters-for-migrants');
    expect(
      findingIds(assess(CD({ people: { protectionNeeds: 'yes' }, intervention: { asylumReferral: 'no' } }))),
    ).toContain('ms-asylum-referral-missing');
    expect(assess(CD()).checklist.map((item) => item.text)).toContain(
      'At interception, give the migrants interpreters, medical checks and information on asylum procedures, and record how each was treated',
    );
  });

  it('notes, as information, that documents or couriers not at risk could be followed instead', () => {
    const finding = assess(CD()).findings.find((entry) => entry.ruleId === 'cd-consider-delivery-without-migrants');
    expect(finding?.severity).toBe('info');
  });
});
