import { describe, expect, it } from 'vitest';
import { VERDICT_WORDS } from '../domain/assessment.schema.ts';
import { LENS_QUESTIONS } from '../domain/lenses.ts';
import { modelSolution, startingAnswersOf } from '../domain/scenario-answers.ts';
import { paragraphsOf } from './blocks.ts';
import { MEASURES_TITLE } from './debrief-measures.ts';
import { PROBLEMS_TITLE } from './debrief-findings.ts';
import { NOTES_TITLE } from './debrief-notes.ts';
import { HOW_WORDS, MISSED_WORDS, NOT_PLANNED_WORDS, PLANNED_WORDS, scoreWords } from './debrief-words.ts';
import type { DebriefPdfInput } from './pdf-input.ts';
import { renderDebriefPdfBytes } from './render-debrief.ts';
import { FIXED_DATE, debriefInputFor, shippedScenario } from '../../tests/support/pdf-input.ts';
import { overlappingWords, wordsOutsideMargins } from '../../tests/support/layout.ts';
import { bodyText, missingFrom, pageTexts, pdfWords, qpdfCheck, run, squash, withPdfFile } from '../../tests/support/poppler.ts';

const TRAINEE = 'Constable Ana Łukasiewicz';
const SCENARIOS = ['refrigerated-lorry-children', 'transit-state-prohibits-delivery'];

/** The two debriefs a trainer sees most: a trainee who changed nothing, and one who gave the model answer. */
function debriefsOf(id: string) {
  const scenario = shippedScenario(id);
  return {
    scenario,
    untouched: debriefInputFor(scenario, startingAnswersOf(scenario), [], TRAINEE),
    model: debriefInputFor(scenario, modelSolution(scenario), scenario.modelAnswer.findings),
  };
}

function read(input: DebriefPdfInput) {
  const bytes = renderDebriefPdfBytes(input);
  const pages = pageTexts(bytes);
  return { bytes, pages, cover: squash(pages[0] ?? ''), text: bodyText(pages) };
}

describe.each(SCENARIOS)('the debrief PDF of %s, read back with pdftotext', (id) => {
  const { scenario, untouched, model } = debriefsOf(id);
  const start = read(untouched);
  const best = read(model);

  it('passes qpdf --check and embeds every font it uses', () => {
    for (const { bytes } of [start, best]) {
      const check = qpdfCheck(bytes);
      expect(check.status, check.output).toBe(0);
      const fonts = withPdfFile(bytes, (path) => run('pdffonts', [path]).stdout).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font.split(/\s+/).slice(-5, -4)[0], font).toBe('yes');
    }
  });

  it('opens with the title, the scenario, that it is fictional, the trainee and the date', () => {
    expect(missingFrom(start.cover, ['SIT Risk Wizard', 'Training debrief', 'Training exercise — fictional', scenario.title, TRAINEE, '5 March 2026, 14:05 UTC'])).toEqual([]);
    expect(best.cover).toContain('Trainee Not recorded');
  });

  it('gives both verdicts in words and says whether they match', () => {
    const { verdict } = untouched.debrief;
    expect(untouched.debrief.findings.missed.length).toBeGreaterThanOrEqual(2);
    expect(start.cover).toContain(`YOUR PLAN ${VERDICT_WORDS[verdict.trainee]}`);
    expect(start.cover).toContain(`MODEL ANSWER ${VERDICT_WORDS[verdict.model]}`);
    expect(start.cover).toContain(verdict.match ? '✓ MATCH' : '✖ NO MATCH');

    expect(model.debrief.verdict.match).toBe(true);
    expect(best.cover).toContain(`YOUR PLAN ${VERDICT_WORDS[model.debrief.verdict.trainee]}`);
    expect(best.cover).toContain(`MODEL ANSWER ${VERDICT_WORDS[scenario.modelAnswer.verdict]}`);
    expect(best.cover).toContain('✓ MATCH: your plan reaches the same verdict as the model answer.');
  });

  it('scores every lens: achieved, possible and percent, or "not tested"', () => {
    for (const [input, { cover }] of [[untouched, start], [model, best]] as const) {
      const rows = input.debrief.scores.map((lens) => {
        const words = scoreWords(lens);
        return `${lens.name} ${LENS_QUESTIONS[lens.lens]} ${words.achieved} ${words.possible} ${words.percent}`;
      });
      expect(missingFrom(cover, rows)).toEqual([]);
      expect(cover).toContain(`Overall Every lens together ${input.debrief.overall.achieved} ${input.debrief.overall.possible}`);
    }
    expect(start.cover).toContain('not tested');
    expect(model.debrief.overall.percent).toBe(100);
  });

  it('has its sections in order', () => {
    const positions = [PROBLEMS_TITLE, MEASURES_TITLE, NOTES_TITLE].map((title) => start.text.indexOf(title));
    expect(positions.every((position) => position > 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('lists every miss with what to do and its sources: label and excerpt', () => {
    const missedSection = start.text.slice(start.text.indexOf('What you missed'));
    for (const missed of untouched.debrief.findings.missed) {
      const parts = [missed.title, missed.remedy, ...missed.sources.flatMap((source) => [source.label, `“${source.excerpt}”`])];
      expect(missingFrom(missedSection, parts), missed.ruleId).toEqual([]);
      expect(start.text).toMatch(new RegExp(`P\\d+ ${escape(squash(missed.title))} .*?${escape(MISSED_WORDS)}`));
    }
  });

  it('shows each problem of the model answer as identified, and how, when the trainee gives the model answer', () => {
    expect(model.debrief.findings.missed).toEqual([]);
    for (const found of model.debrief.findings.identified) {
      expect(best.text).toMatch(new RegExp(`${escape(squash(found.title))} .*?${escape(HOW_WORDS[found.how])}`));
    }
    expect(best.text).toContain('Nothing: you identified every problem the model answer expects.');
  });

  it('lists the measures planned and missing, each missing one with its sources', () => {
    const measures = start.text.slice(start.text.indexOf(MEASURES_TITLE));
    for (const missing of untouched.debrief.measures.missing) {
      expect(measures).toContain(`${missing.label}`);
      expect(missingFrom(measures, missing.sources.map((source) => source.label))).toEqual([]);
    }
    expect(measures).toContain(NOT_PLANNED_WORDS);
    expect(model.debrief.measures.missing).toEqual([]);
    for (const planned of model.debrief.measures.planned) expect(best.text).toMatch(new RegExp(`${escape(planned.label)} .*?${escape(PLANNED_WORDS)}`));
  });

  it("quotes the trainer's notes and the model answer's sources", () => {
    for (const { text } of [start, best]) {
      expect(missingFrom(text, paragraphsOf(scenario.modelAnswer.notes))).toEqual([]);
      expect(missingFrom(text, untouched.debrief.sources.map((source) => source.label))).toEqual([]);
    }
  });

  it('numbers every page "Page x of N" and prints the marking at the top and bottom of each', () => {
    for (const { pages } of [start, best]) {
      expect(pages.length).toBeGreaterThan(2);
      const wrong = pages.flatMap((page, index) => {
        const flat = squash(page);
        const problems = missingFrom(flat, [`Page ${index + 1} of ${pages.length}`, 'Training exercise — fictional scenario. Not for operational use.']);
        if (flat.split('TRAINING — FICTIONAL SCENARIO').length - 1 < 2) problems.push('marking at top and bottom');
        return problems.map((problem) => `page ${index + 1}: ${problem}`);
      });
      expect(wrong).toEqual([]);
    }
  });

  it('keeps every word inside the margins, none on top of another', () => {
    for (const { bytes } of [start, best]) {
      const words = pdfWords(bytes);
      expect(wordsOutsideMargins(words).slice(0, 10)).toEqual([]);
      expect(overlappingWords(words).slice(0, 10)).toEqual([]);
    }
  });
});

describe('facts of the exercise the trainee answered differently', () => {
  it('are listed with the question, the answer as briefed and the answer given', () => {
    const { untouched } = debriefsOf('refrigerated-lorry-children');
    const { text } = read(untouched);
    expect(untouched.debrief.factsContradicted.length).toBeGreaterThan(0);
    expect(text).toContain('Facts of the exercise your answers differ from');
    expect(text).toContain('Are children among the migrants? Yes Not answered yet');
  });

  it('in a list of states, only what differs, state by state', () => {
    const { untouched } = debriefsOf('transit-state-prohibits-delivery');
    const { text } = read(untouched);
    expect(text).toContain(
      'States involved Borduria: Does the law of this state permit controlled delivery? Prohibited Borduria: Does the law of this state permit controlled delivery? Not answered yet',
    );
  });

  it('are left out when there are none', () => {
    const { model } = debriefsOf('refrigerated-lorry-children');
    expect(model.debrief.factsContradicted).toEqual([]);
    expect(read(model).text).not.toContain('Facts of the exercise');
  });
});

describe('flags beyond the model answer', () => {
  it('say whether the situation as briefed supports them: a fair point or a false alarm', () => {
    const scenario = shippedScenario('refrigerated-lorry-children');
    // The first fires on the briefed situation (children, a dangerous journey) though the model answer does not ask for it; the second does not.
    const input = debriefInputFor(scenario, startingAnswersOf(scenario), ['ch-children-dangerous-journey', 'uc-may-instigate-offences']);
    const { text } = read(input);
    expect(input.debrief.findings.extra.map((entry) => entry.supported)).toEqual([true, false]);
    const [fair, alarm] = input.debrief.findings.extra;
    expect(text).toMatch(new RegExp(`${escape(fair!.title)} .*?Fair point`));
    expect(text).toMatch(new RegExp(`${escape(alarm!.title)} .*?False alarm`));
  });
});

describe('the same input gives the same debrief PDF', () => {
  const { untouched } = debriefsOf('refrigerated-lorry-children');

  it('byte for byte, with a fixed date', () => {
    const first = renderDebriefPdfBytes(untouched);
    const second = renderDebriefPdfBytes(debriefsOf('refrigerated-lorry-children').untouched);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('only the date line changes when the date does', () => {
    const later = renderDebriefPdfBytes({ ...untouched, options: { generatedAt: new Date(FIXED_DATE.getTime() + 86_400_000) } });
    const [firstCover, ...firstRest] = pageTexts(renderDebriefPdfBytes(untouched));
    const [laterCover, ...laterRest] = pageTexts(later);
    expect(laterRest).toEqual(firstRest);
    expect(firstCover).toContain('5 March 2026, 14:05 UTC');
    expect(laterCover).toContain('6 March 2026, 14:05 UTC');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
