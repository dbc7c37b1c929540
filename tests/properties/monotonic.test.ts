import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseFile, TECHNIQUES } from '../../src/domain/case.schema.ts';
import { VERDICTS, type Verdict } from '../../src/domain/assessment.schema.ts';
import { evaluate } from '../../src/domain/evaluate.ts';
import { listFactPaths } from '../../src/domain/fact-paths.ts';
import { realRules } from '../support/assess.ts';

/**
 * Safety properties of the real rule set: putting a safeguard in place never makes
 * the verdict worse, and a new danger never makes it better.
 */
const answerPaths = [...listFactPaths(CaseFile)].filter(([, info]) => {
  const options = (info.schema as unknown as { options?: string[] }).options;
  return options?.join() === 'yes,no,unknown';
});
const choicePaths = [...listFactPaths(CaseFile)].filter(([path, info]) => {
  const options = (info.schema as unknown as { options?: string[] }).options;
  return options && options.join() !== 'yes,no,unknown' && path !== 'operation.states';
});

const SAFEGUARDS = answerPaths
  .map(([path]) => path)
  .filter(
    (path) =>
      path.startsWith('intervention.') ||
      /^legality\.(legalBasis|independentOversight|prosecutorConsulted|foreignLawChecked)$/.test(path) ||
      path === 'subsidiarity.lessIntrusiveMeansConsidered' ||
      /^proportionality\.(targetsOrganisedNetwork|collateralIntrusionLimited)$/.test(path) ||
      /^admissibility\.(chainOfCustody|evidenceAtInterception|disclosurePlanned|interpretersForWitnesses|legalAdviceBeforeInterview|interviewsRecorded|witnessProtection)$/.test(path) ||
      /^techniques\.informant\.(motiveAssessed|informationCorroborated|handlerAssigned|handlingSupervised|paymentsRegulated|safetyAssessed|identityProtected|disclosureRulesChecked|seniorOrProsecutorAdvice)$/.test(path) ||
      /^techniques\.undercoverOfficer\.(trained|languageAndCultureBriefed|operationalPlan|supervision|riskAssessment|exitStrategy|rescueTeam|objectivesDefined|confidentialityMeasures)$/.test(path) ||
      /^techniques\.electronicSurveillance\.(objectivesDefined|riskAssessment|interpretersAvailable|resourcesSufficient|counterSurveillanceConsidered|admissibilityAbroadChecked)$/.test(path) ||
      /^techniques\.controlledDelivery\.(routeKnown|interceptionPlanAgreed|continuousSurveillance|canStopAtAnyPoint|jointInvestigation)$/.test(path) ||
      /^operation\.(concurrentFinancialInvestigation|multiAgencyCoordination)$/.test(path) ||
      path === 'basis.corroborated',
  );
const DANGERS = answerPaths
  .map(([path]) => path)
  .filter(
    (path) =>
      (path.startsWith('people.') && path !== 'people.otherVulnerableDetails') ||
      /^techniques\.informant\.(isChild|closeToCriminalActivity|paymentsOrBenefits)$/.test(path) ||
      path === 'techniques.undercoverOfficer.mayProposeOrInstigateOffences' ||
      path === 'techniques.electronicSurveillance.productUsedAbroad' ||
      /^proportionality\.(targetsMigrantsOrHelpers|collateralIntrusionLikely)$/.test(path),
  );

const answer = fc.constantFrom('yes', 'no', 'unknown');
const state = fc.record({
  name: fc.constantFrom('Ruritania', 'Borduria', 'Syldavia'),
  role: fc.constantFrom('origin', 'transit', 'destination', 'other'),
  investigating: fc.boolean(),
  techniquePermitted: fc.record(
    Object.fromEntries(TECHNIQUES.map((t) => [t, fc.constantFrom('permitted', 'prohibited', 'unknown')])),
  ),
  authorisationObtained: answer,
  cooperation: fc.record({ mutualLegalAssistance: answer, jointInvestigationTeam: answer, informalPoliceContactOnly: answer }),
});
const caseArbitrary = fc
  .record({
    answers: fc.tuple(...answerPaths.map(() => answer)),
    choices: fc.tuple(
      ...choicePaths.map(([, info]) => fc.constantFrom(...((info.schema as unknown as { options: string[] }).options))),
    ),
    selected: fc.subarray([...TECHNIQUES], { minLength: 1 }),
    carries: fc.subarray(['persons', 'documents', 'goods', 'money']),
    states: fc.array(state, { maxLength: 3 }),
  })
  .map(({ answers, choices, selected, carries, states }) => {
    const caseFile = CaseFile.parse({ schemaVersion: 1, operation: { codename: 'PROPERTY', states } });
    answerPaths.forEach(([path], index) => setPath(caseFile, path, answers[index]));
    choicePaths.forEach(([path], index) => {
      const value = choices[index];
      setPath(caseFile, path, path.endsWith('.types') || path.endsWith('.modes') ? [value] : value);
    });
    caseFile.techniques.selected = selected;
    caseFile.techniques.controlledDelivery.carries = carries as CaseFile['techniques']['controlledDelivery']['carries'];
    return caseFile;
  });

function setPath(target: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce((node, key) => (node as Record<string, unknown>)[key], target);
  (parent as Record<string, unknown>)[last] = value;
}
/** fast-check's values carry non-cloneable helpers, so copy through JSON. */
const clone = (caseFile: CaseFile): CaseFile => JSON.parse(JSON.stringify(caseFile)) as CaseFile;
const rank = (verdict: Verdict) => VERDICTS.indexOf(verdict);
const verdictOf = (caseFile: CaseFile) => evaluate(caseFile, realRules()).verdict.outcome;

describe('the verdict moves the right way', () => {
  it('classifies enough facts to mean something', () => {
    expect(SAFEGUARDS.length).toBeGreaterThan(50);
    expect(DANGERS.length).toBeGreaterThan(20);
  });

  it('never gets worse when a safeguard is put in place', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...SAFEGUARDS), (caseFile, safeguard) => {
        const before = verdictOf(caseFile);
        const improved = clone(caseFile);
        setPath(improved, safeguard, 'yes');
        expect(rank(verdictOf(improved)), `${safeguard}: ${before} → ${verdictOf(improved)}`).toBeLessThanOrEqual(rank(before));
      }),
      { numRuns: 400, seed: 20261124 },
    );
  });

  it('never gets better when a danger is added', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...DANGERS), (caseFile, danger) => {
        const before = verdictOf(caseFile);
        const worse = clone(caseFile);
        setPath(worse, danger, 'yes');
        expect(rank(verdictOf(worse)), `${danger}: ${before} → ${verdictOf(worse)}`).toBeGreaterThanOrEqual(rank(before));
      }),
      { numRuns: 400, seed: 20261124 },
    );
  });

  it('never gets better when a state on the route prohibits a chosen technique', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...TECHNIQUES), (caseFile, technique) => {
        fc.pre(caseFile.operation.states.length > 0);
        const before = verdictOf(caseFile);
        const worse = clone(caseFile);
        worse.operation.states[0]!.techniquePermitted[technique] = 'prohibited';
        expect(rank(verdictOf(worse))).toBeGreaterThanOrEqual(rank(before));
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });
});
