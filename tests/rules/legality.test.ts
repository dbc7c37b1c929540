import { describe, it, expect } from 'vitest';
import {
  assess,
  atLeast,
  caseOf,
  checklistTexts,
  findingIds,
  moduleFindingIds,
  neededBy,
  riskIds,
} from '../support/assess.ts';
import { CLEAN_FOUNDATIONS as CLEAN, FOUNDATION_MODULES, TWO_STATES, fromBaseline } from '../support/clean-case.ts';
import type { Assessment } from '../../src/domain/assessment.schema.ts';
import { AUTHORITIES } from '../../src/domain/rule.schema.ts';

/**
 * Legality (SIT background paper 2013, paras 7, 10, 16, 17, 26, 29; consolidated
 * recommendations 2015, paras 43 and 45). Each case starts from answers that are
 * clean for the legality, subsidiarity and proportionality modules, with no
 * technique-specific rules in play, and changes only what the paragraph is about.
 */
const { withClean, ownVerdict, baselineVerdict: baseline } = fromBaseline(CLEAN, FOUNDATION_MODULES);
const legalityFindings = (assessment: Assessment) => moduleFindingIds(assessment, 'legality');

describe('legality module', () => {
  it('raises nothing on a case with a legal basis, judicial authorisation and oversight', () => {
    const assessment = withClean(TWO_STATES);
    expect(legalityFindings(assessment)).toEqual([]);
    const legalityQuestions = assessment.openQuestions.filter((question) =>
      question.neededBy.some((need) => need.ruleId.startsWith('lg-')),
    );
    expect(legalityQuestions).toEqual([]);
    expect(ownVerdict(TWO_STATES)).toBe('proceed');
  });

  describe('legal basis in national law (sit-2013 paras 7, 17, 26; recommendations-2015 paras 43, 45)', () => {
    it('stops the operation when national law gives no basis for the technique', () => {
      const assessment = withClean({ legality: { legalBasis: 'no' } });
      expect(findingIds(assessment)).toContain('lg-no-legal-basis');
      expect(assessment.findings.find((f) => f.ruleId === 'lg-no-legal-basis')?.severity).toBe('blocking');
      expect(assessment.verdict.outcome).toBe('do-not-proceed');
      expect(ownVerdict({ legality: { legalBasis: 'no' } })).toBe('do-not-proceed');
    });

    it('applies to every technique, for example a controlled delivery (para 26)', () => {
      const assessment = withClean({ techniques: { selected: ['controlledDelivery'] }, legality: { legalBasis: 'no' } });
      expect(findingIds(assessment)).toContain('lg-no-legal-basis');
      expect(assessment.verdict.outcome).toBe('do-not-proceed');
    });

    it('does not fire when there is a legal basis, and always asks for the law and article', () => {
      const assessment = withClean();
      expect(findingIds(assessment)).not.toContain('lg-no-legal-basis');
      expect(checklistTexts(assessment)).toContain(
        'Write down the law and article that permit each technique planned, and the conditions that law sets',
      );
    });

    it('leaves an open question, and escalates, when the legal basis is unknown', () => {
      const assessment = assess(caseOf(CLEAN, { legality: { legalBasis: 'unknown' } }));
      expect(findingIds(assessment)).not.toContain('lg-no-legal-basis');
      expect(neededBy(assessment, 'legality.legalBasis')).toContain('lg-no-legal-basis');
      expect(assessment.verdict.outcome).toBe(atLeast(baseline(), 'escalate'));
      expect(ownVerdict({ legality: { legalBasis: 'unknown' } })).toBe('escalate');
    });
  });

  describe('authorisation (sit-2013 paras 10, 17)', () => {
    it('escalates an operation that nobody has authorised', () => {
      const assessment = withClean({ legality: { authorisingAuthority: 'none' } });
      expect(findingIds(assessment)).toContain('lg-no-authorisation');
      expect(assessment.verdict.outcome).toBe(atLeast(baseline(), 'escalate'));
      expect(ownVerdict({ legality: { authorisingAuthority: 'none' } })).toBe('escalate');
    });

    it('does not fire when a judge, prosecutor or senior officer authorises', () => {
      for (const authority of ['judge', 'prosecutor', 'senior-officer'] as const) {
        const assessment = withClean({ legality: { authorisingAuthority: authority } });
        expect(findingIds(assessment)).not.toContain('lg-no-authorisation');
      }
    });

    it('asks for the authorisation reference once an authority is named (practice)', () => {
      const missing = withClean({ legality: { authorisingAuthority: 'prosecutor', authorisationReference: '' } });
      const finding = missing.findings.find((f) => f.ruleId === 'lg-authorisation-not-recorded');
      expect(finding?.severity).toBe('advisory');
      expect(finding?.basis).toBe('practice');
      expect(missing.verdict.reasons).toContain('Advisory: Authorisation reference not recorded');
      expect(ownVerdict({ legality: { authorisingAuthority: 'prosecutor', authorisationReference: '' } })).toBe(
        'proceed-with-conditions',
      );
      expect(checklistTexts(missing)).toContain('Record the authorisation reference and the authorised period in the operation file');

      expect(findingIds(withClean())).not.toContain('lg-authorisation-not-recorded');
      // Without any authority the missing authorisation itself is the problem, not its reference.
      const none = withClean({ legality: { authorisingAuthority: 'none', authorisationReference: '' } });
      expect(findingIds(none)).not.toContain('lg-authorisation-not-recorded');
    });
  });

  describe('judicial or independent oversight (sit-2013 para 10)', () => {
    it('advises oversight when nobody outside the team oversees the operation', () => {
      const assessment = withClean({ legality: { independentOversight: 'no' } });
      expect(findingIds(assessment)).toContain('lg-no-independent-oversight');
      expect(assessment.verdict.outcome).toBe(atLeast(baseline(), 'proceed-with-conditions'));
      expect(ownVerdict({ legality: { independentOversight: 'no' } })).toBe('proceed-with-conditions');
      expect(findingIds(withClean())).not.toContain('lg-no-independent-oversight');
    });

    it('escalates a highly intrusive operation authorised only by a senior officer without oversight', () => {
      const assessment = withClean({
        proportionality: { intrusion: 'high' },
        legality: { authorisingAuthority: 'senior-officer', independentOversight: 'no' },
      });
      const finding = assessment.findings.find((f) => f.ruleId === 'lg-high-intrusion-internal-authorisation-only');
      expect(finding?.severity).toBe('high');
      expect(finding?.basis).toBe('practice');
      expect(assessment.verdict.outcome).toBe(atLeast(baseline(), 'escalate'));
      expect(
        ownVerdict({
          proportionality: { intrusion: 'high' },
          legality: { authorisingAuthority: 'senior-officer', independentOversight: 'no' },
        }),
      ).toBe('escalate');
      expect(AUTHORITIES.indexOf(assessment.verdict.authority)).toBeGreaterThanOrEqual(AUTHORITIES.indexOf('prosecutor'));
    });

    it('requires at least a prosecutor for a highly intrusive operation even when it is in order', () => {
      const assessment = withClean({ proportionality: { intrusion: 'high' } });
      expect(findingIds(assessment)).not.toContain('lg-high-intrusion-internal-authorisation-only');
      expect(AUTHORITIES.indexOf(assessment.verdict.authority)).toBeGreaterThanOrEqual(AUTHORITIES.indexOf('prosecutor'));
      const risk = assessment.riskRegister.find((entry) => entry.id === 'legality-intrusive-operation-ruled-unlawful');
      expect(risk?.confirmed).toBe(true);
      expect(risk!.after.score).toBeLessThan(risk!.before.score);
      expect(checklistTexts(assessment)).toContain(
        'Submit the highly intrusive operation to a prosecutor or judge for authorisation or review',
      );
    });

    it('raises the missing oversight once: the stronger finding replaces the general one for a highly intrusive operation authorised inside the police', () => {
      const internal = withClean({
        proportionality: { intrusion: 'high' },
        legality: { authorisingAuthority: 'senior-officer', independentOversight: 'no' },
      });
      expect(findingIds(internal)).toContain('lg-high-intrusion-internal-authorisation-only');
      expect(findingIds(internal)).not.toContain('lg-no-independent-oversight');
      const judge = withClean({ proportionality: { intrusion: 'high' }, legality: { independentOversight: 'no' } });
      expect(findingIds(judge)).toContain('lg-no-independent-oversight');
      expect(findingIds(judge)).not.toContain('lg-high-intrusion-internal-authorisation-only');
    });

    it('shows the prosecutor it asks for as good practice, not as a requirement of para 10', () => {
      const assessment = withClean({ proportionality: { intrusion: 'high' }, legality: { authorisingAuthority: 'prosecutor' } });
      const reasons = assessment.verdict.authorityReasons.join(' ');
      expect(reasons).toContain('(good practice)');
      expect(reasons).not.toContain('para. 10');
    });

    it('is satisfied by oversight even when a senior officer authorises', () => {
      const assessment = withClean({
        proportionality: { intrusion: 'high' },
        legality: { authorisingAuthority: 'senior-officer', independentOversight: 'yes' },
      });
      expect(findingIds(assessment)).not.toContain('lg-high-intrusion-internal-authorisation-only');
    });

    it('does not apply to operations of medium intrusion', () => {
      const assessment = withClean({ legality: { authorisingAuthority: 'senior-officer', independentOversight: 'no' } });
      expect(findingIds(assessment)).not.toContain('lg-high-intrusion-internal-authorisation-only');
      expect(riskIds(assessment)).not.toContain('legality-intrusive-operation-ruled-unlawful');
    });

    it('asks about oversight when a senior officer authorises a highly intrusive operation', () => {
      const assessment = assess(
        caseOf(CLEAN, {
          proportionality: { intrusion: 'high' },
          legality: { authorisingAuthority: 'senior-officer', independentOversight: 'unknown' },
        }),
      );
      expect(neededBy(assessment, 'legality.independentOversight')).toContain('lg-high-intrusion-internal-authorisation-only');
    });
  });

  describe('law of the other states involved (sit-2013 paras 16, 29)', () => {
    it('escalates a cross-border operation when the foreign law has not been checked', () => {
      const assessment = withClean(TWO_STATES, { legality: { foreignLawChecked: 'no' } });
      expect(findingIds(assessment)).toContain('lg-foreign-law-not-checked');
      expect(assessment.verdict.outcome).toBe(atLeast(withClean(TWO_STATES).verdict.outcome, 'escalate'));
      expect(ownVerdict(TWO_STATES, { legality: { foreignLawChecked: 'no' } })).toBe('escalate');
      expect(riskIds(assessment)).toContain('legality-technique-unlawful-abroad');
      expect(checklistTexts(assessment)).toContain(
        'For each other state involved, record whether its law permits each technique and what authorisation it requires',
      );
    });

    it('does not fire once the foreign law has been checked', () => {
      const assessment = withClean(TWO_STATES);
      expect(findingIds(assessment)).not.toContain('lg-foreign-law-not-checked');
      const risk = assessment.riskRegister.find((entry) => entry.id === 'legality-technique-unlawful-abroad');
      expect(risk?.measuresInPlace).toContain('Law of every other state checked');
    });

    it('does not apply to a purely domestic operation', () => {
      const assessment = withClean(
        { operation: { states: [{ name: 'Aland', role: 'destination', investigating: true }] } },
        { legality: { foreignLawChecked: 'no' } },
      );
      expect(findingIds(assessment)).not.toContain('lg-foreign-law-not-checked');
    });

    it('asks whether the foreign law was checked when it is unknown', () => {
      const assessment = assess(caseOf(CLEAN, TWO_STATES, { legality: { foreignLawChecked: 'unknown' } }));
      expect(neededBy(assessment, 'legality.foreignLawChecked')).toContain('lg-foreign-law-not-checked');
    });
  });
});
