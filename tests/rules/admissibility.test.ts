import { describe, it, expect } from 'vitest';
import {
  caseOf,
  checklistTexts,
  finding,
  findingIds,
  moduleFindingIds,
  neededBy,
  risk,
  type CaseOverrides,
} from '../support/assess.ts';
import { CLEAN_FOR_COURT, PROTECTED_WITNESSES, fromBaseline } from '../support/clean-case.ts';
import type { Assessment } from '../../src/domain/assessment.schema.ts';

/**
 * Admissibility of evidence (SIT background paper 2013, paras 16, 19, 25; challenges
 * paper 2012, paras 18-20; UNODC activities 2010, para 23; consolidated recommendations
 * 2015, paras 44, 48). Every case starts from answers that are clean for the admissibility
 * and international-cooperation modules: a single-state operation whose evidence is meant
 * for court, with every evidential safeguard in place, and changes only what the
 * paragraph is about.
 */
const CLEAN: CaseOverrides = caseOf(CLEAN_FOR_COURT, PROTECTED_WITNESSES, {
  operation: { states: [{ name: 'Aland', role: 'destination', investigating: true }] as never },
  admissibility: { evidenceFromAbroad: 'no' },
});

/** `ownVerdict`: the case judged by this module and the international-cooperation module alone. */
const { withClean, ownVerdict } = fromBaseline(CLEAN, ['admissibility', 'international-cooperation']);

const adFindings = (assessment: Assessment) => moduleFindingIds(assessment, 'admissibility');

describe('admissibility module', () => {
  it('raises nothing when every evidential safeguard is in place', () => {
    const assessment = withClean();
    expect(adFindings(assessment)).toEqual([]);
    const adQuestions = assessment.openQuestions.filter((q) => q.neededBy.some((need) => need.ruleId.startsWith('ad-')));
    expect(adQuestions).toEqual([]);
    expect(ownVerdict()).toBe('proceed');
  });

  describe('laws on evidence and admissibility; prosecutor advice (recommendations-2015 para 44; challenges-2012 para 20; sit-2013 paras 19, 25)', () => {
    const notConsulted: CaseOverrides = { legality: { prosecutorConsulted: 'no' } };

    it('escalates when evidence is meant for court and the prosecutor has not advised on it', () => {
      const assessment = withClean(notConsulted);
      expect(findingIds(assessment)).toContain('ad-court-evidence-without-prosecutor-advice');
      expect(finding(assessment, 'ad-court-evidence-without-prosecutor-advice')?.severity).toBe('high');
      expect(ownVerdict(notConsulted)).toBe('escalate');
      expect(risk(assessment, 'ad-covert-evidence-excluded')?.measuresMissing).toContain(
        'Prosecutor consulted on admissibility',
      );
    });

    it('does not fire when the prosecutor has advised', () => {
      const assessment = withClean();
      expect(findingIds(assessment)).not.toContain('ad-court-evidence-without-prosecutor-advice');
      expect(checklistTexts(assessment)).toContain(
        'Ask the prosecutor which rules of evidence and admissibility apply to each planned technique, and record the advice',
      );
    });

    it('is out of scope when the operation gathers intelligence only', () => {
      const assessment = withClean(notConsulted, { admissibility: { evidenceForCourt: 'no' } });
      expect(findingIds(assessment)).not.toContain('ad-court-evidence-without-prosecutor-advice');
      expect(risk(assessment, 'ad-covert-evidence-excluded')).toBeUndefined();
    });

    it('asks whether the prosecutor was consulted when that is unknown', () => {
      const unknown: CaseOverrides = { legality: { prosecutorConsulted: 'unknown' } };
      expect(neededBy(withClean(unknown), 'legality.prosecutorConsulted')).toContain(
        'ad-court-evidence-without-prosecutor-advice',
      );
      expect(ownVerdict(unknown)).toBe('proceed-with-conditions');
    });
  });

  describe('evidence at the point of interception (challenges-2012 para 18; recommendations-2015 para 48)', () => {
    const notSecured: CaseOverrides = { admissibility: { evidenceAtInterception: 'no' } };

    it('advises trained evidence gathering at interception, and shows the gap in the intervention plan', () => {
      const assessment = withClean(notSecured);
      expect(findingIds(assessment)).toContain('ad-no-evidence-at-interception');
      expect(finding(assessment, 'ad-no-evidence-at-interception')?.severity).toBe('advisory');
      expect(ownVerdict(notSecured)).toBe('proceed-with-conditions');
      const entry = assessment.interventionPlan.entries.find((e) => e.ruleId === 'ad-no-evidence-at-interception');
      expect(entry?.status).toBe('missing');
      expect(risk(assessment, 'ad-evidence-lost-at-interception')?.after.score).toBe(6);
    });

    it('does not fire when evidence is secured at interception, and the plan entry is covered', () => {
      const assessment = withClean();
      expect(findingIds(assessment)).not.toContain('ad-no-evidence-at-interception');
      const entry = assessment.interventionPlan.entries.find((e) => e.ruleId === 'ad-no-evidence-at-interception');
      expect(entry?.status).toBe('planned');
      expect(checklistTexts(assessment)).toContain(
        "At interception, care for the migrants' health and safety first, then secure and log the evidence",
      );
    });

    it('is out of scope when no migrants are physically involved', () => {
      const assessment = withClean(notSecured, { people: { migrantsPhysicallyInvolved: 'no' }, techniques: { selected: [] } });
      expect(findingIds(assessment)).not.toContain('ad-no-evidence-at-interception');
    });
  });

  describe('chain of custody and disclosure (practice; challenges-2012 para 18, sit-2013 para 16)', () => {
    it('advises a chain of custody, marked as practice', () => {
      const parts: CaseOverrides = { admissibility: { chainOfCustody: 'no' } };
      const assessment = withClean(parts);
      const chain = finding(assessment, 'ad-chain-of-custody-missing');
      expect(chain?.severity).toBe('advisory');
      expect(chain?.basis).toBe('practice');
      expect(chain?.practiceNote).toBeTruthy();
      expect(ownVerdict(parts)).toBe('proceed-with-conditions');
    });

    it('advises planning disclosure to the defence, marked as practice', () => {
      const parts: CaseOverrides = { admissibility: { disclosurePlanned: 'no' } };
      const assessment = withClean(parts);
      expect(finding(assessment, 'ad-disclosure-not-planned')?.basis).toBe('practice');
      expect(ownVerdict(parts)).toBe('proceed-with-conditions');
    });

    it('raises neither when both are in place', () => {
      const assessment = withClean();
      expect(findingIds(assessment)).not.toContain('ad-chain-of-custody-missing');
      expect(findingIds(assessment)).not.toContain('ad-disclosure-not-planned');
    });
  });

  describe('migrant witnesses (challenges-2012 paras 19-20; unodc-activities-2010 para 23)', () => {
    it('escalates when migrant witnesses will be interviewed without interpreters', () => {
      const parts: CaseOverrides = { admissibility: { interpretersForWitnesses: 'no' } };
      const assessment = withClean(parts);
      expect(findingIds(assessment)).toContain('ad-witness-no-interpreter');
      expect(finding(assessment, 'ad-witness-no-interpreter')?.severity).toBe('high');
      expect(assessment.verdict.reasons).toContain('High: Migrant witnesses will be interviewed without interpreters');
      expect(ownVerdict(parts)).toBe('escalate');
      expect(checklistTexts(assessment)).toContain(
        'Have interpretations and cultural advice cross-checked for accuracy and bias',
      );
      const entry = risk(assessment, 'ad-witness-evidence-inadmissible');
      expect(entry?.measuresMissing).toEqual(['Interpreters arranged for migrant witnesses']);
    });

    it('advises legal advice before interview', () => {
      const parts: CaseOverrides = { admissibility: { legalAdviceBeforeInterview: 'no' } };
      const assessment = withClean(parts);
      expect(finding(assessment, 'ad-witness-no-legal-advice')?.severity).toBe('advisory');
      expect(ownVerdict(parts)).toBe('proceed-with-conditions');
    });

    it('advises recording witness interviews and corroborating them', () => {
      const parts: CaseOverrides = { admissibility: { interviewsRecorded: 'no' } };
      const assessment = withClean(parts);
      expect(finding(assessment, 'ad-witness-interviews-not-recorded')?.severity).toBe('advisory');
      expect(checklistTexts(assessment)).toContain(
        "Corroborate each migrant witness's account with other evidence (intercepts, other witnesses, documents)",
      );
      expect(ownVerdict(parts)).toBe('proceed-with-conditions');
    });

    it('raises no witness finding and no witness risk when no migrant will be a witness', () => {
      const assessment = withClean({
        admissibility: {
          migrantWitnesses: 'no',
          interpretersForWitnesses: 'no',
          legalAdviceBeforeInterview: 'no',
          interviewsRecorded: 'no',
        },
      });
      expect(adFindings(assessment)).toEqual([]);
      expect(risk(assessment, 'ad-witness-evidence-inadmissible')).toBeUndefined();
    });

    it('asks about interpreters when witnesses are expected and that is unknown', () => {
      const unknown: CaseOverrides = { admissibility: { interpretersForWitnesses: 'unknown' } };
      expect(neededBy(withClean(unknown), 'admissibility.interpretersForWitnesses')).toContain('ad-witness-no-interpreter');
      expect(ownVerdict(unknown)).toBe('proceed-with-conditions');
    });

    it('shows the witness items as conditional when it is not known whether migrants will be witnesses', () => {
      const assessment = withClean({ admissibility: { migrantWitnesses: 'unknown', interpretersForWitnesses: 'no' } });
      const item = assessment.checklist.find((e) => e.text === 'Book interpreters for each language the migrant witnesses speak');
      expect(item?.conditional).toBe(true);
      expect(neededBy(assessment, 'admissibility.migrantWitnesses')).toContain('ad-witness-no-interpreter');
    });
  });
});
