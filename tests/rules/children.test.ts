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
import { CLEAN_WITH_MIGRANTS as CLEAN, PROTECTED_WITNESSES, fromBaseline } from '../support/clean-case.ts';
import type { Assessment } from '../../src/domain/assessment.schema.ts';

/**
 * Children among the smuggled migrants (SIT background paper 2013, paras 13 and 27;
 * consolidated recommendations 2015, paras 20 and 29; UNODC activities 2010, para 23).
 * Each case starts from answers that are clean for every module (migrants present,
 * every safeguard in place, no technique chosen) and changes only what the paragraph
 * is about.
 */
const { withClean: clean } = fromBaseline(CLEAN);
const chFindings = (assessment: Assessment) => moduleConcerns(assessment, 'children');

const CHILDREN: CaseOverrides = { people: { children: { present: 'yes', count: 6 } } };

describe('sit-2013 para 13: best interests of the child', () => {
  it('gives context and a checklist, without changing the verdict, when children are present', () => {
    const assessment = clean(CHILDREN);
    expect(findingIds(assessment)).toContain('ch-best-interests-primary');
    expect(chFindings(assessment)).toEqual([]);
    expect(checklistOf(assessment, 'ch-best-interests-primary').map((e) => e.role)).toContain('Child protection lead');
    expect(assessment.verdict.outcome).toBe('proceed');
  });

  it('says nothing when there are no children', () => {
    const assessment = assess(CLEAN);
    expect(findingIds(assessment).filter((id) => id.startsWith('ch-'))).toEqual([]);
    expect(checklistOf(assessment, 'ch-best-interests-primary')).toEqual([]);
  });

  it('asks whether children are present when that is unanswered', () => {
    const assessment = clean({ people: { children: { present: 'unknown' } } });
    expect(openFact(assessment, 'people.children.present')).toBeDefined();
    expect(checklistOf(assessment, 'ch-best-interests-primary').every((e) => e.conditional)).toBe(true);
  });
});

describe('sit-2013 para 13, recommendations-2015 para 29: child-protection services', () => {
  it('escalates when children are present and child-protection services are not ready', () => {
    const assessment = clean(caseOf(CHILDREN, { intervention: { childProtectionServices: 'no' } }));
    expect(findingIds(assessment)).toContain('ch-no-child-protection-services');
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(risk(assessment, 'ch-risk-children-unprotected')?.confirmed).toBe(true);
    expect(entriesOf(assessment, 'ch-no-child-protection-services')[0]?.status).toBe('missing');
  });

  it('does not fire when they are ready, and the handover is planned', () => {
    const assessment = clean(CHILDREN);
    expect(findingIds(assessment)).not.toContain('ch-no-child-protection-services');
    expect(entriesOf(assessment, 'ch-no-child-protection-services')[0]?.status).toBe('planned');
    const children = risk(assessment, 'ch-risk-children-unprotected');
    expect(children?.after.score).toBeLessThan(children?.before.score ?? 0);
  });

  it('leaves an open question when child-protection services are unanswered', () => {
    const assessment = assess({ people: { children: { present: 'yes' } } });
    expect(openFact(assessment, 'intervention.childProtectionServices')?.neededBy.map((n) => n.ruleId)).toContain(
      'ch-no-child-protection-services',
    );
  });
});

describe('sit-2013 para 13, recommendations-2015 para 20: unaccompanied and separated children', () => {
  const UNACCOMPANIED: CaseOverrides = { people: { children: { present: 'yes', unaccompanied: 'yes', count: 3 } } };

  it('blocks when unaccompanied children would have nobody to take them over', () => {
    const assessment = clean(caseOf(UNACCOMPANIED, { intervention: { childProtectionServices: 'no' } }));
    expect(findingIds(assessment)).toEqual(
      expect.arrayContaining(['ch-unaccompanied-no-child-protection', 'ch-no-child-protection-services']),
    );
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
    expect(risk(assessment, 'ch-risk-unaccompanied-missing')?.before.score).toBe(16);
  });

  it('does not fire when child-protection services are ready', () => {
    const assessment = clean(UNACCOMPANIED);
    expect(findingIds(assessment)).not.toContain('ch-unaccompanied-no-child-protection');
    expect(assessment.verdict.outcome).toBe('proceed');
    expect(checklistOf(assessment, 'ch-unaccompanied-no-child-protection').length).toBeGreaterThan(0);
  });

  it('escalates while child-protection services are unanswered', () => {
    const assessment = assess({ people: { children: { unaccompanied: 'yes' } } });
    expect(openFact(assessment, 'intervention.childProtectionServices')?.neededBy.map((n) => n.ruleId)).toContain(
      'ch-unaccompanied-no-child-protection',
    );
    expect(['escalate', 'do-not-proceed']).toContain(assessment.verdict.outcome);
  });
});

describe('sit-2013 para 13: children on a dangerous journey', () => {
  it('escalates when children are concealed in a lorry and no medical care is arranged', () => {
    const assessment = clean(
      caseOf(CHILDREN, {
        people: { journey: { concealedInVehicleOrContainer: 'yes' } },
        intervention: { medicalCare: 'no' },
      }),
    );
    // The missing medical care is raised once, by the migrant-safety rule; the children rule adds an information note.
    expect(findingIds(assessment)).toContain('ms-dangerous-journey-no-medical');
    expect(assessment.findings.find((f) => f.ruleId === 'ch-children-dangerous-journey')?.severity).toBe('info');
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(risk(assessment, 'ch-risk-child-harmed-on-journey')?.measuresMissing).toContain('Medical care arranged');
    expect(entriesOf(assessment, 'ch-children-dangerous-journey').find((e) => e.coveredBy === 'intervention.medicalCare')?.status).toBe(
      'missing',
    );
  });

  it('raises the missing search and rescue for children at sea once, through the migrant-safety rule', () => {
    const assessment = clean(
      caseOf(CHILDREN, { people: { journey: { atSea: 'yes' } }, intervention: { searchAndRescueAtSea: 'no' } }),
    );
    expect(findingIds(assessment)).toContain('ms-sea-no-rescue');
    expect(assessment.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual(['ms-sea-no-rescue']);
    expect(checklistOf(assessment, 'ch-children-dangerous-journey').length).toBeGreaterThan(0);
  });

  it('changes nothing in the verdict when rescue and medical care are ready, and shows the plan as planned', () => {
    const assessment = clean(caseOf(CHILDREN, { people: { journey: { concealedInVehicleOrContainer: 'yes' } } }));
    expect(assessment.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(entriesOf(assessment, 'ch-children-dangerous-journey').map((e) => e.status)).toEqual(['planned', 'planned']);
  });
});

describe('sit-2013 paras 13 and 27: controlled delivery with children', () => {
  it('escalates a controlled delivery of people that includes children', () => {
    const assessment = clean(
      caseOf(CHILDREN, {
        techniques: {
          selected: ['controlledDelivery'],
          controlledDelivery: { carries: ['persons'], canStopAtAnyPoint: 'yes' },
        },
      }),
    );
    expect(findingIds(assessment)).toContain('ch-controlled-delivery-with-children');
    expect(['escalate', 'do-not-proceed']).toContain(assessment.verdict.outcome);
  });

  it('does not fire for a delivery of documents only, or when there are no children', () => {
    const documents = clean(
      caseOf(CHILDREN, { techniques: { selected: ['controlledDelivery'], controlledDelivery: { carries: ['documents'] } } }),
    );
    expect(findingIds(documents)).not.toContain('ch-controlled-delivery-with-children');
    const adults = clean({ techniques: { selected: ['controlledDelivery'], controlledDelivery: { carries: ['persons'] } } });
    expect(findingIds(adults)).not.toContain('ch-controlled-delivery-with-children');
  });

  it('is not considered when no controlled delivery is planned', () => {
    expect(findingIds(clean(CHILDREN))).not.toContain('ch-controlled-delivery-with-children');
  });
});

describe('sit-2013 para 13, challenges-2012 para 6: child victims of trafficking', () => {
  const TRAFFICKED_CHILDREN: CaseOverrides = caseOf(CHILDREN, {
    people: { traffickingIndicators: { forcedWork: 'yes', confiscatedDocuments: 'yes' } },
  });

  it('escalates when children may be trafficked and victim support is not arranged', () => {
    const assessment = clean(caseOf(TRAFFICKED_CHILDREN, { intervention: { victimSupport: 'no' } }));
    // The missing victim support is raised once, by the victims-witnesses rule; the children rule adds an information note.
    expect(findingIds(assessment)).toContain('vw-trafficking-no-victim-support');
    expect(assessment.findings.find((f) => f.ruleId === 'ch-child-trafficking-victims')?.severity).toBe('info');
    expect(['escalate', 'do-not-proceed']).toContain(assessment.verdict.outcome);
    expect(entriesOf(assessment, 'ch-child-trafficking-victims')[0]?.status).toBe('missing');
  });

  it('raises missing child protection once, through the child-protection rule', () => {
    const assessment = clean(caseOf(TRAFFICKED_CHILDREN, { intervention: { childProtectionServices: 'no' } }));
    expect(assessment.findings.filter((f) => f.severity === 'high').map((f) => f.ruleId)).toEqual([
      'ch-no-child-protection-services',
    ]);
  });

  it('raises nothing that changes the verdict when child protection and victim support are both ready', () => {
    const assessment = clean(TRAFFICKED_CHILDREN);
    expect(assessment.findings.filter((f) => f.ruleId.startsWith('ch-') && f.severity !== 'info')).toEqual([]);
    expect(checklistOf(assessment, 'ch-child-trafficking-victims').length).toBeGreaterThan(0);
  });
});

describe('sit-2013 para 13 (practice): a child informant', () => {
  it('escalates the use of a child as an informant', () => {
    const assessment = clean({
      techniques: { selected: ['informant'], informant: { isChild: 'yes', safetyAssessed: 'yes' } },
    });
    expect(findingIds(assessment)).toContain('ch-child-informant');
    expect(assessment.findings.find((f) => f.ruleId === 'ch-child-informant')?.basis).toBe('practice');
    expect(['escalate', 'do-not-proceed']).toContain(assessment.verdict.outcome);
  });

  it('does not fire for an adult informant', () => {
    const assessment = clean({ techniques: { selected: ['informant'], informant: { isChild: 'no' } } });
    expect(findingIds(assessment)).not.toContain('ch-child-informant');
  });
});

describe('unodc-activities-2010 para 23 (practice): child witnesses', () => {
  it('adds child-sensitive interview guidance when children will be witnesses', () => {
    const assessment = clean(
      caseOf(CHILDREN, PROTECTED_WITNESSES),
    );
    expect(findingIds(assessment)).toContain('ch-child-witness-interviews');
    expect(checklistOf(assessment, 'ch-child-witness-interviews')[0]?.text).toMatch(/once/);
    expect(chFindings(assessment)).toEqual([]);
  });
});

describe('direction of the rules', () => {
  it('no child rule above info fires when every child safeguard is in place', () => {
    const assessment = clean(
      caseOf(CHILDREN, {
        people: {
          children: { unaccompanied: 'yes' },
          journey: { concealedInVehicleOrContainer: 'yes', atSea: 'yes' },
          traffickingIndicators: { debtBondage: 'yes' },
        },
      }),
    );
    expect(chFindings(assessment)).toEqual([]);
  });
});
