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
import { CLEAN_WITH_MIGRANTS as CLEAN, PROTECTED_WITNESSES as WITNESSES, fromBaseline } from '../support/clean-case.ts';
import type { Assessment } from '../../src/domain/assessment.schema.ts';

/**
 * Victims and witnesses (CTOC/COP/WG.7/2012/2, paras 6-7, 10-11, 14, 19-22;
 * UNODC activities 2010, paras 21-23; consolidated recommendations 2015, paras 17,
 * 25, 32, 34-35; CTOC/COP/WG.7/2013/3, paras 22-26). Each case starts from answers
 * that are clean for every module (migrants present, every safeguard in place, no
 * technique chosen) and changes only what the paragraph is about.
 */
const { withClean: clean } = fromBaseline(CLEAN);
const vwFindings = (assessment: Assessment) => moduleConcerns(assessment, 'victims-witnesses');

/** A smuggling case that has turned into trafficking: debts to work off, passports taken. */
const TURNED_TRAFFICKING: CaseOverrides = {
  people: { traffickingIndicators: { debtBondage: 'yes', confiscatedDocuments: 'yes' } },
};

describe('challenges-2012 paras 6-7, multi-agency-2013 para 26: a smuggling case that turns into trafficking', () => {
  it('escalates when there are trafficking indicators and no victim support', () => {
    const assessment = clean(caseOf(TURNED_TRAFFICKING, { intervention: { victimSupport: 'no' } }));
    expect(findingIds(assessment)).toContain('vw-trafficking-no-victim-support');
    // The papers ask for a distinct response to trafficking but do not name victim support: good practice.
    const finding = assessment.findings.find((f) => f.ruleId === 'vw-trafficking-no-victim-support');
    expect(finding?.basis).toBe('practice');
    expect(finding?.practiceNote).toMatch(/do not say/);
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(risk(assessment, 'vw-risk-trafficking-victims-missed')?.confirmed).toBe(true);
    expect(entriesOf(assessment, 'vw-trafficking-no-victim-support')[0]?.status).toBe('missing');
  });

  it('does not fire when victim support is arranged; victim identification stays on the checklist', () => {
    const assessment = clean(TURNED_TRAFFICKING);
    expect(findingIds(assessment)).not.toContain('vw-trafficking-no-victim-support');
    expect(checklistOf(assessment, 'vw-trafficking-no-victim-support').map((e) => e.phase)).toEqual([
      'execution',
      'post-operation',
    ]);
    const missed = risk(assessment, 'vw-risk-trafficking-victims-missed');
    expect(missed?.after.score).toBeLessThan(missed?.before.score ?? 0);
  });

  it('asks about victim support when it is unanswered', () => {
    const assessment = assess({ people: { traffickingIndicators: { deception: 'yes' } } });
    expect(openFact(assessment, 'intervention.victimSupport')?.neededBy.map((n) => n.ruleId)).toContain(
      'vw-trafficking-no-victim-support',
    );
  });

  it('does not fire when no indicator of trafficking is present', () => {
    const assessment = clean({ intervention: { victimSupport: 'no' } });
    expect(findingIds(assessment)).not.toContain('vw-trafficking-no-victim-support');
  });
});

describe('recommendations-2015 para 32, challenges-2012 paras 10 and 20: a distinct response to trafficking', () => {
  it('attaches a condition when the prosecutor has not been consulted about trafficking', () => {
    const assessment = clean(caseOf(TURNED_TRAFFICKING, { legality: { prosecutorConsulted: 'no' } }));
    expect(findingIds(assessment)).toContain('vw-trafficking-prosecutor-not-consulted');
    expect(assessment.verdict.outcome).not.toBe('proceed');
  });

  it('does not fire once the prosecutor is consulted', () => {
    expect(findingIds(clean(TURNED_TRAFFICKING))).not.toContain('vw-trafficking-prosecutor-not-consulted');
  });

  it('leaves the missing consultation to the admissibility finding when the evidence is for court, keeping the trafficking review on the checklist', () => {
    const assessment = clean(
      caseOf(TURNED_TRAFFICKING, { legality: { prosecutorConsulted: 'no' }, admissibility: { evidenceForCourt: 'yes' } }),
    );
    expect(findingIds(assessment)).toContain('ad-court-evidence-without-prosecutor-advice');
    expect(findingIds(assessment)).not.toContain('vw-trafficking-prosecutor-not-consulted');
    expect(checklistOf(assessment, 'vw-trafficking-prosecutor-not-consulted').map((e) => e.text)).toContain(
      'Review with the prosecutor whether trafficking in persons offences apply and update the list of offences',
    );
  });
});

describe('challenges-2012 para 7 (practice): trafficking victims are not offenders', () => {
  it('reminds the officer, without changing the verdict', () => {
    const assessment = clean(TURNED_TRAFFICKING);
    const finding = assessment.findings.find((f) => f.ruleId === 'vw-trafficking-victims-not-punished');
    expect(finding?.severity).toBe('info');
    expect(finding?.basis).toBe('practice');
    expect(assessment.verdict.outcome).toBe('proceed');
  });
});

describe('challenges-2012 paras 11 and 14: migrants are witnesses and victims, not suspects', () => {
  it('reminds every team when migrants are present', () => {
    const assessment = assess(CLEAN);
    expect(findingIds(assessment)).toContain('vw-migrants-are-witnesses-not-suspects');
    expect(checklistOf(assessment, 'vw-migrants-are-witnesses-not-suspects')[0]?.text).toMatch(/not to be arrested/);
    expect(assessment.verdict.outcome).toBe('proceed');
  });

  it('says nothing when no migrants are involved', () => {
    const assessment = clean({ people: { migrantsPhysicallyInvolved: 'no' } });
    expect(findingIds(assessment)).not.toContain('vw-migrants-are-witnesses-not-suspects');
  });
});

describe('challenges-2012 paras 10 and 23, recommendations-2015 para 17: victims of violence', () => {
  it('records migrants subjected to violence as victims of crime', () => {
    const assessment = clean({ people: { traffickingIndicators: { violence: 'yes' } } });
    expect(findingIds(assessment)).toContain('vw-violence-victims-of-crime');
    expect(checklistOf(assessment, 'vw-violence-victims-of-crime').some((e) => /legal assistance/.test(e.text))).toBe(true);
  });

  it('does not fire without violence', () => {
    expect(findingIds(assess(CLEAN))).not.toContain('vw-violence-victims-of-crime');
  });
});

describe('challenges-2012 paras 19-20, unodc-activities-2010 paras 22-23: an informed decision to testify', () => {
  it('adds guidance on explaining the interview when migrants will be witnesses', () => {
    const assessment = clean(WITNESSES);
    expect(findingIds(assessment)).toContain('vw-witness-informed-decision');
    expect(checklistOf(assessment, 'vw-witness-informed-decision').length).toBe(1);
    // Cultural training and cross-checked interpretation come once, from the admissibility rule.
    const texts = assessment.checklist.map((e) => e.text);
    expect(texts.filter((t) => /cross-check/i.test(t))).toHaveLength(1);
    expect(texts.filter((t) => /purpose of the interview/i.test(t))).toHaveLength(1);
    expect(vwFindings(assessment)).toEqual([]);
  });

  it('adds recovery time for witnesses who made a dangerous journey', () => {
    const assessment = clean(caseOf(WITNESSES, { people: { journey: { concealedInVehicleOrContainer: 'yes' } } }));
    expect(findingIds(assessment)).toContain('vw-witness-recovery-time');
    expect(checklistOf(assessment, 'vw-witness-recovery-time').some((e) => /reflection period/.test(e.text))).toBe(true);
  });

  it('does not add recovery time when the journey was safe', () => {
    expect(findingIds(clean(WITNESSES))).not.toContain('vw-witness-recovery-time');
  });
});

describe('unodc-activities-2010 paras 21 and 23, recommendations-2015 paras 34-35: protecting migrant witnesses', () => {
  it('attaches a condition when nothing protects migrant witnesses', () => {
    const assessment = clean(caseOf(WITNESSES, { admissibility: { witnessProtection: 'no' } }));
    expect(findingIds(assessment)).toContain('vw-witness-protection-missing');
    expect(findingIds(assessment)).not.toContain('vw-retaliation-threats-unprotected');
    expect(assessment.verdict.outcome).not.toBe('proceed');
  });

  it('does not fire with protection in place', () => {
    expect(findingIds(clean(WITNESSES))).not.toContain('vw-witness-protection-missing');
  });

  it('asks about protection when it is unanswered', () => {
    const assessment = assess({ admissibility: { migrantWitnesses: 'yes' } });
    expect(openFact(assessment, 'admissibility.witnessProtection')?.neededBy.map((n) => n.ruleId)).toContain(
      'vw-witness-protection-missing',
    );
  });
});

describe('challenges-2012 para 22: retaliation against witnesses and their families', () => {
  const THREATENED: CaseOverrides = caseOf(WITNESSES, { people: { traffickingIndicators: { violence: 'yes' } } });

  it('escalates when threatened migrant witnesses have no protection', () => {
    const assessment = clean(caseOf(THREATENED, { admissibility: { witnessProtection: 'no' } }));
    expect(findingIds(assessment)).toContain('vw-retaliation-threats-unprotected');
    expect(['escalate', 'do-not-proceed']).toContain(assessment.verdict.outcome);
    const retaliation = risk(assessment, 'vw-risk-retaliation');
    expect(retaliation?.before.score).toBe(12);
    expect(retaliation?.measuresMissing).toContain('Witness protection measures in place');
    expect(entriesOf(assessment, 'vw-retaliation-threats-unprotected')[0]?.status).toBe('missing');
  });

  it('does not fire with protection in place; protecting families abroad stays on the checklist', () => {
    const assessment = clean(THREATENED);
    expect(findingIds(assessment)).not.toContain('vw-retaliation-threats-unprotected');
    expect(checklistOf(assessment, 'vw-retaliation-threats-unprotected').some((e) => /other states/.test(e.text))).toBe(true);
    expect(risk(assessment, 'vw-risk-retaliation')?.measuresInPlace).toContain('Witness protection measures in place');
    expect(risk(assessment, 'vw-risk-retaliation')?.after.score).toBeLessThan(4);
  });
});

describe('multi-agency-2013 paras 22-26, recommendations-2015 para 25: protocols with partner organisations', () => {
  it('attaches a condition when migrants are handed to partners without a written protocol', () => {
    const assessment = clean({ intervention: { partnerProtocol: 'no' } });
    expect(findingIds(assessment)).toContain('vw-partner-protocol-missing');
    expect(assessment.verdict.outcome).toBe('proceed-with-conditions');
  });

  it('keeps the safety of victims with the police on the checklist, even with a protocol', () => {
    const assessment = assess(CLEAN);
    expect(findingIds(assessment)).not.toContain('vw-partner-protocol-missing');
    const items = checklistOf(assessment, 'vw-partner-protocol-missing').map((e) => e.text);
    expect(items.some((text) => /responsible for the safety of victims/.test(text))).toBe(true);
    expect(items.some((text) => /data protection/.test(text))).toBe(true);
  });

  it('does not apply when there are neither migrants nor trafficking indicators', () => {
    const assessment = clean({ people: { migrantsPhysicallyInvolved: 'no' }, intervention: { partnerProtocol: 'no' } });
    expect(findingIds(assessment)).not.toContain('vw-partner-protocol-missing');
  });
});

describe('direction of the rules', () => {
  it('no victim or witness rule above info fires when every safeguard is in place', () => {
    const assessment = clean(
      caseOf(WITNESSES, TURNED_TRAFFICKING, {
        people: { traffickingIndicators: { violence: 'yes', forcedWork: 'yes', deception: 'yes' } },
      }),
    );
    expect(vwFindings(assessment)).toEqual([]);
  });
});
