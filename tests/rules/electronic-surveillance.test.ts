import { describe, it, expect } from 'vitest';
import { assess, findingIds, questionFacts, type CaseOverrides } from '../support/assess.ts';

/** Electronic surveillance only, authorised by a judge, with the prerequisites of para 25 in place. */
const ES = (overrides: CaseOverrides = {}): CaseOverrides => ({
  ...overrides,
  techniques: {
    selected: ['electronicSurveillance'],
    ...overrides.techniques,
    electronicSurveillance: {
      riskAssessment: 'yes',
      objectivesDefined: 'yes',
      ...overrides.techniques?.electronicSurveillance,
    },
  },
  legality: { authorisingAuthority: 'judge', ...overrides.legality },
});

describe('electronic surveillance: judicial control (sit-2013 para 25)', () => {
  it('raises a high finding when a senior officer authorises interception, and escalates', () => {
    const assessment = assess(ES({ legality: { authorisingAuthority: 'senior-officer' } }));
    expect(findingIds(assessment)).toContain('es-judicial-control-missing');
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(assessment.verdict.authority).toBe('judge');
  });

  it('raises it when only a prosecutor authorises', () => {
    expect(findingIds(assess(ES({ legality: { authorisingAuthority: 'prosecutor' } })))).toContain(
      'es-judicial-control-missing',
    );
  });

  it('leaves an operation nobody has authorised to the legality finding, so the problem is raised once', () => {
    const ids = findingIds(assess(ES({ legality: { authorisingAuthority: 'none' } })));
    expect(ids).toContain('lg-no-authorisation');
    expect(ids).not.toContain('es-judicial-control-missing');
  });

  it('is satisfied by a judge, who is named as the authority that must sign', () => {
    const assessment = assess(ES());
    expect(findingIds(assessment)).not.toContain('es-judicial-control-missing');
    expect(assessment.verdict.authority).toBe('judge');
    expect(assessment.verdict.authorityReasons.join(' ')).toContain('required by the rules on electronic surveillance (SIT background paper (2013), para. 25)');
  });

  it('asks who authorises when that is not answered', () => {
    expect(questionFacts(ES({ legality: { authorisingAuthority: 'unknown' } }), 'es-judicial-control-missing')).toContain(
      'legality.authorisingAuthority',
    );
  });

  it('puts the judicial application on the authorisation checklist', () => {
    const items = assess(ES()).checklist.filter((item) => item.ruleId === 'es-judicial-control-missing');
    expect(items.map((item) => item.phase)).toContain('authorisation');
    expect(items.some((item) => item.text.includes('judge'))).toBe(true);
  });

  it('does not apply when electronic surveillance is not chosen', () => {
    const assessment = assess({
      techniques: { selected: ['informant'] },
      legality: { authorisingAuthority: 'senior-officer' },
    });
    expect(findingIds(assessment)).not.toContain('es-judicial-control-missing');
  });
});

describe('electronic surveillance: risk assessment and objectives are prerequisites (para 25)', () => {
  it('flags a missing full risk assessment as high', () => {
    const assessment = assess(ES({ techniques: { electronicSurveillance: { riskAssessment: 'no' } } }));
    expect(findingIds(assessment)).toContain('es-risk-assessment-missing');
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('flags undefined objectives as high', () => {
    const assessment = assess(ES({ techniques: { electronicSurveillance: { objectivesDefined: 'no' } } }));
    expect(findingIds(assessment)).toContain('es-objectives-not-defined');
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('raises neither when both are in place', () => {
    const ids = findingIds(assess(ES()));
    expect(ids).not.toContain('es-risk-assessment-missing');
    expect(ids).not.toContain('es-objectives-not-defined');
  });

  it('leaves both as open questions when unanswered', () => {
    const overrides: CaseOverrides = {
      techniques: { selected: ['electronicSurveillance'] },
      legality: { authorisingAuthority: 'judge' },
    };
    expect(questionFacts(overrides, 'es-risk-assessment-missing')).toContain(
      'techniques.electronicSurveillance.riskAssessment',
    );
    expect(questionFacts(overrides, 'es-objectives-not-defined')).toContain(
      'techniques.electronicSurveillance.objectivesDefined',
    );
  });
});

describe('electronic surveillance: person detection in concealed vehicles (paras 22, 9)', () => {
  const detection = (intervention: CaseOverrides['intervention']) =>
    ES({ techniques: { electronicSurveillance: { types: ['person-detection'] } }, intervention });

  it('blocks the operation when detectors are used and there is no intervention plan, with one blocking finding', () => {
    const assessment = assess(detection({ planInPlace: 'no' }));
    expect(findingIds(assessment)).toContain('ms-intervention-plan-missing');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
    // The detection rule adds its guidance as information, not a second blocking finding.
    const note = assessment.findings.find((finding) => finding.ruleId === 'es-person-detection-without-intervention-plan');
    expect(note?.severity).toBe('info');
    expect(assessment.findings.filter((finding) => finding.severity === 'blocking').map((f) => f.ruleId)).toEqual([
      'ms-intervention-plan-missing',
    ]);
  });

  it('does not block with an intervention plan, and scores the risk down with the measures in place', () => {
    const assessment = assess(detection({ planInPlace: 'yes', rescueTeam: 'yes', medicalCare: 'yes' }));
    expect(findingIds(assessment)).not.toContain('ms-intervention-plan-missing');
    expect(assessment.findings.filter((finding) => finding.severity === 'blocking')).toEqual([]);
    const risk = assessment.riskRegister.find((entry) => entry.id === 'electronic-surveillance-concealed-migrants');
    expect(risk?.before.score).toBe(15);
    expect(risk?.after.score).toBeLessThan(risk!.before.score);
    expect(risk?.measuresMissing).toEqual([]);
  });

  it('puts opening the compartment and medical care in the intervention plan, with their status', () => {
    const assessment = assess(detection({ planInPlace: 'yes', medicalCare: 'no' }));
    const entries = assessment.interventionPlan.entries.filter(
      (entry) => entry.ruleId === 'es-person-detection-without-intervention-plan',
    );
    expect(entries).toHaveLength(2);
    expect(entries.find((entry) => entry.coveredBy === 'intervention.planInPlace')?.status).toBe('planned');
    expect(entries.find((entry) => entry.coveredBy === 'intervention.medicalCare')?.status).toBe('missing');
  });

  it('asks about the intervention plan when it is unanswered', () => {
    expect(questionFacts(detection({}), 'ms-intervention-plan-missing')).toContain('intervention.planInPlace');
  });

  it('is out of scope for interception only', () => {
    const assessment = assess(
      ES({ techniques: { electronicSurveillance: { types: ['interception'] } }, intervention: { planInPlace: 'no' } }),
    );
    expect(findingIds(assessment)).not.toContain('es-person-detection-without-intervention-plan');
    expect(assessment.riskRegister.map((entry) => entry.id)).not.toContain('electronic-surveillance-concealed-migrants');
  });
});

describe('electronic surveillance: language, counter-surveillance, resources (paras 22-24)', () => {
  it('advises interpreters for intercepted conversations in the targets’ languages', () => {
    const assessment = assess(
      ES({
        techniques: {
          electronicSurveillance: { types: ['interception'], languagesInvolved: ['Pashto'], interpretersAvailable: 'no' },
        },
      }),
    );
    expect(findingIds(assessment)).toContain('es-interpreters-missing');
    expect(assessment.verdict.reasons).toContain(
      'Advisory: No interpreters for the languages of the intercepted communications',
    );
    const risk = assessment.riskRegister.find((entry) => entry.id === 'electronic-surveillance-not-understood');
    expect(risk?.measuresMissing).toHaveLength(1);
  });

  it('does not ask for interpreters when they are available, or for video-only surveillance', () => {
    const withInterpreters = assess(
      ES({ techniques: { electronicSurveillance: { types: ['audio'], interpretersAvailable: 'yes' } } }),
    );
    expect(findingIds(withInterpreters)).not.toContain('es-interpreters-missing');
    const videoOnly = assess(ES({ techniques: { electronicSurveillance: { types: ['video'], interpretersAvailable: 'no' } } }));
    expect(findingIds(videoOnly)).not.toContain('es-interpreters-missing');
  });

  it('advises planning for counter-surveillance, and lists it in the risk register', () => {
    const assessment = assess(ES({ techniques: { electronicSurveillance: { counterSurveillanceConsidered: 'no' } } }));
    expect(findingIds(assessment)).toContain('es-counter-surveillance-not-considered');
    const risk = assessment.riskRegister.find((entry) => entry.id === 'electronic-surveillance-countered');
    expect(risk?.after.score).toBe(risk?.before.score);
    const considered = assess(ES({ techniques: { electronicSurveillance: { counterSurveillanceConsidered: 'yes' } } }));
    expect(findingIds(considered)).not.toContain('es-counter-surveillance-not-considered');
    expect(considered.checklist.some((item) => item.text.includes('frequent changes of phone number'))).toBe(true);
  });

  it('advises when staff and equipment are not sufficient', () => {
    expect(findingIds(assess(ES({ techniques: { electronicSurveillance: { resourcesSufficient: 'no' } } })))).toContain(
      'es-resources-insufficient',
    );
    expect(
      findingIds(assess(ES({ techniques: { electronicSurveillance: { resourcesSufficient: 'yes' } } }))),
    ).not.toContain('es-resources-insufficient');
  });

  it('advises a financial investigation when payment orders are intercepted (informal financial systems), once', () => {
    const interception = (concurrentFinancialInvestigation: 'yes' | 'no') =>
      assess(
        ES({
          techniques: { electronicSurveillance: { types: ['interception'] } },
          operation: { concurrentFinancialInvestigation },
        }),
      );
    const without = interception('no');
    expect(findingIds(without).filter((id) => id === 'sb-no-concurrent-financial-investigation')).toHaveLength(1);
    expect(without.findings.find((f) => f.ruleId === 'sb-no-concurrent-financial-investigation')?.sources.map((s) => s.label)).toContain(
      'SIT background paper (2013), para. 23',
    );
    expect(without.checklist.map((item) => item.text)).toContain(
      'Where communications are intercepted, pass intercepted payment orders to a financial investigator to trace informal money transfers and the proceeds of the smuggling',
    );
    expect(findingIds(interception('yes'))).not.toContain('sb-no-concurrent-financial-investigation');
  });
});

describe('electronic surveillance: other jurisdictions (para 25, recommendations para 44)', () => {
  it('flags product meant for a foreign court whose admissibility there is unchecked', () => {
    const assessment = assess(
      ES({ techniques: { electronicSurveillance: { productUsedAbroad: 'yes', admissibilityAbroadChecked: 'no' } } }),
    );
    expect(findingIds(assessment)).toContain('es-admissibility-abroad-unchecked');
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('is satisfied when admissibility has been checked, and out of scope when the product stays at home', () => {
    const checked = assess(
      ES({ techniques: { electronicSurveillance: { productUsedAbroad: 'yes', admissibilityAbroadChecked: 'yes' } } }),
    );
    expect(findingIds(checked)).not.toContain('es-admissibility-abroad-unchecked');
    expect(checked.checklist.some((item) => item.ruleId === 'es-admissibility-abroad-unchecked')).toBe(true);
    const home = assess(
      ES({ techniques: { electronicSurveillance: { productUsedAbroad: 'no', admissibilityAbroadChecked: 'no' } } }),
    );
    expect(findingIds(home)).not.toContain('es-admissibility-abroad-unchecked');
    expect(home.checklist.some((item) => item.ruleId === 'es-admissibility-abroad-unchecked')).toBe(false);
  });

  it('asks whether the product will be used abroad when admissibility is unchecked', () => {
    expect(
      questionFacts(
        ES({ techniques: { electronicSurveillance: { admissibilityAbroadChecked: 'no' } } }),
        'es-admissibility-abroad-unchecked',
      ),
    ).toContain('techniques.electronicSurveillance.productUsedAbroad');
  });

  it('blocks surveillance where the law of the only state involved does not permit it', () => {
    const only = (electronicSurveillance: 'permitted' | 'prohibited') => [
      { name: 'Ruritania', role: 'destination' as const, investigating: true, techniquePermitted: { electronicSurveillance } },
    ];
    const prohibited = assess(ES({ operation: { states: only('prohibited') } }));
    expect(findingIds(prohibited)).toContain('es-prohibited-in-a-state');
    expect(prohibited.verdict.outcome).toBe('do-not-proceed');
    expect(findingIds(assess(ES({ operation: { states: only('permitted') } })))).not.toContain('es-prohibited-in-a-state');
  });

  it('leaves a prohibiting state on a cross-border route to the international-cooperation rule', () => {
    const states = [
      { name: 'Ruritania', role: 'destination' as const, investigating: true, techniquePermitted: { electronicSurveillance: 'permitted' as const } },
      { name: 'Borduria', role: 'transit' as const, techniquePermitted: { electronicSurveillance: 'prohibited' as const } },
    ];
    const assessment = assess(ES({ operation: { states } }));
    expect(findingIds(assessment)).toContain('ic-technique-prohibited-in-state');
    expect(findingIds(assessment)).not.toContain('es-prohibited-in-a-state');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });
});

describe('electronic surveillance: preferable to infiltration (para 21)', () => {
  it('notes, as information only, that surveillance may replace an undercover deployment', () => {
    const assessment = assess(ES({ techniques: { selected: ['electronicSurveillance', 'undercoverOfficer'] } }));
    const finding = assessment.findings.find((entry) => entry.ruleId === 'es-consider-instead-of-infiltration');
    expect(finding?.severity).toBe('info');
    expect(findingIds(assess(ES()))).not.toContain('es-consider-instead-of-infiltration');
  });
});
