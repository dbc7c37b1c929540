import { describe, it, expect } from 'vitest';
import {
  assess,
  atLeast,
  caseOf,
  checklistTexts,
  findingIds,
  finding,
  moduleFindingIds,
  neededBy,
  riskIds,
  type CaseOverrides,
} from '../support/assess.ts';
import { CLEAN_FOUNDATIONS as CLEAN, FOUNDATION_MODULES, fromBaseline } from '../support/clean-case.ts';
import type { Assessment } from '../../src/domain/assessment.schema.ts';

/**
 * Proportionality (SIT background paper 2013, paras 9, 11, 15; 2012 challenges
 * paper, paras 10-12, 14-16, 23; consolidated recommendations 2015, paras 37, 43).
 * Each case starts from answers that are clean for the legality, subsidiarity and
 * proportionality modules, and changes only what the paragraph is about.
 */
const MODULE = 'proportionality';
const { withClean, ownVerdict, baselineVerdict: baseline } = fromBaseline(CLEAN, FOUNDATION_MODULES);
const moduleFindings = (assessment: Assessment) => moduleFindingIds(assessment, MODULE);

describe('proportionality module', () => {
  it('raises nothing on a serious case aimed at the network, with collateral intrusion limited', () => {
    const assessment = withClean({ proportionality: { intrusion: 'high', collateralIntrusionLikely: 'yes' } });
    expect(moduleFindings(assessment)).toEqual([]);
    const questions = assessment.openQuestions.filter((q) => q.neededBy.some((need) => need.ruleId.startsWith('pp-')));
    expect(questions).toEqual([]);
    expect(ownVerdict()).toBe('proceed');
  });

  describe('migrants and humanitarian helpers are not the target (challenges-2012 paras 11, 12, 14)', () => {
    const targeted: CaseOverrides = { proportionality: { targetsMigrantsOrHelpers: 'yes' } };

    it('escalates an operation that targets smuggled migrants or humanitarian helpers', () => {
      const assessment = withClean(targeted);
      expect(finding(assessment, 'pp-migrants-or-helpers-targeted')?.severity).toBe('high');
      expect(assessment.verdict.outcome).toBe(atLeast(baseline(), 'escalate'));
      expect(ownVerdict(targeted)).toBe('escalate');
    });

    it('puts the risk, and the review of the target list, on the register and checklist', () => {
      const assessment = withClean(targeted);
      const risk = assessment.riskRegister.find((entry) => entry.id === 'proportionality-migrants-treated-as-suspects');
      expect(risk?.confirmed).toBe(true);
      expect(risk?.measuresInPlace).toContain('Prosecutor consulted on the targets');
      expect(checklistTexts(assessment)).toContain(
        'Brief all teams that smuggled migrants are to be treated as witnesses, not suspects',
      );
    });

    it('does not fire when only smugglers are targeted', () => {
      const assessment = withClean();
      expect(findingIds(assessment)).not.toContain('pp-migrants-or-helpers-targeted');
      expect(riskIds(assessment)).not.toContain('proportionality-migrants-treated-as-suspects');
    });

    it('asks who the targets are when it is unknown', () => {
      const assessment = assess(caseOf(CLEAN, { proportionality: { targetsMigrantsOrHelpers: 'unknown' } }));
      expect(neededBy(assessment, 'proportionality.targetsMigrantsOrHelpers')).toContain('pp-migrants-or-helpers-targeted');
    });
  });

  describe('collateral intrusion (sit-2013 paras 9, 11)', () => {
    it('escalates when non-suspects will be affected and nothing limits the intrusion', () => {
      const parts: CaseOverrides = {
        proportionality: { collateralIntrusionLikely: 'yes', collateralIntrusionLimited: 'no' },
      };
      const assessment = withClean(parts);
      expect(finding(assessment, 'pp-collateral-intrusion-not-limited')?.severity).toBe('high');
      expect(assessment.verdict.outcome).toBe(atLeast(baseline(), 'escalate'));
      expect(ownVerdict(parts)).toBe('escalate');
      const risk = assessment.riskRegister.find((entry) => entry.id === 'proportionality-collateral-intrusion');
      expect(risk?.measuresMissing).toContain('Measures limit collateral intrusion');
    });

    it('applies to electronic surveillance even before collateral intrusion is assessed (para 11)', () => {
      const assessment = withClean({
        techniques: { selected: ['electronicSurveillance'] },
        proportionality: { collateralIntrusionLikely: 'unknown', collateralIntrusionLimited: 'no' },
      });
      expect(findingIds(assessment)).toContain('pp-collateral-intrusion-not-limited');
    });

    it('does not fire when measures limit the intrusion, and lowers the risk', () => {
      const assessment = withClean({ proportionality: { collateralIntrusionLikely: 'yes' } });
      expect(findingIds(assessment)).not.toContain('pp-collateral-intrusion-not-limited');
      const risk = assessment.riskRegister.find((entry) => entry.id === 'proportionality-collateral-intrusion');
      expect(risk!.after.score).toBeLessThan(risk!.before.score);
      expect(checklistTexts(assessment)).toContain(
        'Record the measures that limit intrusion into the private lives of people who are not suspects',
      );
    });

    it('does not apply when no non-suspect is affected and no electronic surveillance is planned', () => {
      const assessment = withClean({
        techniques: { selected: ['informant'] },
        proportionality: { collateralIntrusionLikely: 'no', collateralIntrusionLimited: 'no' },
      });
      expect(findingIds(assessment)).not.toContain('pp-collateral-intrusion-not-limited');
      expect(riskIds(assessment)).not.toContain('proportionality-collateral-intrusion');
    });

    it('asks whether measures exist when collateral intrusion is likely', () => {
      const assessment = assess(
        caseOf(CLEAN, { proportionality: { collateralIntrusionLikely: 'yes', collateralIntrusionLimited: 'unknown' } }),
      );
      expect(neededBy(assessment, 'proportionality.collateralIntrusionLimited')).toContain(
        'pp-collateral-intrusion-not-limited',
      );
    });
  });

  describe('consulting the prosecutor on the balance (sit-2013 para 11)', () => {
    it('notes, as information only, that consulting the prosecutor may be useful when non-suspects will be affected', () => {
      const parts: CaseOverrides = {
        proportionality: { collateralIntrusionLikely: 'yes' },
        legality: { prosecutorConsulted: 'no' },
        admissibility: { evidenceForCourt: 'no' },
      };
      const assessment = withClean(parts);
      // "may be useful" (para 11) is context, not a condition on the operation.
      expect(finding(assessment, 'pp-prosecutor-not-consulted-on-balance')?.severity).toBe('info');
      expect(ownVerdict(parts)).toBe(ownVerdict({ proportionality: { collateralIntrusionLikely: 'yes' }, admissibility: { evidenceForCourt: 'no' } }));
    });

    it('leaves the missing consultation to the admissibility finding when the evidence is for court, keeping the balance on the checklist', () => {
      const high = withClean({
        proportionality: { intrusion: 'high' },
        legality: { prosecutorConsulted: 'no' },
        admissibility: { evidenceForCourt: 'yes' },
      });
      expect(findingIds(high)).toContain('ad-court-evidence-without-prosecutor-advice');
      expect(findingIds(high)).not.toContain('pp-prosecutor-not-consulted-on-balance');
      expect(high.checklist.map((item) => item.text)).toContain(
        'Consult the prosecutor on balancing the aims of the investigation against the rights of the people affected',
      );
      const consulted = withClean({
        proportionality: { intrusion: 'high', collateralIntrusionLikely: 'yes' },
        admissibility: { evidenceForCourt: 'no' },
      });
      expect(findingIds(consulted)).not.toContain('pp-prosecutor-not-consulted-on-balance');
    });
  });

  describe('seriousness of the offence (recommendations-2015 para 43; sit-2013 paras 7, 11)', () => {
    it('escalates a highly intrusive technique for a minor offence', () => {
      const parts: CaseOverrides = { proportionality: { offenceSeriousness: 'minor', intrusion: 'high' } };
      const assessment = withClean(parts);
      expect(findingIds(assessment)).toContain('pp-minor-offence-high-intrusion');
      expect(finding(assessment, 'pp-minor-offence-high-intrusion')?.severity).toBe('high');
      // One finding for the problem: the general minor-offence rule covers only low and medium intrusion.
      expect(findingIds(assessment)).not.toContain('pp-minor-offence');
      expect(ownVerdict(parts)).toBe('escalate');
    });

    it('attaches conditions to a less intrusive technique for a minor offence', () => {
      const parts: CaseOverrides = { proportionality: { offenceSeriousness: 'minor', intrusion: 'medium' } };
      const assessment = withClean(parts);
      expect(findingIds(assessment)).toContain('pp-minor-offence');
      expect(findingIds(assessment)).not.toContain('pp-minor-offence-high-intrusion');
      expect(ownVerdict(parts)).toBe('proceed-with-conditions');
    });

    it('does not fire for a serious offence, even with high intrusion', () => {
      const assessment = withClean({ proportionality: { offenceSeriousness: 'serious', intrusion: 'high' } });
      expect(findingIds(assessment)).not.toContain('pp-minor-offence-high-intrusion');
      expect(findingIds(assessment)).not.toContain('pp-minor-offence');
    });

    it('asks how intrusive the operation is when the offence is minor', () => {
      const assessment = assess(
        caseOf(CLEAN, { proportionality: { offenceSeriousness: 'minor', intrusion: 'unknown' } }),
      );
      expect(neededBy(assessment, 'proportionality.intrusion')).toContain('pp-minor-offence-high-intrusion');
    });
  });

  describe('aggravating circumstances (challenges-2012 paras 10, 23)', () => {
    it('flags an offence recorded as minor although lives are at risk', () => {
      const parts: CaseOverrides = { proportionality: { offenceSeriousness: 'minor' }, people: { riskToLife: 'yes' } };
      const assessment = withClean(parts);
      expect(finding(assessment, 'pp-seriousness-understated')?.severity).toBe('advisory');
    });

    it('flags it when there are signs of violence or exploitation', () => {
      const assessment = withClean({
        proportionality: { offenceSeriousness: 'minor' },
        people: { traffickingIndicators: { violence: 'yes' } },
      });
      expect(findingIds(assessment)).toContain('pp-seriousness-understated');
    });

    it('does not flag a minor offence without aggravating circumstances', () => {
      const assessment = withClean({ proportionality: { offenceSeriousness: 'minor', intrusion: 'low' } });
      expect(findingIds(assessment)).not.toContain('pp-seriousness-understated');
    });

    it('for an aggravated offence, asks to record the circumstances without changing the verdict', () => {
      const parts: CaseOverrides = { proportionality: { offenceSeriousness: 'aggravated' } };
      const assessment = withClean(parts);
      expect(finding(assessment, 'pp-aggravating-circumstances-record')?.severity).toBe('info');
      expect(findingIds(assessment)).not.toContain('pp-seriousness-understated');
      expect(assessment.verdict.outcome).toBe(baseline());
      expect(ownVerdict(parts)).toBe('proceed');
      expect(checklistTexts(assessment)).toContain('Record the suspected aggravating circumstances and the evidence for each');
    });
  });

  describe('uncorroborated anonymous tip (sit-2013 para 15)', () => {
    const tip: CaseOverrides = { basis: { source: 'anonymous-tip', corroborated: 'no' } };

    it('escalates an intrusive operation resting on an uncorroborated anonymous tip', () => {
      const assessment = withClean(tip, { proportionality: { intrusion: 'high' } });
      expect(finding(assessment, 'pp-uncorroborated-anonymous-tip')?.severity).toBe('high');
      expect(assessment.verdict.outcome).toBe(atLeast(baseline(), 'escalate'));
      expect(ownVerdict(tip, { proportionality: { intrusion: 'high' } })).toBe('escalate');
    });

    it('does not fire once the tip is corroborated, or for other sources', () => {
      expect(findingIds(withClean({ basis: { source: 'anonymous-tip', corroborated: 'yes' } }))).not.toContain(
        'pp-uncorroborated-anonymous-tip',
      );
      expect(findingIds(withClean({ basis: { source: 'intelligence', corroborated: 'no' } }))).not.toContain(
        'pp-uncorroborated-anonymous-tip',
      );
    });

    it('does not apply to an operation of low intrusion', () => {
      expect(findingIds(withClean(tip, { proportionality: { intrusion: 'low' } }))).not.toContain(
        'pp-uncorroborated-anonymous-tip',
      );
    });

    it('asks whether the tip is corroborated when that is unknown', () => {
      const assessment = assess(caseOf(CLEAN, { basis: { source: 'anonymous-tip', corroborated: 'unknown' } }));
      expect(neededBy(assessment, 'basis.corroborated')).toContain('pp-uncorroborated-anonymous-tip');
      expect(ownVerdict({ basis: { source: 'anonymous-tip', corroborated: 'unknown' } })).toBe('proceed-with-conditions');
    });
  });

  describe('disruption where lives are threatened (challenges-2012 paras 15, 16; recommendations-2015 para 37)', () => {
    it('reminds the officer to weigh disruption when lives are at risk, as information only', () => {
      const assessment = withClean({ people: { riskToLife: 'yes' } });
      expect(finding(assessment, 'pp-life-at-risk-disruption')?.severity).toBe('info');
      expect(ownVerdict({ people: { riskToLife: 'yes' } })).toBe('proceed');
      expect(checklistTexts(assessment)).toContain(
        'Weigh early disruption against a covert operation that lets the dangerous journey run, and record the decision and reasons',
      );
    });

    it('also applies to a dangerous journey, such as migrants at sea', () => {
      const assessment = withClean({ people: { journey: { atSea: 'yes' } } });
      expect(findingIds(assessment)).toContain('pp-life-at-risk-disruption');
    });

    it('does not apply when there is no risk to life and the journey is safe', () => {
      const assessment = withClean();
      expect(findingIds(assessment)).not.toContain('pp-life-at-risk-disruption');
      expect(checklistTexts(assessment)).not.toContain(
        'Weigh early disruption against a covert operation that lets the dangerous journey run, and record the decision and reasons',
      );
    });
  });
});
