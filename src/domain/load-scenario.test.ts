import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realRules } from '../../tests/support/assess.ts';
import { SCENARIO_FOLDER } from '../../tests/support/scenarios.ts';
import { loadScenario } from './load-scenario.ts';
import { checkModelAnswer } from './scenario-agreement.ts';
import { applyInject, briefedSituation, modelSolution, startingAnswersOf } from './scenario-answers.ts';
import { Scenario } from './scenario.schema.ts';

const FILE = 'night-launch-sea-crossing.scenario.json';
const text = readFileSync(join(SCENARIO_FOLDER, FILE), 'utf8');
/** A fresh copy of a real scenario file, to break. */
const fileJson = () => JSON.parse(text) as Record<string, any>;
const errorsOf = (json: unknown) => {
  const result = loadScenario(json, FILE, realRules());
  return result.ok ? [] : result.errors;
};
const scenario = () => Scenario.parse(fileJson());

describe('loading a scenario file', () => {
  it('reads the text of a valid file', () => {
    const result = loadScenario(text, FILE, realRules());
    expect(result.ok && result.scenario.id).toBe('night-launch-sea-crossing');
  });

  it('names the file when it is not JSON, not an object, or too new', () => {
    expect(errorsOf('{"scenarioVersion": 1,')).toEqual([expect.stringMatching(new RegExp(`^${FILE}: not valid JSON \\(`))]);
    expect(errorsOf('[1, 2]')).toEqual([`${FILE}: (whole file): a scenario file must be a JSON object`]);
    expect(errorsOf({ ...fileJson(), scenarioVersion: 2 })[0]).toMatch(
      /^night-launch-sea-crossing\.scenario\.json: scenarioVersion: .*newer version.*format 2.*Update the app/,
    );
  });

  it('names each missing or wrong field', () => {
    const json = fileJson();
    delete json.modelAnswer;
    delete json.title;
    json.briefing = '   ';
    json.surprise = true;
    expect(errorsOf(json)).toEqual([
      `${FILE}: title: is required but missing`,
      `${FILE}: briefing: must not be empty`,
      `${FILE}: modelAnswer: is required but missing`,
      `${FILE}: surprise: is not a field of this file (check the spelling)`,
    ]);
  });

  it('checks every set of answers against the case file, with the path inside the scenario', () => {
    const start = fileJson();
    start.startingAnswers.people.children = { present: 'maybe' };
    expect(errorsOf(start)).toEqual([
      `${FILE}: startingAnswers.people.children.present: Invalid option: expected one of "yes"|"no"|"unknown"`,
    ]);
    const inject = fileJson();
    inject.injects[0].answers.people.kids = 'yes';
    expect(errorsOf(inject)).toEqual([
      `${FILE}: injects[0].answers.people.kids: is not a question of the case file (check the spelling)`,
    ]);
    const model = fileJson();
    model.modelAnswers.intervention.rescueTeam = 'perhaps';
    model.modelAnswers.operation = { codename: '' };
    expect(errorsOf(model)).toEqual([
      `${FILE}: modelAnswers.operation.codename: Enter an operation codename`,
      `${FILE}: modelAnswers.intervention.rescueTeam: Invalid option: expected one of "yes"|"no"|"unknown"`,
    ]);
    const notAnObject = fileJson();
    notAnObject.startingAnswers = [];
    expect(errorsOf(notAnObject)[0]).toMatch(/startingAnswers: must be an object of case-file answers/);
  });

  it('rejects a rule id the rule set does not have', () => {
    const json = fileJson();
    json.modelAnswer.findings.push('cd-no-such-rule');
    expect(errorsOf(json)).toEqual([`${FILE}: modelAnswer.findings[8]: "cd-no-such-rule" is not a rule of the rule set`]);
    // Without a rule set only the shape is checked.
    expect(loadScenario(json, FILE).ok).toBe(true);
  });

  it('rejects a source paragraph no rule cites, and a paper that does not exist', () => {
    const json = fileJson();
    json.modelAnswer.sources.push({ doc: 'sit-2013', para: 3 }, { doc: 'no-such-paper', para: 1 });
    expect(errorsOf(json)).toEqual([
      `${FILE}: modelAnswer.sources[4]: sit-2013 para 3 is not cited by any rule, so the debrief has no excerpt to quote`,
      `${FILE}: modelAnswer.sources[5].doc: "no-such-paper" is not a source paper`,
    ]);
  });

  it('accepts as measures only yes/no questions that some rule reads', () => {
    const json = fileJson();
    json.modelAnswer.measures.push(
      { fact: 'derived.migrantsAtRisk', label: 'derived, not a question' },
      { fact: 'operation.codename', label: 'text, not yes/no' },
      { fact: 'intervention.rescueTeams', label: 'misspelt' },
    );
    expect(errorsOf(json)).toEqual(
      [6, 7, 8].map(
        (index) => `${FILE}: modelAnswer.measures[${index}].fact: must be a yes/no question of the case file, e.g. "intervention.rescueTeam"`,
      ),
    );
    const unread = fileJson();
    unread.modelAnswer.measures.push({ fact: 'techniques.undercoverOfficer.foreignOfficer', label: 'no rule reads it' });
    expect(errorsOf(unread)).toEqual([
      `${FILE}: modelAnswer.measures[6].fact: no rule reads "techniques.undercoverOfficer.foreignOfficer", so a missed measure would have no source`,
    ]);
  });

  it('rejects ids that are not kebab-case and anything listed twice', () => {
    const json = fileJson();
    json.id = 'Night Launch';
    json.techniques.push('controlledDelivery');
    json.injects.push({ ...json.injects[0] });
    json.modelAnswer.findings.push('cd-unseaworthy-vessel');
    expect(errorsOf(json)).toEqual([
      `${FILE}: id: must be kebab-case, e.g. "sea-crossing"`,
      `${FILE}: techniques[2]: "controlledDelivery" is listed twice`,
      `${FILE}: injects[1]: "overloaded-and-weather" is listed twice`,
      `${FILE}: modelAnswer.findings[8]: "cd-unseaworthy-vessel" is listed twice`,
    ]);
  });
});

describe('the answers of a scenario', () => {
  it('start from the starting answers with the scenario codename', () => {
    const start = startingAnswersOf(scenario());
    expect(start).toMatchObject({ schemaVersion: 1, operation: { codename: 'TIDEWATER' } });
    expect(startingAnswersOf({})).toEqual({ schemaVersion: 1, operation: { codename: 'EXERCISE' } });
  });

  it('applyInject merges the new facts into the trainee answers, without changing either', () => {
    const s = scenario();
    const trainee = { ...startingAnswersOf(s), intervention: { rescueTeam: 'yes' } };
    const before = structuredClone(trainee);
    const inject = s.injects[0]!;
    const after = applyInject(trainee, inject);
    expect(after).toMatchObject({
      people: { migrantCount: 70, riskToLife: 'yes', children: { present: 'yes' }, journey: { atSea: 'yes', modes: ['sea'], overloadedOrUnseaworthyVessel: 'yes' } },
      intervention: { rescueTeam: 'yes' },
    });
    expect(trainee).toEqual(before);
    expect(s.injects[0]).toEqual(inject);
  });

  it('applyInject replaces lists rather than merging them', () => {
    const after = applyInject({ operation: { offences: ['a', 'b'] } }, { answers: { operation: { offences: ['c'] } } });
    expect(after).toEqual({ operation: { offences: ['c'] } });
  });

  it('the briefed situation has every inject; the model solution adds the model answers on top', () => {
    const s = scenario();
    expect(briefedSituation(s)).toEqual(applyInject(startingAnswersOf(s), s.injects[0]!));
    expect(modelSolution(s)).toMatchObject({
      people: { riskToLife: 'yes' },
      techniques: { selected: ['electronicSurveillance'] },
      intervention: { searchAndRescueAtSea: 'yes' },
    });
    expect(modelSolution({ ...s, modelAnswers: undefined })).toEqual(briefedSituation(s));
  });
});

describe('checking a model answer against the rule core', () => {
  it('explains each way a model answer can disagree', () => {
    const json = fileJson();
    json.modelAnswer.verdict = 'proceed';
    json.modelAnswer.findings = json.modelAnswer.findings.filter((id: string) => id !== 'cd-unseaworthy-vessel');
    json.modelAnswer.findings.push('uc-may-instigate-offences');
    json.modelAnswer.measures.push({ fact: 'intervention.interpreters', label: 'already planned' });
    json.modelAnswer.measures.push({ fact: 'techniques.electronicSurveillance.admissibilityAbroadChecked', label: 'not planned' });
    const problems = checkModelAnswer(Scenario.parse(json), realRules());
    expect(problems).toEqual([
      'modelAnswer.findings[7]: "uc-may-instigate-offences" does not fire on the briefed situation (starting answers + all injects)',
      expect.stringMatching(/^modelAnswer\.findings: the briefed situation has the blocking finding "cd-unseaworthy-vessel" \(.+\); list it$/),
      expect.stringMatching(/^modelAnswer\.verdict: the model solution gives "proceed-with-conditions", not "proceed" \(/),
      'modelAnswer.measures[6] (intervention.interpreters): already "yes" in the briefed situation, so there is nothing to plan',
      'modelAnswer.measures[7] (techniques.electronicSurveillance.admissibilityAbroadChecked): the model solution does not answer "yes"',
    ]);
  });
});
