import { describe, expect, it } from 'vitest';
import { TECHNIQUE_NAMES } from '../domain/case.schema.ts';
import { indexRules } from '../domain/rule-index.ts';
import type { Scenario } from '../domain/scenario.schema.ts';
import { paragraphsOf } from './blocks.ts';
import { renderHandoutPdfBytes } from './render-handout.ts';
import { FIXED_DATE, handoutInputFor, shippedScenario } from '../../tests/support/pdf-input.ts';
import { realRules } from '../../tests/support/assess.ts';
import { overlappingWords, wordsOutsideMargins } from '../../tests/support/layout.ts';
import { bodyText, missingFrom, pageTexts, pdfWords, qpdfCheck, run, squash, withPdfFile } from '../../tests/support/poppler.ts';
import { readScenarioFiles } from '../../tests/support/scenarios.ts';

const SCENARIO_IDS = readScenarioFiles().map((file) => /([^/]+)\.scenario\.json$/.exec(file.name)![1]!);

/** Everything the trainer keeps back from the classroom: the model answer, the injects and the notes. */
function keptBack(scenario: Scenario): string[] {
  const rules = indexRules(realRules());
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 30);
  return [
    ...scenario.modelAnswer.findings.map((ruleId) => rules.get(ruleId)?.rule.title ?? ruleId),
    ...scenario.modelAnswer.measures.map((measure) => measure.label),
    ...scenario.injects.flatMap((inject) => [inject.title, ...sentences(inject.text)]),
    ...sentences(scenario.modelAnswer.notes),
  ];
}

describe('every shipped scenario has a handout', () => {
  it('there are at least 8 scenarios to print', () => {
    expect(SCENARIO_IDS.length).toBeGreaterThanOrEqual(8);
  });

  it.each(SCENARIO_IDS)('%s: with its briefing and objectives, and nothing of the model answer, the injects or the notes', (id) => {
    const scenario = shippedScenario(id);
    const bytes = renderHandoutPdfBytes(handoutInputFor(scenario));
    const text = bodyText(pageTexts(bytes));
    expect(missingFrom(text, [scenario.title, ...scenario.learningObjectives, ...paragraphsOf(scenario.briefing)])).toEqual([]);
    expect(keptBack(scenario).filter((secret) => text.includes(squash(secret)))).toEqual([]);
    expect(qpdfCheck(bytes).status).toBe(0);
  });
});

describe('the handout of refrigerated-lorry-children, read back with pdftotext', () => {
  const scenario = shippedScenario('refrigerated-lorry-children');
  const bytes = renderHandoutPdfBytes(handoutInputFor(scenario));
  const pages = pageTexts(bytes);
  const text = bodyText(pages);

  it('has injects, measures and notes that the handout must keep back (so the checks below mean something)', () => {
    expect(scenario.injects.length).toBeGreaterThan(0);
    expect(scenario.modelAnswer.measures.length).toBeGreaterThan(0);
    expect(keptBack(scenario).length).toBeGreaterThan(10);
  });

  it('passes qpdf --check and embeds every font it uses', () => {
    const check = qpdfCheck(bytes);
    expect(check.status, check.output).toBe(0);
    const fonts = withPdfFile(bytes, (path) => run('pdffonts', [path]).stdout).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.split(/\s+/).slice(-5, -4)[0], font).toBe('yes');
  });

  it('opens with the title, that the exercise is fictional, the techniques and lines for the name and group', () => {
    const cover = squash(pages[0] ?? '');
    expect(missingFrom(cover, ['SIT Risk Wizard', 'Scenario handout', 'Training exercise — fictional', scenario.title, '5 March 2026, 14:05 UTC'])).toEqual([]);
    expect(missingFrom(cover, scenario.techniques.map((technique) => TECHNIQUE_NAMES[technique]))).toEqual([]);
    expect(cover).toContain('Trainee Name Group Date');
  });

  it('gives the objectives, then the briefing paragraph by paragraph, then the task', () => {
    const objectives = text.indexOf('What you should learn');
    const briefing = text.indexOf('Briefing');
    const task = text.indexOf('Your task');
    expect(objectives).toBeGreaterThan(0);
    expect(briefing).toBeGreaterThan(objectives);
    expect(task).toBeGreaterThan(briefing);
    scenario.learningObjectives.forEach((objective, index) => expect(text).toContain(`${index + 1}. ${squash(objective)}`));
    expect(missingFrom(text.slice(briefing, task), paragraphsOf(scenario.briefing))).toEqual([]);
  });

  it('numbers every page "Page x of N" and prints the marking at the top and bottom of each', () => {
    pages.forEach((page, index) => {
      const flat = squash(page);
      expect(flat).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(flat.split('TRAINING — FICTIONAL SCENARIO').length - 1).toBeGreaterThanOrEqual(2);
    });
  });

  it('prints a marking the trainer sets instead of the default', () => {
    const marked = pageTexts(renderHandoutPdfBytes(handoutInputFor(scenario, 'OFFICIAL – POLICE ACADEMY ŁÓDŹ')));
    for (const page of marked) expect(squash(page).split('OFFICIAL – POLICE ACADEMY ŁÓDŹ').length - 1).toBeGreaterThanOrEqual(2);
    expect(marked.join(' ')).not.toContain('TRAINING — FICTIONAL SCENARIO');
  });

  it('keeps every word inside the margins, none on top of another', () => {
    const words = pdfWords(bytes);
    expect(wordsOutsideMargins(words).slice(0, 10)).toEqual([]);
    expect(overlappingWords(words).slice(0, 10)).toEqual([]);
  });

  it('is the same byte for byte for the same input, and only the date changes with the date', () => {
    expect(Buffer.from(renderHandoutPdfBytes(handoutInputFor(scenario))).equals(Buffer.from(bytes))).toBe(true);
    const later = renderHandoutPdfBytes({ ...handoutInputFor(scenario), options: { generatedAt: new Date(FIXED_DATE.getTime() + 86_400_000) } });
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
    expect(pageTexts(later).join('\f').replace('6 March 2026', '5 March 2026')).toBe(pages.join('\f'));
  });
});
