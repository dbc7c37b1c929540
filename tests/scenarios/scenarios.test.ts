import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedLibrary } from '../../src/cli/disk.ts';
import { CaseFile, TECHNIQUES } from '../../src/domain/case.schema.ts';
import { debrief } from '../../src/domain/debrief.ts';
import { evaluate } from '../../src/domain/evaluate.ts';
import { loadScenario } from '../../src/domain/load-scenario.ts';
import { normaliseWhitespace } from '../../src/domain/paragraphs.ts';
import { checkModelAnswer, readAnswer } from '../../src/domain/scenario-agreement.ts';
import { briefedSituation, modelSolution, startingAnswersOf } from '../../src/domain/scenario-answers.ts';
import { ScenarioIndex } from '../../src/domain/scenario.schema.ts';
import { realRules } from '../support/assess.ts';
import { SCENARIO_FOLDER, readScenarioFiles, shippedScenarios } from '../support/scenarios.ts';

const library = readSeedLibrary();
const assess = (answers: unknown) => evaluate(CaseFile.parse(answers), realRules());
const firedIds = (answers: unknown) => assess(answers).findings.map((finding) => finding.ruleId);

describe('the scenario files in public/scenarios', () => {
  it('ships at least eight, all of which load', () => {
    expect(readScenarioFiles().length).toBeGreaterThanOrEqual(8);
    expect(shippedScenarios().length).toBe(readScenarioFiles().length);
  });

  for (const file of readScenarioFiles()) {
    it(`${file.name} is a valid scenario whose rule ids and paragraphs exist, named after its id`, () => {
      const result = loadScenario(file.text, file.name, realRules());
      if (!result.ok) throw new Error(result.errors.join('\n'));
      expect(file.name).toBe(`public/scenarios/${result.scenario.id}.scenario.json`);
    });
  }

  it('are all listed in index.json, with the same titles and techniques, and nothing else is', () => {
    const index = ScenarioIndex.parse(JSON.parse(readFileSync(join(SCENARIO_FOLDER, 'index.json'), 'utf8')));
    const listed = index.map(({ id, title, techniques }) => ({ id, title, techniques }));
    const shipped = shippedScenarios().map(({ id, title, techniques }) => ({ id, title, techniques }));
    expect([...listed].sort((a, b) => a.id.localeCompare(b.id))).toEqual(shipped);
  });

  it('cover every technique, and at least four release injects', () => {
    const scenarios = shippedScenarios();
    for (const technique of TECHNIQUES) {
      expect(scenarios.filter((scenario) => scenario.techniques.includes(technique)).length, technique).toBeGreaterThanOrEqual(2);
    }
    expect(scenarios.filter((scenario) => scenario.injects.length > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('set up the techniques they are about, in the case as briefed', () => {
    for (const scenario of shippedScenarios()) {
      const selected = CaseFile.parse(briefedSituation(scenario)).techniques.selected;
      expect(selected, scenario.id).toEqual(expect.arrayContaining(scenario.techniques));
    }
  });

  it('cover the hard cases the papers discuss', () => {
    const scenarios = shippedScenarios();
    const expecting = (ruleId: string) => scenarios.filter((scenario) => scenario.modelAnswer.findings.includes(ruleId));
    const hardCases: Record<string, string> = {
      'life at sea': 'cd-unseaworthy-vessel',
      'unaccompanied children': 'ch-unaccompanied-no-child-protection',
      'a transit state that prohibits controlled delivery': 'cd-prohibited-on-route',
      'an undercover officer in a safe house': 'uc-safe-house-safeguards-missing',
      'an informant who is himself a smuggled migrant': 'inf-smuggled-migrant-informant',
      'evidence gathered abroad informally': 'ic-court-evidence-via-informal-contact',
      'a case that turns out to be trafficking': 'vw-trafficking-no-victim-support',
      'entrapment risk': 'uc-may-instigate-offences',
    };
    for (const [hardCase, ruleId] of Object.entries(hardCases)) {
      expect(expecting(ruleId).length, hardCase).toBeGreaterThan(0);
    }
    // "Turns out to be" trafficking: an inject reveals it; the starting answers do not show it.
    const revealed = scenarios.filter(
      (scenario) =>
        scenario.modelAnswer.findings.includes('vw-trafficking-no-victim-support') &&
        !firedIds(startingAnswersOf(scenario)).includes('vw-trafficking-no-victim-support'),
    );
    expect(revealed.length).toBeGreaterThan(0);
  });

  it('give each learning objective at least one paragraph of the papers, and every paragraph cited exists', () => {
    for (const scenario of shippedScenarios()) {
      for (const objective of scenario.learningObjectives) {
        const cited = citedIn(objective);
        expect(cited.length, `${scenario.id}: "${objective}" cites no paragraph`).toBeGreaterThan(0);
        for (const { doc, para } of cited) {
          expect(library.paragraphs[doc]?.[String(para)], `${scenario.id}: ${doc} para ${para}`).toBeDefined();
        }
      }
      for (const { doc, para } of scenario.modelAnswer.sources) {
        expect(library.paragraphs[doc]?.[String(para)], `${scenario.id}: ${doc} para ${para}`).toBeDefined();
      }
    }
  });
});

/**
 * Agreement between each model answer and the rule core, exactly as scenario.schema.ts
 * defines it. Written out here rather than only calling checkModelAnswer, so the test
 * states the contract.
 */
describe('every model answer agrees with the real rule core', () => {
  for (const scenario of shippedScenarios()) {
    describe(scenario.id, () => {
      const briefed = assess(briefedSituation(scenario));
      const model = assess(modelSolution(scenario));
      const briefedIds = briefed.findings.map((finding) => finding.ruleId);

      it('1. every expected finding fires on the briefed situation (starting answers + all injects)', () => {
        expect(briefedIds).toEqual(expect.arrayContaining(scenario.modelAnswer.findings));
      });

      it('2. every blocking finding of the briefed situation is expected', () => {
        const blocking = briefed.findings.filter((finding) => finding.severity === 'blocking').map((finding) => finding.ruleId);
        expect(scenario.modelAnswer.findings).toEqual(expect.arrayContaining(blocking));
      });

      it('3. the model solution (briefed situation + modelAnswers) gives exactly the expected verdict', () => {
        expect(model.verdict.outcome, model.verdict.reasons.join('\n')).toBe(scenario.modelAnswer.verdict);
      });

      it('4. every measure is "yes" in the model solution and not yet "yes" in the briefed situation', () => {
        const modelCase = CaseFile.parse(modelSolution(scenario));
        const briefedCase = CaseFile.parse(briefedSituation(scenario));
        for (const { fact } of scenario.modelAnswer.measures) {
          expect(readAnswer(modelCase, fact), fact).toBe('yes');
          expect(readAnswer(briefedCase, fact), fact).not.toBe('yes');
        }
      });

      it('checkModelAnswer, which authoring uses, agrees', () => {
        expect(checkModelAnswer(scenario, realRules())).toEqual([]);
      });
    });
  }
});

describe('debrief with the shipped scenarios', () => {
  for (const scenario of shippedScenarios()) {
    it(`${scenario.id}: the model solution scores 100% with nothing missed`, () => {
      // A model trainee flags the expected problems their plan cannot remove.
      const stillFiring = firedIds(modelSolution(scenario)).filter((ruleId) => scenario.modelAnswer.findings.includes(ruleId));
      const result = debrief(scenario, modelSolution(scenario), stillFiring, realRules());
      expect(result.verdict).toEqual({ trainee: scenario.modelAnswer.verdict, model: scenario.modelAnswer.verdict, match: true });
      expect(result.findings.missed).toEqual([]);
      expect(result.findings.extra).toEqual([]);
      expect(result.findings.identified.map((finding) => finding.ruleId)).toEqual(scenario.modelAnswer.findings);
      expect(result.measures.missing).toEqual([]);
      expect(result.factsContradicted).toEqual([]);
      expect(result.overall.percent).toBe(100);
      for (const lens of result.scores) expect([100, null], lens.lens).toContain(lens.percent);
    });

    it(`${scenario.id}: the untouched answers miss every expected finding and measure, each with its paragraph and excerpt`, () => {
      for (const untouched of [startingAnswersOf(scenario), briefedSituation(scenario)]) {
        const result = debrief(scenario, untouched, [], realRules());
        expect(result.findings.missed.map((finding) => finding.ruleId)).toEqual(scenario.modelAnswer.findings);
        expect(result.findings.identified).toEqual([]);
        expect(result.measures.missing.map((measure) => measure.fact)).toEqual(
          scenario.modelAnswer.measures.map((measure) => measure.fact),
        );
        expect(result.overall.achieved).toBe(0);
        for (const miss of [...result.findings.missed, ...result.measures.missing]) {
          expect(miss.sources.length, `${'ruleId' in miss ? miss.ruleId : ''}`).toBeGreaterThan(0);
          for (const source of miss.sources) expectVerbatim(source);
        }
      }
    });

    it(`${scenario.id}: the debrief quotes the paragraphs the model answer cites`, () => {
      const result = debrief(scenario, briefedSituation(scenario), [], realRules());
      expect(result.sources.map(({ doc, para }) => ({ doc, para }))).toEqual(scenario.modelAnswer.sources);
      for (const source of result.sources) expectVerbatim(source);
    });
  }
});

function expectVerbatim(source: { doc: string; para: number; label: string; excerpt: string }): void {
  expect(source.label).toMatch(/, para\. \d+$/);
  expect(source.excerpt.length).toBeGreaterThan(0);
  const paragraph = library.paragraphs[source.doc]?.[String(source.para)] ?? '';
  expect(normaliseWhitespace(paragraph)).toContain(normaliseWhitespace(source.excerpt));
}

/** "(SIT background paper (2013), paras. 14-15)" → sit-2013 14 and 15. */
function citedIn(text: string): { doc: string; para: number }[] {
  return library.papers.flatMap((paper) => {
    const pattern = new RegExp(`${escape(paper.shortTitle)}, paras?\\. ([\\d\\-, and]+)`, 'g');
    return [...text.matchAll(pattern)].flatMap((match) => paragraphNumbers(match[1] ?? '').map((para) => ({ doc: paper.id, para })));
  });
}

function paragraphNumbers(list: string): number[] {
  return list.split(/,|and/).flatMap((part) => {
    const [from, to] = part.trim().split('-').map(Number);
    if (from === undefined || Number.isNaN(from)) return [];
    if (to === undefined || Number.isNaN(to)) return [from];
    return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

