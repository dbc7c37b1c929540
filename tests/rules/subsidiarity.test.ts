import { describe, it, expect } from 'vitest';
import {
  assess,
  atLeast,
  caseOf,
  checklistTexts,
  findingIds,
  moduleFindingIds,
  neededBy,
  type CaseOverrides,
} from '../support/assess.ts';
import { CLEAN_FOUNDATIONS as CLEAN, FOUNDATION_MODULES, fromBaseline } from '../support/clean-case.ts';
import type { Assessment } from '../../src/domain/assessment.schema.ts';

/**
 * Subsidiarity (SIT background paper 2013, paras 7, 8, 10; 2012 challenges paper,
 * paras 14, 15; consolidated recommendations 2015, paras 36, 42, 43). Each case
 * starts from answers that are clean for the legality, subsidiarity and
 * proportionality modules, and changes only what the paragraph is about.
 */
const MODULE = 'subsidiarity';
const { withClean, ownVerdict, baselineVerdict: baseline } = fromBaseline(CLEAN, FOUNDATION_MODULES);
const moduleFindings = (assessment: Assessment) => moduleFindingIds(assessment, MODULE);

describe('subsidiarity module', () => {
  it('raises nothing when less intrusive means were considered and the reasons recorded', () => {
    const assessment = withClean({ proportionality: { intrusion: 'high' } });
    expect(moduleFindings(assessment)).toEqual([]);
    const questions = assessment.openQuestions.filter((q) => q.neededBy.some((need) => need.ruleId.startsWith('sb-')));
    expect(questions).toEqual([]);
    expect(ownVerdict()).toBe('proceed');
  });

  describe('less intrusive techniques first (sit-2013 para 10)', () => {
    it('escalates when less intrusive methods were not considered', () => {
      const assessment = withClean({ subsidiarity: { lessIntrusiveMeansConsidered: 'no' } });
      const finding = assessment.findings.find((f) => f.ruleId === 'sb-less-intrusive-not-considered');
      expect(finding?.severity).toBe('high');
      expect(finding?.sources[0]?.para).toBe(10);
      expect(assessment.verdict.outcome).toBe(atLeast(baseline(), 'escalate'));
      expect(ownVerdict({ subsidiarity: { lessIntrusiveMeansConsidered: 'no' } })).toBe('escalate');
    });

    it('applies whatever the technique, for example an informant', () => {
      const assessment = withClean({
        techniques: { selected: ['informant'] },
        subsidiarity: { lessIntrusiveMeansConsidered: 'no' },
      });
      expect(findingIds(assessment)).toContain('sb-less-intrusive-not-considered');
    });

    it('does not fire once they were considered, and puts the step on the checklist', () => {
      const assessment = withClean();
      expect(findingIds(assessment)).not.toContain('sb-less-intrusive-not-considered');
      expect(checklistTexts(assessment)).toContain(
        'List the less intrusive methods that could serve the objective and say why each is not enough',
      );
    });

    it('asks the question, and attaches conditions, when it is unanswered', () => {
      const assessment = assess(caseOf(CLEAN, { subsidiarity: { lessIntrusiveMeansConsidered: 'unknown' } }));
      expect(neededBy(assessment, 'subsidiarity.lessIntrusiveMeansConsidered')).toContain(
        'sb-less-intrusive-not-considered',
      );
      expect(ownVerdict({ subsidiarity: { lessIntrusiveMeansConsidered: 'unknown' } })).toBe('proceed-with-conditions');
    });
  });

  describe('reasons for rejecting less intrusive methods (practice, from sit-2013 para 10)', () => {
    it('advises writing them down for a highly intrusive operation', () => {
      const parts: CaseOverrides = {
        proportionality: { intrusion: 'high' },
        subsidiarity: { lessIntrusiveMeans: 'Records checks', whyInsufficient: '' },
      };
      const assessment = withClean(parts);
      const finding = assessment.findings.find((f) => f.ruleId === 'sb-alternatives-not-recorded');
      expect(finding?.severity).toBe('advisory');
      expect(finding?.basis).toBe('practice');
      expect(ownVerdict(parts)).toBe('proceed-with-conditions');
    });

    it('does not apply to operations of low intrusion', () => {
      const assessment = withClean({
        proportionality: { intrusion: 'low' },
        subsidiarity: { lessIntrusiveMeans: '', whyInsufficient: '' },
      });
      expect(findingIds(assessment)).not.toContain('sb-alternatives-not-recorded');
    });

    it('asks how intrusive the operation is when the reasons are missing', () => {
      const assessment = assess(
        caseOf(CLEAN, {
          proportionality: { intrusion: 'unknown' },
          subsidiarity: { lessIntrusiveMeans: '', whyInsufficient: '' },
        }),
      );
      expect(findingIds(assessment)).not.toContain('sb-alternatives-not-recorded');
      expect(neededBy(assessment, 'proportionality.intrusion')).toContain('sb-alternatives-not-recorded');
    });
  });

  describe('objectives against which the need is judged (recommendations-2015 para 43, practice)', () => {
    it('advises writing down the objectives of the operation', () => {
      const assessment = withClean({ operation: { objectives: '' } });
      expect(findingIds(assessment)).toContain('sb-objectives-not-stated');
      expect(ownVerdict({ operation: { objectives: '' } })).toBe('proceed-with-conditions');
      expect(findingIds(withClean())).not.toContain('sb-objectives-not-stated');
    });
  });

  describe('techniques meant for organised crime (sit-2013 paras 7, 8; challenges-2012 para 14)', () => {
    it('advises re-examining an operation that does not reach the organisers', () => {
      const assessment = withClean({ proportionality: { targetsOrganisedNetwork: 'no' } });
      const finding = assessment.findings.find((f) => f.ruleId === 'sb-not-aimed-at-organised-crime');
      expect(finding?.severity).toBe('advisory');
      expect(finding?.sources.map((source) => `${source.doc} ${source.para}`)).toContain('challenges-2012 14');
      expect(ownVerdict({ proportionality: { targetsOrganisedNetwork: 'no' } })).toBe('proceed-with-conditions');
    });

    it('does not fire when the organisers are targeted', () => {
      expect(findingIds(withClean())).not.toContain('sb-not-aimed-at-organised-crime');
    });
  });

  describe('concurrent financial investigation (recommendations-2015 paras 36, 42; challenges-2012 para 15)', () => {
    it('advises a financial investigation alongside the operation', () => {
      const assessment = withClean({ operation: { concurrentFinancialInvestigation: 'no' } });
      expect(findingIds(assessment)).toContain('sb-no-concurrent-financial-investigation');
      expect(assessment.verdict.reasons).toContain('Advisory: No financial investigation alongside the operation');
      expect(ownVerdict({ operation: { concurrentFinancialInvestigation: 'no' } })).toBe('proceed-with-conditions');
    });

    it('does not fire when one runs, and keeps the decision on the checklist', () => {
      const assessment = withClean();
      expect(findingIds(assessment)).not.toContain('sb-no-concurrent-financial-investigation');
      expect(checklistTexts(assessment)).toContain(
        'Decide with the financial investigation unit whether to trace payments and assets alongside the operation',
      );
    });

    it('asks about it when unanswered, without changing the verdict of the three modules', () => {
      const parts: CaseOverrides = { operation: { concurrentFinancialInvestigation: 'unknown' } };
      expect(neededBy(assess(caseOf(CLEAN, parts)), 'operation.concurrentFinancialInvestigation')).toContain(
        'sb-no-concurrent-financial-investigation',
      );
      expect(ownVerdict(parts)).toBe('proceed');
    });
  });
});
