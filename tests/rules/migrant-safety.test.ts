import { describe, it, expect } from 'vitest';
import {
  assess,
  caseOf,
  checklistOf,
  entriesOf,
  findingIds,
  moduleConcerns,
  openFact,
  risk,
  type CaseOverrides,
} from '../support/assess.ts';
import { CLEAN_WITH_MIGRANTS as CLEAN, fromBaseline } from '../support/clean-case.ts';
import type { Assessment } from '../../src/domain/assessment.schema.ts';

/**
 * Safety of smuggled migrants (SIT background paper 2013, paras 4, 9, 12, 13;
 * CTOC/COP/WG.7/2012/2, para 16; UNODC activities 2010, para 22; consolidated
 * recommendations 2015, paras 16-21, 24, 26-29). Each case starts from answers that
 * are clean for every module (migrants present, every safeguard in place, no
 * technique chosen) and changes only what the paragraph is about.
 */
const { withClean: clean } = fromBaseline(CLEAN);
const msFindings = (assessment: Assessment) => moduleConcerns(assessment, 'migrant-safety');

describe('the clean baseline', () => {
  it('raises nothing but context when every safeguard is in place', () => {
    const assessment = assess(CLEAN);
    expect(msFindings(assessment)).toEqual([]);
    expect(assessment.verdict.outcome).toBe('proceed');
  });
});

describe('sit-2013 para 9: intervention plan where migrants could be harmed', () => {
  it('blocks a controlled delivery of migrants with no intervention plan', () => {
    const assessment = assess({
      people: { migrantsPhysicallyInvolved: 'no' },
      techniques: { selected: ['controlledDelivery'], controlledDelivery: { carries: ['persons'] } },
      intervention: { planInPlace: 'no' },
    });
    expect(findingIds(assessment)).toContain('ms-intervention-plan-missing');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('does not fire once the plan is in place, and the harm risk is scored down', () => {
    const without = clean({ intervention: { planInPlace: 'no', abortTriggersDefined: 'no', rescueTeam: 'no', medicalCare: 'no' } });
    const withPlan = assess(CLEAN);
    expect(findingIds(withPlan)).not.toContain('ms-intervention-plan-missing');
    const before = risk(without, 'ms-risk-migrants-harmed');
    const after = risk(withPlan, 'ms-risk-migrants-harmed');
    expect(before?.after.score).toBe(12);
    expect(after?.after.score).toBeLessThan(before?.after.score ?? 0);
    expect(after?.measuresInPlace).toContain('Intervention plan in place');
  });

  it('adds the plan to the checklist and the intervention plan, and shows a gap when it is missing', () => {
    const assessment = clean({ intervention: { planInPlace: 'no' } });
    expect(checklistOf(assessment, 'ms-intervention-plan-missing').map((entry) => entry.phase)).toContain('planning');
    const [entry] = entriesOf(assessment, 'ms-intervention-plan-missing');
    expect(entry?.status).toBe('missing');
    expect(assessment.interventionPlan.gaps.some((gap) => gap.includes('ms-intervention-plan-missing'))).toBe(true);
  });

  it('makes an unanswered plan an open question that escalates', () => {
    const assessment = assess({ people: { migrantsPhysicallyInvolved: 'yes' } });
    expect(openFact(assessment, 'intervention.planInPlace')?.neededBy.map((need) => need.ruleId)).toContain(
      'ms-intervention-plan-missing',
    );
    expect(['escalate', 'do-not-proceed']).toContain(assessment.verdict.outcome);
  });
});

describe('sit-2013 para 4, recommendations-2015 paras 16-17, 27-28, challenges-2012 para 16: life and rights first', () => {
  it('reminds the officer, without changing the verdict, when migrants are present', () => {
    const assessment = assess(CLEAN);
    expect(findingIds(assessment)).toContain('ms-safety-and-rights-priority');
    expect(checklistOf(assessment, 'ms-safety-and-rights-priority').length).toBeGreaterThan(0);
    expect(assessment.verdict.outcome).toBe('proceed');
  });

  it('says nothing when no migrants are involved', () => {
    const assessment = clean({ people: { migrantsPhysicallyInvolved: 'no' } });
    expect(findingIds(assessment)).not.toContain('ms-safety-and-rights-priority');
    expect(checklistOf(assessment, 'ms-safety-and-rights-priority')).toEqual([]);
  });
});

describe('recommendations-2015 para 28: risk to life and a defined point to stop', () => {
  it('escalates when life is at risk and no stop triggers are defined', () => {
    const assessment = clean({ people: { riskToLife: 'yes' }, intervention: { abortTriggersDefined: 'no' } });
    expect(findingIds(assessment)).toContain('ms-risk-to-life-no-stop-triggers');
    expect(assessment.findings.find((f) => f.ruleId === 'ms-risk-to-life-no-stop-triggers')?.basis).toBe('practice');
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(risk(assessment, 'ms-risk-loss-of-life')?.confirmed).toBe(true);
  });

  it('does not fire when triggers are defined', () => {
    const assessment = clean({ people: { riskToLife: 'yes' } });
    expect(findingIds(assessment)).not.toContain('ms-risk-to-life-no-stop-triggers');
    expect(entriesOf(assessment, 'ms-risk-to-life-no-stop-triggers')[0]?.status).toBe('planned');
  });

  it('leaves an open question when the triggers are unanswered', () => {
    const assessment = assess({ people: { riskToLife: 'yes' } });
    expect(openFact(assessment, 'intervention.abortTriggersDefined')?.neededBy.map((n) => n.ruleId)).toContain(
      'ms-risk-to-life-no-stop-triggers',
    );
  });
});

describe('unodc-activities-2010 para 22, challenges-2012 para 16: migrants concealed in a vehicle or container', () => {
  it('escalates when migrants are locked in a lorry and no rescue team is ready', () => {
    const assessment = clean({
      people: { journey: { modes: ['land-vehicle'], concealedInVehicleOrContainer: 'yes' } },
      intervention: { rescueTeam: 'no' },
    });
    expect(findingIds(assessment)).toContain('ms-concealment-no-rescue');
    expect(assessment.verdict.outcome).toBe('escalate');
    const suffocation = risk(assessment, 'ms-risk-suffocation-heat');
    expect(suffocation?.measuresMissing).toContain('Rescue team ready to open the vehicle or container');
    expect(entriesOf(assessment, 'ms-concealment-no-rescue')[0]?.status).toBe('missing');
  });

  it('also applies when migrants could be left without air or water', () => {
    const assessment = clean({ people: { journey: { withoutAirWaterOrFood: 'yes' } }, intervention: { rescueTeam: 'no' } });
    expect(findingIds(assessment)).toContain('ms-concealment-no-rescue');
  });

  it('does not fire with a rescue team ready, and the risk is reduced', () => {
    const assessment = clean({ people: { journey: { concealedInVehicleOrContainer: 'yes' } } });
    expect(findingIds(assessment)).not.toContain('ms-concealment-no-rescue');
    const suffocation = risk(assessment, 'ms-risk-suffocation-heat');
    expect(suffocation?.after.score).toBeLessThan(suffocation?.before.score ?? 0);
    expect(entriesOf(assessment, 'ms-concealment-no-rescue')[0]?.status).toBe('planned');
  });
});

describe('challenges-2012 para 16: dangerous journey and medical care', () => {
  it('escalates when migrants cross dangerous terrain and no medical care is arranged', () => {
    const assessment = clean({ people: { journey: { hazardousTerrainOnFoot: 'yes' } }, intervention: { medicalCare: 'no' } });
    expect(findingIds(assessment)).toContain('ms-dangerous-journey-no-medical');
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(risk(assessment, 'ms-risk-injury-exposure')).toBeDefined();
  });

  it('does not fire with medical care arranged', () => {
    const assessment = clean({ people: { journey: { hazardousTerrainOnFoot: 'yes' } } });
    expect(findingIds(assessment)).not.toContain('ms-dangerous-journey-no-medical');
  });
});

describe('recommendations-2015 para 19: life at sea first', () => {
  it('escalates when migrants are at sea and no search-and-rescue assets are ready', () => {
    const assessment = clean({
      people: { journey: { modes: ['sea'], atSea: 'yes' } },
      intervention: { searchAndRescueAtSea: 'no' },
    });
    expect(findingIds(assessment)).toContain('ms-sea-no-rescue');
    expect(findingIds(assessment)).not.toContain('ms-overloaded-vessel-no-rescue');
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(risk(assessment, 'ms-risk-drowning')?.confirmed).toBe(true);
  });

  it('blocks when the vessel is overloaded and nobody can rescue the people on board', () => {
    const assessment = clean({
      people: { journey: { modes: ['sea'], atSea: 'yes', overloadedOrUnseaworthyVessel: 'yes' } },
      intervention: { searchAndRescueAtSea: 'no' },
    });
    expect(findingIds(assessment)).toEqual(expect.arrayContaining(['ms-overloaded-vessel-no-rescue', 'ms-sea-no-rescue']));
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
    expect(risk(assessment, 'ms-risk-vessel-capsize')?.before.score).toBe(20);
  });

  it('does not fire with search and rescue ready; rescue on detection is in the intervention plan', () => {
    const assessment = clean({ people: { journey: { atSea: 'yes', overloadedOrUnseaworthyVessel: 'yes' } } });
    expect(findingIds(assessment)).not.toContain('ms-overloaded-vessel-no-rescue');
    expect(findingIds(assessment)).not.toContain('ms-sea-no-rescue');
    const [rescue] = entriesOf(assessment, 'ms-overloaded-vessel-no-rescue');
    expect(rescue?.status).toBe('planned');
    expect(rescue?.action).toMatch(/rescue/i);
  });

  it('gives way to the controlled-delivery findings when a delivery moves the migrants by sea, so each danger is raised once', () => {
    const assessment = clean({
      people: { journey: { modes: ['sea'], atSea: 'yes', overloadedOrUnseaworthyVessel: 'yes', concealedInVehicleOrContainer: 'yes' } },
      techniques: { selected: ['controlledDelivery'], controlledDelivery: { carries: ['persons'] } },
      intervention: { searchAndRescueAtSea: 'no', rescueTeam: 'no' },
    });
    const ids = findingIds(assessment);
    expect(ids).toEqual(
      expect.arrayContaining(['cd-at-sea-without-search-and-rescue', 'cd-unseaworthy-vessel', 'cd-concealed-persons-without-rescue']),
    );
    expect(ids).not.toContain('ms-sea-no-rescue');
    expect(ids).not.toContain('ms-overloaded-vessel-no-rescue');
    expect(ids).not.toContain('ms-concealment-no-rescue');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('leaves an open question when search and rescue is unanswered', () => {
    const assessment = assess({ people: { journey: { overloadedOrUnseaworthyVessel: 'yes' } } });
    expect(openFact(assessment, 'intervention.searchAndRescueAtSea')?.neededBy.map((n) => n.ruleId)).toContain(
      'ms-overloaded-vessel-no-rescue',
    );
    expect(['escalate', 'do-not-proceed']).toContain(assessment.verdict.outcome);
  });
});

describe('sit-2013 para 12, recommendations-2015 paras 20 and 27: pregnant women and other vulnerable migrants', () => {
  it('escalates when pregnant women are on board and no medical care is arranged', () => {
    const assessment = clean({ people: { pregnantWomen: 'yes' }, intervention: { medicalCare: 'no' } });
    expect(findingIds(assessment)).toContain('ms-vulnerable-no-medical');
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(risk(assessment, 'ms-risk-vulnerable-medical-emergency')).toBeDefined();
  });

  it('attaches conditions when vulnerable migrants have no shelter or support', () => {
    const assessment = clean({ people: { womenWithChildren: 'yes' }, intervention: { victimSupport: 'no' } });
    expect(findingIds(assessment)).toContain('ms-vulnerable-no-support');
    expect(assessment.verdict.outcome).toBe('proceed-with-conditions');
  });

  it('does not fire when care and support are arranged, but keeps the checklist items', () => {
    const assessment = clean({ people: { pregnantWomen: 'yes', otherVulnerable: 'yes' } });
    expect(findingIds(assessment)).not.toContain('ms-vulnerable-no-medical');
    expect(findingIds(assessment)).not.toContain('ms-vulnerable-no-support');
    expect(checklistOf(assessment, 'ms-vulnerable-no-medical').length).toBeGreaterThan(0);
  });
});

describe('recommendations-2015 para 26: refugees and asylum seekers', () => {
  it('escalates when some migrants may need protection and there is no asylum referral route', () => {
    const assessment = clean({ people: { protectionNeeds: 'yes' }, intervention: { asylumReferral: 'no' } });
    expect(findingIds(assessment)).toContain('ms-asylum-referral-missing');
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('does not fire when referral is possible', () => {
    expect(findingIds(clean({ people: { protectionNeeds: 'yes' } }))).not.toContain('ms-asylum-referral-missing');
  });
});

describe('recommendations-2015 paras 24 and 29: consular notification', () => {
  it('attaches a condition when consular notification is not arranged', () => {
    const assessment = clean({ intervention: { consularNotification: 'no' } });
    expect(findingIds(assessment)).toContain('ms-consular-notification-missing');
    expect(assessment.verdict.outcome).toBe('proceed-with-conditions');
    expect(entriesOf(assessment, 'ms-consular-notification-missing')[0]?.action).toMatch(/approval/);
  });

  it('does not fire when it is arranged, nor when no migrants are involved', () => {
    expect(findingIds(assess(CLEAN))).not.toContain('ms-consular-notification-missing');
    expect(
      findingIds(clean({ people: { migrantsPhysicallyInvolved: 'no' }, intervention: { consularNotification: 'no' } })),
    ).not.toContain('ms-consular-notification-missing');
  });
});

describe('recommendations-2015 para 21: informing migrants of their rights', () => {
  it('attaches a condition when there are no interpreters for the migrants', () => {
    const assessment = clean({ intervention: { interpreters: 'no' } });
    expect(findingIds(assessment)).toContain('ms-no-interpreters-for-migrants');
    expect(assessment.verdict.outcome).toBe('proceed-with-conditions');
    expect(checklistOf(assessment, 'ms-no-interpreters-for-migrants').some((e) => /rights/.test(e.text))).toBe(true);
  });

  it('does not fire with interpreters ready', () => {
    expect(findingIds(assess(CLEAN))).not.toContain('ms-no-interpreters-for-migrants');
  });
});

describe('direction of the rules', () => {
  const DANGERS: CaseOverrides = {
    people: {
      riskToLife: 'yes',
      protectionNeeds: 'yes',
      pregnantWomen: 'yes',
      otherVulnerable: 'yes',
      journey: {
        concealedInVehicleOrContainer: 'yes',
        atSea: 'yes',
        overloadedOrUnseaworthyVessel: 'yes',
        hazardousTerrainOnFoot: 'yes',
        withoutAirWaterOrFood: 'yes',
      },
    },
  };

  it('every hazard rule fires when every safeguard is missing', () => {
    const assessment = clean(
      caseOf(DANGERS, {
        intervention: {
          planInPlace: 'no',
          abortTriggersDefined: 'no',
          rescueTeam: 'no',
          medicalCare: 'no',
          searchAndRescueAtSea: 'no',
          interpreters: 'no',
          consularNotification: 'no',
          victimSupport: 'no',
          asylumReferral: 'no',
        },
      }),
    );
    expect(msFindings(assessment).map((f) => f.ruleId).sort()).toEqual(
      [
        'ms-asylum-referral-missing',
        'ms-concealment-no-rescue',
        'ms-consular-notification-missing',
        'ms-dangerous-journey-no-medical',
        'ms-intervention-plan-missing',
        'ms-no-interpreters-for-migrants',
        'ms-overloaded-vessel-no-rescue',
        'ms-risk-to-life-no-stop-triggers',
        'ms-sea-no-rescue',
        'ms-vulnerable-no-medical',
        'ms-vulnerable-no-support',
      ].sort(),
    );
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('no hazard rule fires when every danger is present but every safeguard is in place', () => {
    expect(msFindings(clean(DANGERS))).toEqual([]);
  });
});

describe('risks reassessed during the operation (recommendations-2015 para 28)', () => {
  const withMigrants = (risksReassessedDuringOperation: 'yes' | 'no' | 'unknown') =>
    assess({
      people: { migrantsPhysicallyInvolved: 'yes' },
      intervention: { risksReassessedDuringOperation },
    });

  it('is a high finding when the risks to migrants will not be reassessed', () => {
    const assessment = withMigrants('no');
    const finding = assessment.findings.find((entry) => entry.ruleId === 'ms-risks-not-reassessed');
    expect(finding?.severity).toBe('high');
    expect(finding?.sources[0]?.excerpt).toBe('risks should be constantly assessed prior to and during investigations');
    expect(['escalate', 'do-not-proceed']).toContain(assessment.verdict.outcome);
  });

  it('is satisfied by planned reassessment, and asked about when unanswered', () => {
    expect(findingIds(withMigrants('yes'))).not.toContain('ms-risks-not-reassessed');
    expect(withMigrants('unknown').openQuestions.map((question) => question.fact)).toContain(
      'intervention.risksReassessedDuringOperation',
    );
  });

  it('does not apply when no migrants are involved', () => {
    const assessment = assess({ people: { migrantsPhysicallyInvolved: 'no' }, intervention: { risksReassessedDuringOperation: 'no' } });
    expect(findingIds(assessment)).not.toContain('ms-risks-not-reassessed');
  });
});
