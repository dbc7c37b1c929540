import { describe, expect, it } from 'vitest';
import { realRules } from '../../tests/support/assess.ts';
import { shippedScenarios } from '../../tests/support/scenarios.ts';
import { debrief, flaggableRules } from './debrief.ts';
import { LENSES, LENS_TABLE, lensOf } from './lenses.ts';
import { mergeAnswers } from './merge-answers.ts';
import { briefedSituation, modelSolution, startingAnswersOf } from './scenario-answers.ts';
import type { Scenario } from './scenario.schema.ts';

const scenario = (id: string): Scenario => {
  const found = shippedScenarios().find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no shipped scenario ${id}`);
  return found;
};
const seaCrossing = scenario('night-launch-sea-crossing');
const transitBan = scenario('transit-state-prohibits-delivery');
const lorry = scenario('refrigerated-lorry-children');
const informant = scenario('migrant-informant');
const ids = (entries: readonly { ruleId: string }[]) => entries.map((entry) => entry.ruleId);

describe('what counts as identified', () => {
  it('a problem no plan removes must be flagged: otherwise it is missed, even by a model plan', () => {
    const unflagged = debrief(transitBan, modelSolution(transitBan), [], realRules());
    expect(unflagged.verdict).toEqual({ trainee: 'do-not-proceed', model: 'do-not-proceed', match: true });
    expect(ids(unflagged.findings.missed)).toEqual(['cd-prohibited-on-route', 'cd-authorisation-missing-in-a-state']);
    expect(unflagged.findings.missed[0]!.sources[0]).toMatchObject({ doc: 'sit-2013', para: 26, label: 'SIT background paper (2013), para. 26' });

    const flagged = debrief(transitBan, modelSolution(transitBan), ['cd-prohibited-on-route', 'cd-authorisation-missing-in-a-state'], realRules());
    expect(flagged.findings.missed).toEqual([]);
    expect(flagged.findings.identified.map(({ ruleId, how }) => [ruleId, how])).toEqual([
      ['cd-prohibited-on-route', 'flagged'],
      ['cd-authorisation-missing-in-a-state', 'flagged'],
      ['lg-foreign-law-not-checked', 'resolved'],
      ['cd-no-joint-investigation', 'resolved'],
    ]);
  });

  it('a change of plan that takes the danger away resolves it', () => {
    const dropped = mergeAnswers(briefedSituation(transitBan), { techniques: { selected: [] } });
    const result = debrief(transitBan, dropped, [], realRules());
    expect(result.findings.identified.find((finding) => finding.ruleId === 'cd-prohibited-on-route')?.how).toBe('resolved');
    expect(result.verdict.match).toBe(false);
  });

  it('planning the measure resolves a finding; leaving it unknown does not', () => {
    const briefed = briefedSituation(seaCrossing);
    const unknown = debrief(seaCrossing, mergeAnswers(briefed, { intervention: { searchAndRescueAtSea: 'unknown' } }), [], realRules());
    expect(ids(unknown.findings.missed)).toContain('cd-at-sea-without-search-and-rescue');
    const planned = debrief(seaCrossing, mergeAnswers(briefed, { intervention: { searchAndRescueAtSea: 'yes' } }), ['cd-at-sea-without-search-and-rescue'], realRules());
    expect(planned.findings.identified.find((finding) => finding.ruleId === 'cd-at-sea-without-search-and-rescue')?.how).toBe('flagged-and-resolved');
    expect(planned.measures.planned.map((measure) => measure.fact)).toEqual(['intervention.searchAndRescueAtSea']);
    // The measure's source is the rule that fires for want of it.
    expect(planned.measures.planned[0]).toMatchObject({ lens: 'migrant-safety', ruleId: 'cd-at-sea-without-search-and-rescue' });
  });

  it('lists flags outside the model answer as extra, saying whether the situation supports them', () => {
    const result = debrief(seaCrossing, briefedSituation(seaCrossing), ['not-a-rule', 'uc-may-instigate-offences', 'ic-sea-cooperation'], realRules());
    expect(result.findings.extra).toEqual([
      { ruleId: 'ic-sea-cooperation', title: expect.any(String), lens: 'migrant-safety', supported: true },
      { ruleId: 'uc-may-instigate-offences', title: expect.any(String), lens: 'legality', supported: false },
      { ruleId: 'not-a-rule', title: 'not-a-rule', lens: null, supported: false },
    ]);
  });

  it('lists the problems the trainee plan itself introduces', () => {
    const weakened = mergeAnswers(modelSolution(seaCrossing), { legality: { authorisingAuthority: 'senior-officer' } });
    const result = debrief(seaCrossing, weakened, [], realRules());
    expect(ids(result.findings.introduced)).toEqual(['es-judicial-control-missing']);
    expect(result.findings.introduced[0]).toMatchObject({ lens: 'legality', severity: 'high' });
    expect(result.verdict).toMatchObject({ trainee: 'escalate', match: false });
  });
});

describe('the situation as briefed', () => {
  it('puts back the people facts and the injects, whatever the trainee typed, and says so', () => {
    const denial = mergeAnswers(modelSolution(lorry), { people: { children: { present: 'no', unaccompanied: 'no' } } });
    const result = debrief(lorry, denial, [], realRules());
    expect(result.factsContradicted).toEqual([
      { fact: 'people.children.present', briefed: 'yes', trainee: 'no' },
      { fact: 'people.children.unaccompanied', briefed: 'yes', trainee: 'no' },
    ]);
    expect(result.overall.percent).toBe(100);
    expect(result.traineeAssessment.findings.map((finding) => finding.ruleId)).toContain('ch-best-interests-primary');

    const reverted = mergeAnswers(modelSolution(informant), { techniques: { informant: { isChild: 'no' } } });
    const child = debrief(informant, reverted, [], realRules());
    expect(child.factsContradicted).toEqual([{ fact: 'techniques.informant.isChild', briefed: 'yes', trainee: 'no' }]);
    expect(ids(child.findings.missed)).toContain('ch-child-informant');
  });

  it('judges untouched starting answers as if every inject had been released', () => {
    const result = debrief(informant, startingAnswersOf(informant), [], realRules());
    expect(ids(result.findings.missed)).toEqual(informant.modelAnswer.findings);
    expect(result.factsContradicted).toEqual([{ fact: 'techniques.informant.isChild', briefed: 'yes', trainee: 'no' }]);
  });

  it('copes with answers that are not an object at all: no technique chosen, nothing planned', () => {
    const result = debrief(seaCrossing, null, undefined, realRules());
    expect(result.measures.planned).toEqual([]);
    // With no technique chosen, only the controlled-delivery problems are gone.
    expect(result.findings.identified.map(({ ruleId, how }) => [ruleId, how])).toEqual([
      ['cd-unseaworthy-vessel', 'resolved'],
      ['cd-at-sea-without-search-and-rescue', 'resolved'],
      ['cd-lives-put-at-risk', 'resolved'],
      ['ch-controlled-delivery-with-children', 'resolved'],
    ]);
    expect(ids(result.findings.missed)).toEqual([
      'ms-intervention-plan-missing',
      'ms-risk-to-life-no-stop-triggers',
      'ms-dangerous-journey-no-medical',
      'ad-no-evidence-at-interception',
    ]);
  });
});

describe('scores per lens', () => {
  it('count each expected finding and measure once, in its lens', () => {
    const result = debrief(seaCrossing, briefedSituation(seaCrossing), [], realRules());
    expect(result.scores.map((score) => score.lens)).toEqual([...LENSES]);
    const possible = Object.fromEntries(result.scores.map((score) => [score.lens, score.possible]));
    expect(possible).toEqual({
      'migrant-safety': 10,
      children: 2,
      legality: 0,
      subsidiarity: 0,
      proportionality: 0,
      admissibility: 2,
    });
    expect(result.overall).toEqual({ achieved: 0, possible: 14, percent: 0 });
    expect(result.scores.find((score) => score.lens === 'legality')).toEqual({
      lens: 'legality',
      name: 'Legality',
      achieved: 0,
      possible: 0,
      percent: null,
    });
  });

  it('round to whole percentages', () => {
    const partly = mergeAnswers(briefedSituation(seaCrossing), { intervention: { childProtectionServices: 'yes' } });
    const children = debrief(seaCrossing, partly, [], realRules()).scores.find((score) => score.lens === 'children');
    expect(children).toMatchObject({ achieved: 1, possible: 2, percent: 50 });
  });

  it('give the same debrief, byte for byte, for the same answers in any key order', () => {
    const answers = modelSolution(seaCrossing);
    const reversed = JSON.parse(JSON.stringify(answers, (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    )) as unknown;
    const first = JSON.stringify(debrief(seaCrossing, answers, ['ic-sea-cooperation'], realRules()));
    expect(JSON.stringify(debrief(seaCrossing, reversed, ['ic-sea-cooperation'], realRules()))).toBe(first);
  });
});

describe('the lens table', () => {
  it('gives every module of the rule set a lens, and names only real rules of that module as exceptions', () => {
    for (const ruleModule of realRules().modules) {
      const entry = LENS_TABLE[ruleModule.module];
      expect(entry, ruleModule.module).toBeDefined();
      for (const ruleId of Object.keys(entry?.except ?? {})) {
        expect(ruleModule.rules.map((rule) => rule.id), `${ruleModule.module}: ${ruleId}`).toContain(ruleId);
      }
    }
    expect(Object.keys(LENS_TABLE).sort()).toEqual(realRules().modules.map((ruleModule) => ruleModule.module).sort());
  });

  it('reads exceptions before the module lens', () => {
    expect(lensOf('controlled-delivery', 'cd-prohibited-on-route')).toBe('legality');
    expect(lensOf('controlled-delivery', 'cd-lives-put-at-risk')).toBe('migrant-safety');
    expect(lensOf('a-new-module', 'any-rule')).toBe('legality');
  });
});

describe('what a trainee can flag', () => {
  it('lists every rule the techniques bring in, once, grouped by lens', () => {
    const options = flaggableRules(realRules(), ['informant']);
    const optionIds = options.map((option) => option.ruleId);
    expect(new Set(optionIds).size).toBe(optionIds.length);
    expect(optionIds).toContain('inf-smuggled-migrant-informant');
    expect(optionIds).toContain('ch-child-informant');
    expect(optionIds).toContain('lg-no-legal-basis');
    expect(optionIds.some((ruleId) => ruleId.startsWith('cd-') || ruleId.startsWith('uc-'))).toBe(false);
    const lensOrder = options.map((option) => LENSES.indexOf(option.lens));
    expect(lensOrder).toEqual([...lensOrder].sort((a, b) => a - b));
    for (const ruleId of informant.modelAnswer.findings) expect(optionIds).toContain(ruleId);
  });
});
