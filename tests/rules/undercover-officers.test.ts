import { describe, it, expect } from 'vitest';
import { assess, findingIds, questionFacts, type CaseOverrides } from '../support/assess.ts';

type UcAnswers = NonNullable<NonNullable<CaseOverrides['techniques']>['undercoverOfficer']>;

/** Every undercover safeguard of sit-2013 paras 17-20 in place. */
const SAFE: UcAnswers = {
  trained: 'yes',
  languageAndCultureBriefed: 'yes',
  deployment: 'smuggling-network',
  operationalPlan: 'yes',
  supervision: 'yes',
  riskAssessment: 'yes',
  exitStrategy: 'yes',
  rescueTeam: 'yes',
  objectivesDefined: 'yes',
  confidentialityMeasures: 'yes',
  mayProposeOrInstigateOffences: 'no',
  recordingPermitted: 'yes',
  foreignOfficer: 'no',
};

/** One investigating state that permits undercover work and has authorised it. */
const HOME = {
  name: 'Ruritania',
  role: 'destination' as const,
  investigating: true,
  techniquePermitted: { undercoverOfficer: 'permitted' as const },
  authorisationObtained: 'yes' as const,
};

/** An undercover case: the safe answers, changed by `uc`, plus any other sections. */
const UC = (uc: UcAnswers = {}, rest: Omit<CaseOverrides, 'techniques'> = {}): CaseOverrides => ({
  operation: { states: [HOME] },
  ...rest,
  techniques: { selected: ['undercoverOfficer'], undercoverOfficer: { ...SAFE, ...uc } },
});

const MINE = /^uc-/;
const myFindings = (overrides: CaseOverrides) => findingIds(assess(overrides)).filter((id) => MINE.test(id));

describe('undercover officers: a well-prepared deployment raises no undercover finding', () => {
  it('has no uc- finding and no open uc- question when every safeguard is in place', () => {
    const assessment = assess(
      UC(
        {},
        {
          people: { migrantsPhysicallyInvolved: 'no' },
          admissibility: { evidenceForCourt: 'yes' },
          legality: { prosecutorConsulted: 'yes' },
        },
      ),
    );
    expect(findingIds(assessment).filter((id) => MINE.test(id))).toEqual([]);
    const mine = assessment.openQuestions.filter((q) => q.neededBy.some((need) => MINE.test(need.ruleId)));
    expect(mine).toEqual([]);
  });

  it('does not apply when no undercover officer is used', () => {
    const assessment = assess({
      techniques: { selected: ['informant'], undercoverOfficer: { trained: 'no', mayProposeOrInstigateOffences: 'yes' } },
    });
    expect(findingIds(assessment).filter((id) => MINE.test(id))).toEqual([]);
  });
});

describe('undercover officers: only where national law permits (sit-2013 para 17)', () => {
  it('stops the operation when the law of the state prohibits undercover officers', () => {
    const assessment = assess(
      UC({}, { operation: { states: [{ ...HOME, techniquePermitted: { undercoverOfficer: 'prohibited' } }] } }),
    );
    expect(findingIds(assessment)).toContain('uc-prohibited-in-a-state');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('leaves a prohibition in one of several states to the international-cooperation rule, without a duplicate', () => {
    const assessment = assess(
      UC(
        {},
        {
          operation: {
            states: [HOME, { name: 'Borduria', role: 'transit', techniquePermitted: { undercoverOfficer: 'prohibited' } }],
          },
        },
      ),
    );
    expect(findingIds(assessment)).not.toContain('uc-prohibited-in-a-state');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('asks about the law of the states when none is recorded', () => {
    expect(questionFacts(UC({}, { operation: { states: [] } }), 'uc-prohibited-in-a-state')).toEqual([
      'derived.techniqueProhibitedOnRoute.undercoverOfficer',
    ]);
  });

  it('is satisfied when the state permits undercover officers', () => {
    expect(myFindings(UC())).not.toContain('uc-prohibited-in-a-state');
  });
});

describe('undercover officers: training (sit-2013 paras 17 and 19)', () => {
  it('raises a high finding and escalates when the officer is not trained', () => {
    const assessment = assess(UC({ trained: 'no' }));
    expect(findingIds(assessment)).toContain('uc-officer-not-trained');
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('asks about training when that is not answered', () => {
    expect(questionFacts(UC({ trained: 'unknown' }), 'uc-officer-not-trained')).toEqual([
      'techniques.undercoverOfficer.trained',
    ]);
  });
});

describe('undercover officers: risk assessment (sit-2013 paras 17 and 20)', () => {
  it('raises a high finding when there is no prior risk assessment', () => {
    const assessment = assess(UC({ riskAssessment: 'no' }));
    expect(findingIds(assessment)).toContain('uc-risk-not-assessed');
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('registers the risk of the officer being compromised, scored lower with the safeguards in place', () => {
    const bare = assess(
      UC({ riskAssessment: 'no', trained: 'no', languageAndCultureBriefed: 'no', confidentialityMeasures: 'no', exitStrategy: 'no', rescueTeam: 'no' }),
    ).riskRegister.find((r) => r.id === 'uc-risk-officer-compromised');
    const prepared = assess(UC()).riskRegister.find((r) => r.id === 'uc-risk-officer-compromised');
    expect(bare?.after.score).toBe(15);
    expect(prepared?.after.score).toBeLessThan(bare!.after.score);
  });

  it('plans the withdrawal of a compromised officer under the exit strategy', () => {
    const entry = assess(UC({ exitStrategy: 'no' })).interventionPlan.entries.find(
      (e) => e.ruleId === 'uc-risk-not-assessed',
    );
    expect(entry?.coveredBy).toBe('techniques.undercoverOfficer.exitStrategy');
    expect(entry?.status).toBe('missing');
  });
});

describe('undercover officers: no agent provocateur or entrapment (sit-2013 para 18)', () => {
  it('stops the operation when the officer could propose or encourage offences', () => {
    const assessment = assess(UC({ mayProposeOrInstigateOffences: 'yes' }));
    const finding = assessment.findings.find((f) => f.ruleId === 'uc-may-instigate-offences');
    expect(finding?.severity).toBe('blocking');
    expect(finding?.explanation).toContain('in most jurisdictions');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
  });

  it('is satisfied when the officer only joins the existing scheme', () => {
    expect(myFindings(UC())).not.toContain('uc-may-instigate-offences');
  });

  it('leaves the question open and escalates when it is not answered', () => {
    const overrides = UC({ mayProposeOrInstigateOffences: 'unknown' });
    expect(questionFacts(overrides, 'uc-may-instigate-offences')).toEqual([
      'techniques.undercoverOfficer.mayProposeOrInstigateOffences',
    ]);
    expect(['escalate', 'do-not-proceed']).toContain(assess(overrides).verdict.outcome);
  });
});

describe('undercover officers: safe-house deployment (sit-2013 para 19)', () => {
  it('raises a high finding when the safe-house deployment has no exit strategy', () => {
    const assessment = assess(UC({ deployment: 'safe-house', exitStrategy: 'no' }));
    expect(findingIds(assessment)).toContain('uc-safe-house-safeguards-missing');
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('is satisfied by operational plan, supervision, risk assessment, exit strategy and rescue team', () => {
    const assessment = assess(UC({ deployment: 'safe-house' }));
    expect(findingIds(assessment)).not.toContain('uc-safe-house-safeguards-missing');
    const entries = assessment.interventionPlan.entries.filter((e) => e.ruleId === 'uc-safe-house-safeguards-missing');
    expect(entries.map((e) => e.status)).toEqual(['planned', 'planned']);
    expect(assessment.checklist.filter((item) => item.ruleId === 'uc-safe-house-safeguards-missing')).toHaveLength(5);
  });

  it('leaves a missing risk assessment to uc-risk-not-assessed, so it is raised once', () => {
    const ids = findingIds(assess(UC({ deployment: 'safe-house', riskAssessment: 'no' })));
    expect(ids).toContain('uc-risk-not-assessed');
    expect(ids).not.toContain('uc-safe-house-safeguards-missing');
  });

  it('does not apply to other deployments', () => {
    const assessment = assess(UC({ deployment: 'online', exitStrategy: 'no' }));
    expect(findingIds(assessment)).not.toContain('uc-safe-house-safeguards-missing');
    expect(assessment.checklist.some((item) => item.ruleId === 'uc-safe-house-safeguards-missing')).toBe(false);
    expect(assessment.riskRegister.some((r) => r.id === 'uc-risk-safe-house-exposure')).toBe(false);
  });

  it('asks where the officer is deployed when a safeguard is missing and the deployment is unknown', () => {
    expect(questionFacts(UC({ deployment: 'unknown', rescueTeam: 'no' }), 'uc-safe-house-safeguards-missing')).toContain(
      'techniques.undercoverOfficer.deployment',
    );
  });
});

describe('undercover officers: safe house with migrants present (sit-2013 paras 9, 19, 20)', () => {
  const withMigrants = (uc: UcAnswers, intervention: NonNullable<CaseOverrides['intervention']>) =>
    UC({ deployment: 'safe-house', ...uc }, { people: { migrantsPhysicallyInvolved: 'yes' }, intervention });

  it('stops the operation when there is no rescue team for the officer and the migrants', () => {
    const assessment = assess(withMigrants({}, { planInPlace: 'yes', rescueTeam: 'no', medicalCare: 'yes' }));
    expect(findingIds(assessment)).toContain('uc-safe-house-migrants-no-rescue');
    expect(assessment.verdict.outcome).toBe('do-not-proceed');
    const rescue = assessment.interventionPlan.entries.find(
      (e) => e.ruleId === 'uc-safe-house-migrants-no-rescue' && e.coveredBy === 'intervention.rescueTeam',
    );
    expect(rescue?.action).toContain('extracts the officer and brings the migrants to safety');
    expect(rescue?.status).toBe('missing');
  });

  it('plans to abort and give medical care if migrants are in danger, and registers the risk to them', () => {
    const assessment = assess(withMigrants({}, { planInPlace: 'yes', rescueTeam: 'yes', medicalCare: 'yes', abortTriggersDefined: 'yes' }));
    expect(findingIds(assessment)).not.toContain('uc-safe-house-migrants-no-rescue');
    const abort = assessment.interventionPlan.entries.find(
      (e) => e.ruleId === 'uc-safe-house-migrants-no-rescue' && e.action.startsWith('Abort'),
    );
    expect(abort?.status).toBe('planned');
    const risk = assessment.riskRegister.find((r) => r.id === 'uc-risk-safe-house-migrants-harmed');
    expect(risk?.confirmed).toBe(true);
    expect(risk?.after.score).toBeLessThan(risk!.before.score);
  });

  it('also stops the operation when no team can extract the officer', () => {
    expect(myFindings(withMigrants({ rescueTeam: 'no' }, { rescueTeam: 'yes' }))).toContain('uc-safe-house-migrants-no-rescue');
  });

  it('does not apply when no migrants are present', () => {
    const assessment = assess(
      UC({ deployment: 'safe-house' }, { people: { migrantsPhysicallyInvolved: 'no' }, intervention: { rescueTeam: 'no' } }),
    );
    expect(findingIds(assessment)).not.toContain('uc-safe-house-migrants-no-rescue');
  });
});

describe('undercover officers: migrants present, triggers to stop (sit-2013 para 20, practice)', () => {
  it('raises one high practice finding, from the migrant-safety rule, when migrants are present and no triggers to stop are defined', () => {
    const assessment = assess(
      UC(
        {},
        {
          people: { migrantsPhysicallyInvolved: 'yes', riskToLife: 'yes' },
          intervention: { planInPlace: 'yes', abortTriggersDefined: 'no' },
        },
      ),
    );
    const findings = assessment.findings.filter((f) => f.ruleId === 'ms-risk-to-life-no-stop-triggers');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.basis).toBe('practice');
    expect(findings[0]?.severity).toBe('high');
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(assessment.checklist.map((item) => item.text)).toContain(
      'If an undercover officer is deployed, brief the officer on the events that require an immediate report and a stop to the deployment to protect migrants',
    );
  });

  it('raises it for migrants present during the deployment even without a known risk to life', () => {
    const assessment = assess(
      UC({}, { people: { migrantsPhysicallyInvolved: 'yes' }, intervention: { planInPlace: 'yes', abortTriggersDefined: 'no' } }),
    );
    expect(findingIds(assessment)).toContain('ms-risk-to-life-no-stop-triggers');
  });

  it('does not apply when no migrants are present and no risk to life is known', () => {
    expect(
      findingIds(
        assess(UC({}, { people: { migrantsPhysicallyInvolved: 'no', riskToLife: 'no' }, intervention: { abortTriggersDefined: 'no' } })),
      ),
    ).not.toContain('ms-risk-to-life-no-stop-triggers');
  });
});

describe('undercover officers: language, slang and culture (sit-2013 para 19)', () => {
  it('raises a finding when the officer does not know the language and culture of the group', () => {
    const assessment = assess(UC({ languageAndCultureBriefed: 'no' }));
    const finding = assessment.findings.find((f) => f.ruleId === 'uc-language-culture-not-known');
    expect(finding?.remedy).toContain('exchange programme');
    expect(assessment.verdict.outcome).toBe('escalate');
  });
});

describe('undercover officers: confidentiality, objectives and authorisation (sit-2013 para 20)', () => {
  it('raises a finding when the deployment is not kept strictly confidential', () => {
    expect(myFindings(UC({ confidentialityMeasures: 'no' }))).toContain('uc-confidentiality-not-ensured');
  });

  it('raises a finding when the objectives are not clearly defined', () => {
    expect(myFindings(UC({ objectivesDefined: 'no' }))).toContain('uc-objectives-not-defined');
  });

  it('raises a finding when authorisation is missing in a state where the officer acts', () => {
    const assessment = assess(UC({}, { operation: { states: [{ ...HOME, authorisationObtained: 'no' }] } }));
    expect(findingIds(assessment)).toContain('uc-authorisation-missing-in-a-state');
    expect(assessment.verdict.outcome).toBe('escalate');
  });

  it('leaves the missing authorisation to the stricter controlled-delivery rule when a controlled delivery is also planned', () => {
    const assessment = assess({
      operation: { states: [{ ...HOME, authorisationObtained: 'no' }] },
      techniques: { selected: ['undercoverOfficer', 'controlledDelivery'], undercoverOfficer: SAFE },
    });
    expect(findingIds(assessment)).toContain('cd-authorisation-missing-in-a-state');
    expect(findingIds(assessment)).not.toContain('uc-authorisation-missing-in-a-state');
  });

  it('is satisfied when every state has authorised the deployment', () => {
    expect(myFindings(UC())).not.toContain('uc-authorisation-missing-in-a-state');
  });
});

describe('undercover officers: corroboration and admissibility of the evidence (sit-2013 para 19)', () => {
  it('raises an advisory finding when the officer may not record and the evidence is for court', () => {
    const assessment = assess(
      UC({ recordingPermitted: 'no' }, { admissibility: { evidenceForCourt: 'yes' }, legality: { prosecutorConsulted: 'yes' } }),
    );
    const finding = assessment.findings.find((f) => f.ruleId === 'uc-no-recording-to-corroborate');
    expect(finding?.severity).toBe('advisory');
    expect(assessment.checklist.some((item) => item.ruleId === 'uc-no-recording-to-corroborate')).toBe(true);
  });

  it('is satisfied when the law permits recording', () => {
    expect(myFindings(UC({}, { admissibility: { evidenceForCourt: 'yes' } }))).not.toContain('uc-no-recording-to-corroborate');
  });

  it('does not apply when the evidence is not meant for court', () => {
    expect(myFindings(UC({ recordingPermitted: 'no' }, { admissibility: { evidenceForCourt: 'no' } }))).not.toContain(
      'uc-no-recording-to-corroborate',
    );
  });
});
