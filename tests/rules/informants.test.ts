import { describe, it, expect } from 'vitest';
import { assess, findingIds, questionFacts, type CaseOverrides } from '../support/assess.ts';

type InformantAnswers = NonNullable<NonNullable<CaseOverrides['techniques']>['informant']>;

/** Every informant safeguard of sit-2013 paras 14-16 in place. */
const SAFE: InformantAnswers = {
  category: 'confidential',
  background: 'involved-in-smuggling',
  isChild: 'no',
  motive: 'leniency',
  motiveAssessed: 'yes',
  informationCorroborated: 'yes',
  closeToCriminalActivity: 'yes',
  handlerAssigned: 'yes',
  handlingSupervised: 'yes',
  paymentsOrBenefits: 'yes',
  paymentsRegulated: 'yes',
  safetyAssessed: 'yes',
  identityProtected: 'yes',
  disclosureRulesChecked: 'yes',
  seniorOrProsecutorAdvice: 'yes',
};

/** One investigating state whose law permits informants. */
const HOME = {
  name: 'Ruritania',
  role: 'destination' as const,
  investigating: true,
  techniquePermitted: { informant: 'permitted' as const },
};

/** An informant case: the safe answers, changed by `informant`, plus any other sections. */
const INF = (informant: InformantAnswers = {}, rest: Omit<CaseOverrides, 'techniques'> = {}): CaseOverrides => ({
  operation: { states: [HOME] },
  ...rest,
  techniques: { selected: ['informant'], informant: { ...SAFE, ...informant } },
});

/** Only the given informant answers; every other informant question unknown. */
const ONLY = (informant: InformantAnswers): CaseOverrides => ({
  techniques: { selected: ['informant'], informant },
});

const MINE = /^inf-/;
const myFindings = (overrides: CaseOverrides) => findingIds(assess(overrides)).filter((id) => MINE.test(id));

describe('informants: a well-managed informant raises no informant finding', () => {
  it('has no inf- finding and no open inf- question when every safeguard is in place', () => {
    const assessment = assess(INF());
    expect(findingIds(assessment).filter((id) => MINE.test(id))).toEqual([]);
    const mine = assessment.openQuestions.filter((question) =>
      question.neededBy.some((need) => MINE.test(need.ruleId)),
    );
    expect(mine).toEqual([]);
  });

  it('does not apply when no informant is used', () => {
    const assessment = assess({
      techniques: { selected: ['undercoverOfficer'], informant: { motiveAssessed: 'no', safetyAssessed: 'no' } },
    });
    expect(findingIds(assessment).filter((id) => MINE.test(id))).toEqual([]);
  });
});

describe('informants: only where the law permits (sit-2013 paras 16 and 29)', () => {
  it('stops the operation when the law of the state prohibits informants', () => {
    const assessment = assess(
      INF({}, { operation: { states: [{ ...HOME, techniquePermitted: { informant: 'prohibited' } }] } }),
    );
    expect(findingIds(assessment)).toContain('inf-prohibited-by-national-law');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('leaves a prohibition in one of several states to the international-cooperation module', () => {
    const assessment = assess(
      INF(
        {},
        {
          operation: {
            states: [HOME, { name: 'Borduria', role: 'transit', techniquePermitted: { informant: 'prohibited' } }],
          },
        },
      ),
    );
    expect(findingIds(assessment)).not.toContain('inf-prohibited-by-national-law');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('asks about the law when no state is recorded', () => {
    expect(questionFacts(ONLY({}), 'inf-prohibited-by-national-law')).toEqual([
      'derived.techniqueProhibitedOnRoute.informant',
    ]);
  });
});

describe('informants: motives (sit-2013 paras 14-16)', () => {
  it('raises a high finding and escalates when the motives of a criminal informant were not assessed', () => {
    const assessment = assess(INF({ motive: 'eliminating-competition', motiveAssessed: 'no' }));
    expect(findingIds(assessment)).toContain('inf-motives-not-assessed');
    const finding = assessment.findings.find((f) => f.ruleId === 'inf-motives-not-assessed');
    expect(finding?.severity).toBe('high');
    expect(finding?.sources.map((source) => source.para)).toEqual(expect.arrayContaining([14, 15, 16]));
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('scores the risk of unreliable information lower once motives are assessed and the information corroborated', () => {
    const before = assess(INF({ motiveAssessed: 'no', informationCorroborated: 'no', handlingSupervised: 'no' }));
    const after = assess(INF());
    const riskBefore = before.riskRegister.find((risk) => risk.id === 'inf-risk-unreliable-information');
    const riskAfter = after.riskRegister.find((risk) => risk.id === 'inf-risk-unreliable-information');
    expect(riskBefore?.after.score).toBe(12);
    expect(riskAfter?.after.score).toBeLessThan(riskBefore!.after.score);
    expect(riskAfter?.measuresInPlace).toContain("Informant's motives assessed");
  });

  it('asks about motives when that is not answered', () => {
    expect(questionFacts(ONLY({}), 'inf-motives-not-assessed')).toContain('techniques.informant.motiveAssessed');
  });
});

describe('informants: corroboration (sit-2013 para 15)', () => {
  it('raises a finding for an uncorroborated anonymous informant', () => {
    expect(myFindings(INF({ category: 'anonymous', informationCorroborated: 'no' }))).toContain(
      'inf-information-not-corroborated',
    );
  });

  it('is satisfied once the information is corroborated', () => {
    expect(myFindings(INF({ category: 'anonymous' }))).not.toContain('inf-information-not-corroborated');
  });
});

describe('informants: regulated handling and the handler relationship (sit-2013 para 16)', () => {
  it('raises a finding when the handler relationship is not supervised', () => {
    const assessment = assess(INF({ handlingSupervised: 'no' }));
    expect(findingIds(assessment)).toContain('inf-handling-not-supervised');
    expect(assessment.verdict.outcome).toBe('escalate');
    const risk = assessment.riskRegister.find((entry) => entry.id === 'inf-risk-handler-corruption');
    expect(risk?.measuresMissing).toContain('Handler–informant relationship supervised');
  });

  it('raises it when no handler is assigned', () => {
    expect(myFindings(INF({ handlerAssigned: 'no' }))).toContain('inf-handling-not-supervised');
  });

  it('puts handler and controller duties on the checklist', () => {
    const items = assess(INF()).checklist.filter((item) => item.ruleId === 'inf-handling-not-supervised');
    expect(items.map((item) => item.role)).toEqual(expect.arrayContaining(['Officer in charge', 'Controller', 'Handler']));
  });
});

describe('informants: payments (sit-2013 para 16)', () => {
  it('raises a finding when a paid informant is paid outside a regulated scheme', () => {
    expect(myFindings(INF({ motive: 'financial-reward', paymentsRegulated: 'no' }))).toContain('inf-payments-not-regulated');
  });

  it('does not apply to an unpaid informant', () => {
    const assessment = assess(INF({ paymentsOrBenefits: 'no', paymentsRegulated: 'no' }));
    expect(findingIds(assessment)).not.toContain('inf-payments-not-regulated');
    expect(assessment.checklist.some((item) => item.ruleId === 'inf-payments-not-regulated')).toBe(false);
  });

  it('asks whether payments are regulated for a paid informant', () => {
    expect(questionFacts(ONLY({ paymentsOrBenefits: 'yes' }), 'inf-payments-not-regulated')).toEqual([
      'techniques.informant.paymentsRegulated',
    ]);
  });
});

describe('informants: safety and identity (sit-2013 para 15)', () => {
  it('raises a finding when the identity of a confidential informant is not protected', () => {
    expect(myFindings(INF({ identityProtected: 'no' }))).toContain('inf-safety-or-identity-not-protected');
  });

  it('raises a finding when the safety of any informant has not been assessed', () => {
    expect(myFindings(INF({ category: 'non-confidential', safetyAssessed: 'no' }))).toContain(
      'inf-safety-or-identity-not-protected',
    );
  });

  it('does not ask identity protection of a non-confidential informant whose safety is assessed', () => {
    expect(myFindings(INF({ category: 'non-confidential', identityProtected: 'no' }))).not.toContain(
      'inf-safety-or-identity-not-protected',
    );
  });

  it('plans what to do if the informant is threatened, and registers the retaliation risk', () => {
    const assessment = assess(INF({ safetyAssessed: 'no' }));
    const entry = assessment.interventionPlan.entries.find((e) => e.ruleId === 'inf-safety-or-identity-not-protected');
    expect(entry?.status).toBe('missing');
    const risk = assessment.riskRegister.find((r) => r.id === 'inf-risk-informant-harmed');
    expect(risk?.before.score).toBe(15);
  });
});

describe('informants: disclosure of identity to the defence (sit-2013 paras 15-16)', () => {
  it('raises a finding for a confidential informant when disclosure rules were not checked', () => {
    expect(myFindings(INF({ disclosureRulesChecked: 'no' }))).toContain('inf-disclosure-rules-not-checked');
  });

  it('raises it for a non-confidential informant who is close to the criminal activity', () => {
    expect(
      myFindings(INF({ category: 'non-confidential', closeToCriminalActivity: 'yes', disclosureRulesChecked: 'no' })),
    ).toContain('inf-disclosure-rules-not-checked');
  });

  it('does not apply to a non-confidential informant outside the criminal activity', () => {
    expect(
      myFindings(
        INF({ category: 'non-confidential', background: 'member-of-public', closeToCriminalActivity: 'no', disclosureRulesChecked: 'no' }),
      ),
    ).not.toContain('inf-disclosure-rules-not-checked');
  });
});

describe('informants: categories (sit-2013 para 15)', () => {
  it('tells the officer that a non-confidential informant may have to testify, without changing the verdict', () => {
    const assessment = assess(INF({ category: 'non-confidential' }));
    const finding = assessment.findings.find((f) => f.ruleId === 'inf-non-confidential-informant');
    expect(finding?.severity).toBe('info');
    expect(assessment.checklist.some((item) => item.ruleId === 'inf-non-confidential-informant')).toBe(true);
  });
});

describe('informants: advice to secure admissibility (sit-2013 para 16)', () => {
  it('raises a high finding when no senior officer, prosecutor or judge was asked for advice', () => {
    const assessment = assess(INF({ seniorOrProsecutorAdvice: 'no' }));
    expect(findingIds(assessment)).toContain('inf-no-senior-or-prosecutor-advice');
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('is satisfied when advice was sought', () => {
    expect(myFindings(INF())).not.toContain('inf-no-senior-or-prosecutor-advice');
  });
});

describe('informants: the informant is a smuggled migrant (sit-2013 para 14; recommendations-2015 para 28)', () => {
  const migrant = (extra: Omit<CaseOverrides, 'techniques'> = {}) =>
    INF({ background: 'smuggled-migrant', closeToCriminalActivity: 'no', category: 'confidential' }, extra);

  it('raises an advisory finding with the priority of the migrant’s safety', () => {
    const assessment = assess(migrant());
    const finding = assessment.findings.find((f) => f.ruleId === 'inf-smuggled-migrant-informant');
    expect(finding?.severity).toBe('advisory');
    expect(finding?.sources.some((s) => s.doc === 'recommendations-2015' && s.para === 28)).toBe(true);
    expect(assessment.verdict.outcome).not.toBe('proceed');
  });

  it('plans to stop tasking and protect him, and shows a gap when no victim support is arranged', () => {
    const assessment = assess(migrant({ intervention: { victimSupport: 'no' } }));
    const entry = assessment.interventionPlan.entries.find((e) => e.ruleId === 'inf-smuggled-migrant-informant');
    expect(entry?.status).toBe('missing');
    expect(assessment.interventionPlan.gaps.some((gap) => gap.includes('inf-smuggled-migrant-informant'))).toBe(true);
  });

  it('lowers the retaliation risk when protection measures are in place', () => {
    const unprotected = assess(
      INF({ background: 'smuggled-migrant', safetyAssessed: 'no', identityProtected: 'no' }),
    ).riskRegister.find((r) => r.id === 'inf-risk-migrant-informant-harmed');
    const protectedCase = assess(
      migrant({ admissibility: { witnessProtection: 'yes' }, intervention: { victimSupport: 'yes' } }),
    ).riskRegister.find((r) => r.id === 'inf-risk-migrant-informant-harmed');
    expect(unprotected?.after.score).toBe(20);
    expect(protectedCase?.after.score).toBeLessThan(unprotected!.after.score);
  });

  it('puts continuous risk reassessment on the execution checklist', () => {
    const items = assess(migrant()).checklist.filter((item) => item.ruleId === 'inf-smuggled-migrant-informant');
    expect(items.some((item) => item.phase === 'execution' && item.text.includes('Reassess'))).toBe(true);
  });

  it('does not apply to other informants', () => {
    expect(myFindings(INF())).not.toContain('inf-smuggled-migrant-informant');
  });
});

describe('informants: a child informant (sit-2013 para 13)', () => {
  it('escalates a child used as informant without a safety assessment: the child finding and the safety finding, no blocking finding', () => {
    const assessment = assess(INF({ isChild: 'yes', safetyAssessed: 'no' }));
    expect(findingIds(assessment)).toEqual(expect.arrayContaining(['ch-child-informant', 'inf-safety-or-identity-not-protected']));
    const finding = assessment.findings.find((f) => f.ruleId === 'ch-child-informant');
    expect(finding?.basis).toBe('practice');
    expect(finding?.practiceNote).toBeTruthy();
    // The papers do not deal with child informants, so this is escalated to a higher authority, not blocked.
    expect(assessment.findings.filter((f) => f.severity === 'blocking')).toEqual([]);
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('keeps the child-protection plan and the child-informant risk once the child’s safety has been assessed', () => {
    const assessment = assess(INF({ isChild: 'yes' }, { intervention: { childProtectionServices: 'no' } }));
    expect(findingIds(assessment)).not.toContain('inf-safety-or-identity-not-protected');
    const entry = assessment.interventionPlan.entries.find((e) => e.ruleId === 'ch-child-informant');
    expect(entry?.who).toBe('Child protection lead');
    expect(entry?.status).toBe('missing');
    expect(assessment.riskRegister.some((r) => r.id === 'ch-risk-child-informant-harmed')).toBe(true);
    expect(assessment.checklist.map((item) => item.text)).toContain(
      "Assess the child informant's safety with the child protection lead before any tasking, and reassess after every contact",
    );
  });

  it('asks about the child’s safety, and escalates, when it is unanswered', () => {
    const assessment = assess(ONLY({ isChild: 'yes' }));
    expect(questionFacts(ONLY({ isChild: 'yes' }), 'inf-safety-or-identity-not-protected')).toContain(
      'techniques.informant.safetyAssessed',
    );
    expect(['escalate', 'do-not-proceed']).toContain(assessment.verdict.outcome);
  });

  it('does not apply to an adult informant', () => {
    const assessment = assess(INF({ isChild: 'no', safetyAssessed: 'no' }));
    expect(findingIds(assessment)).not.toContain('ch-child-informant');
    expect(assessment.riskRegister.some((r) => r.id === 'ch-risk-child-informant-harmed')).toBe(false);
  });
});
