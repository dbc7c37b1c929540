import { describe, expect, it } from 'vitest';
import { readSeedLibrary } from '../cli/disk.ts';
import { CaseFile, type CaseFileInput } from './case.schema.ts';
import { evaluate } from './evaluate.ts';
import { loadRuleSet, type RuleSet } from './load-rules.ts';

const library = readSeedLibrary();
const citation = { doc: 'sit-2013', para: 27, excerpt: 'lives or safety of people involved will not be put at risk' };
const base = { explanation: 'Why it matters.', remedy: 'What to do.', citations: [citation] };

function toyRules(...rules: Record<string, unknown>[]): RuleSet {
  const loaded = loadRuleSet(
    [{ name: 'rules/toy.rules.json', content: { module: 'toy', title: 'Toy', version: '1.2.3', description: 'Toy.', rules } }],
    library,
  );
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.ruleSet;
}
const caseOf = (extra: Partial<Omit<CaseFileInput, 'schemaVersion'>>) =>
  CaseFile.parse({ schemaVersion: 1, operation: { codename: 'TOY' }, ...extra });

const rescue = (severity: string, extra: Record<string, unknown> = {}) => ({
  ...base,
  id: `no-rescue-${severity}`,
  title: `No rescue team (${severity})`,
  techniques: ['controlledDelivery'],
  appliesWhen: { fact: 'derived.migrantsAtRisk', op: 'eq', value: 'yes' },
  when: { fact: 'intervention.rescueTeam', op: 'eq', value: 'no' },
  severity,
  ...extra,
});
const cdWithPersons = { selected: ['controlledDelivery' as const], controlledDelivery: { carries: ['persons' as const] } };

describe('verdict', () => {
  it('maps the worst finding to the verdict', () => {
    const answers = caseOf({ techniques: cdWithPersons, intervention: { rescueTeam: 'no' } });
    expect(evaluate(answers, toyRules(rescue('info'))).verdict.outcome).toBe('proceed');
    expect(evaluate(answers, toyRules(rescue('advisory'))).verdict.outcome).toBe('proceed-with-conditions');
    expect(evaluate(answers, toyRules(rescue('high'))).verdict.outcome).toBe('escalate');
    expect(evaluate(answers, toyRules(rescue('blocking'), rescue('high'))).verdict.outcome).toBe('do-not-proceed');
  });

  it('does not let an unanswered blocking question pass as safe', () => {
    const assessment = evaluate(caseOf({ techniques: cdWithPersons }), toyRules(rescue('blocking')));
    expect(assessment.verdict.outcome).toBe('escalate');
    expect(assessment.findings).toEqual([]);
    expect(assessment.openQuestions).toEqual([
      {
        fact: 'intervention.rescueTeam',
        question: 'Is a rescue team ready?',
        neededBy: [{ ruleId: 'no-rescue-blocking', severity: 'blocking' }],
      },
    ]);
    expect(assessment.verdict.reasons.join(' ')).toContain('Unanswered questions');
  });

  it('ignores rules for techniques that were not chosen', () => {
    const assessment = evaluate(caseOf({ intervention: { rescueTeam: 'no' } }), toyRules(rescue('blocking')));
    expect(assessment.verdict.outcome).toBe('proceed');
    expect(assessment.openQuestions).toEqual([]);
  });

  it('explains each finding with the triggering answers and its source', () => {
    const assessment = evaluate(
      caseOf({ techniques: cdWithPersons, intervention: { rescueTeam: 'no' } }),
      toyRules(rescue('blocking')),
    );
    const [finding] = assessment.findings;
    expect(finding?.because.map((check) => check.fact)).toEqual(['derived.migrantsAtRisk', 'intervention.rescueTeam']);
    expect(finding?.sources).toEqual([{ ...citation, label: 'SIT background paper (2013), para. 27' }]);
  });
});

describe('required authority', () => {
  const judge = { ...rescue('info'), id: 'judge-rule', authority: 'judge', when: { fact: 'people.riskToLife', op: 'eq', value: 'yes' } };
  it('takes the highest authority of the rules in scope', () => {
    const assessment = evaluate(caseOf({ techniques: cdWithPersons }), toyRules(judge));
    expect(assessment.verdict.authority).toBe('judge');
    expect(evaluate(caseOf({}), toyRules(judge)).verdict.authority).toBe('senior-officer');
  });
  it('raises the authority one level when the verdict is to escalate', () => {
    const assessment = evaluate(
      caseOf({ techniques: cdWithPersons, intervention: { rescueTeam: 'no' } }),
      toyRules(rescue('high', { authority: 'senior-officer' })),
    );
    expect(assessment.verdict.authority).toBe('prosecutor');
    expect(assessment.verdict.authorityReasons.at(-1)).toContain('because the verdict is to escalate');
  });
});

describe('risk register, checklist and intervention plan', () => {
  const hazard = rescue('info', {
    id: 'suffocation',
    when: { fact: 'people.journey.concealedInVehicleOrContainer', op: 'eq', value: 'yes' },
    risk: {
      id: 'toy-suffocation',
      title: 'Migrants suffocate in a sealed compartment',
      likelihood: 4,
      impact: 5,
      mitigations: [
        { fact: 'techniques.controlledDelivery.canStopAtAnyPoint', label: 'Delivery can be stopped', likelihood: 2 },
        { fact: 'intervention.medicalCare', label: 'Medical care ready', impact: 1 },
      ],
    },
    checklist: [
      { item: 'Brief the rescue team', phase: 'execution', role: 'Officer in charge' },
      { item: 'Obtain authorisation in every state', phase: 'authorisation', role: 'Prosecutor' },
    ],
    intervention: [
      { trigger: 'signs of distress', action: 'Stop the vehicle and open it', who: 'Interception team', coveredBy: 'intervention.rescueTeam' },
      { trigger: 'loss of sight', action: 'Intercept at once', who: 'Officer in charge' },
    ],
  });

  it('scores each risk before and after the measures in place', () => {
    const assessment = evaluate(
      caseOf({ techniques: { ...cdWithPersons, controlledDelivery: { carries: ['persons'], canStopAtAnyPoint: 'yes' } } }),
      toyRules(hazard),
    );
    expect(assessment.riskRegister).toEqual([
      {
        id: 'toy-suffocation',
        title: 'Migrants suffocate in a sealed compartment',
        ruleId: 'suffocation',
        confirmed: true,
        before: { likelihood: 4, impact: 5, score: 20 },
        after: { likelihood: 2, impact: 5, score: 10 },
        measuresInPlace: ['Delivery can be stopped'],
        measuresMissing: ['Medical care ready'],
      },
    ]);
  });

  it('orders the checklist by phase and marks items whose scope is still unknown', () => {
    const known = evaluate(caseOf({ techniques: cdWithPersons }), toyRules(hazard));
    expect(known.checklist.map((item) => [item.phase, item.technique, item.conditional])).toEqual([
      ['authorisation', 'controlledDelivery', false],
      ['execution', 'controlledDelivery', false],
    ]);
    const unsure = evaluate(caseOf({ techniques: { selected: ['controlledDelivery'] } }), toyRules(hazard));
    expect(unsure.checklist.every((item) => item.conditional)).toBe(true);
  });

  it('shows what the intervention plan lacks', () => {
    const assessment = evaluate(
      caseOf({ techniques: cdWithPersons, intervention: { rescueTeam: 'no', abortAuthority: 'Gold commander' } }),
      toyRules(hazard),
    );
    const plan = assessment.interventionPlan;
    expect(plan.required).toBe(true);
    expect(plan.abortAuthority).toBe('Gold commander');
    expect(plan.entries.map((entry) => entry.status)).toEqual(['missing', 'to-plan']);
    expect(plan.gaps).toEqual(['Missing: Stop the vehicle and open it (required by rule suffocation)']);
  });

  it('flags a missing abort authority when migrants could be harmed', () => {
    const plan = evaluate(caseOf({ techniques: cdWithPersons }), toyRules(hazard)).interventionPlan;
    expect(plan.gaps[0]).toBe('Missing: nobody is named with the authority to stop the operation');
  });
});

describe('determinism', () => {
  it('gives the same output byte for byte for the same input', () => {
    const answers = caseOf({ techniques: cdWithPersons, intervention: { rescueTeam: 'no' } });
    const rules = toyRules(rescue('blocking'), rescue('high'));
    expect(JSON.stringify(evaluate(answers, rules))).toBe(JSON.stringify(evaluate(structuredClone(answers), rules)));
  });
});
