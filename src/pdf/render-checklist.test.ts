import { describe, expect, it } from 'vitest';
import { becauseLines } from './findings.ts';
import { renderChecklistPdfBytes } from './render-checklist.ts';
import { citedParagraphs } from './sources-annex.ts';
import { fixtureCase, pdfInputFor } from '../../tests/support/pdf-input.ts';
import { bodyText, missingFrom, pageTexts, qpdfCheck, run, squash, withPdfFile } from '../../tests/support/poppler.ts';

const FIXTURES = ['overland-lorry-network', 'sea-crossing-controlled-delivery', 'travel-agency-informant'];

const SECTION_HEADINGS = [
  '1. Summary',
  '2. Findings by subject',
  '3. Risk register',
  '4. Operational checklist',
  '5. Intervention plan',
  '6. Open questions',
  '7. Sign-off',
  '8. Annex: sources',
];

describe.each(FIXTURES)('the PDF of %s, read back with pdftotext', (name) => {
  const input = pdfInputFor(fixtureCase(name));
  const { assessment } = input;
  const bytes = renderChecklistPdfBytes(input);
  const pages = pageTexts(bytes);
  const text = bodyText(pages);

  it('passes qpdf --check and embeds every font it uses', () => {
    const check = qpdfCheck(bytes);
    expect(check.status, check.output).toBe(0);
    const fonts = withPdfFile(bytes, (path) => run('pdffonts', [path]).stdout).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.split(/\s+/).slice(-5, -4)[0], font).toBe('yes');
  });

  it('opens with the product, the codename, the marking, the verdict and who must sign', () => {
    const cover = squash(pages[0] ?? '');
    expect(missingFrom(cover, ['SIT Risk Wizard', assessment.codename, 'OFFICIAL-SENSITIVE', assessment.verdict.words, '5 March 2026, 14:05 UTC'])).toEqual([]);
    expect(cover).toMatch(/Authority required to sign: (Senior officer|Prosecutor|Judge)/);
    expect(missingFrom(cover, assessment.ruleSetVersion.split(' '))).toEqual([]);
  });

  it('has every section heading, in order', () => {
    const positions = SECTION_HEADINGS.map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('gives the reasons for the verdict and every finding with the answers that raised it and its sources', () => {
    expect(missingFrom(text, assessment.verdict.reasons)).toEqual([]);
    expect(missingFrom(text, assessment.verdict.authorityReasons)).toEqual([]);
    for (const finding of assessment.findings) {
      const parts = [finding.title, finding.explanation, finding.remedy, ...becauseLines(finding), ...finding.sources.map((source) => source.label)];
      expect(missingFrom(text, parts), finding.ruleId).toEqual([]);
    }
  });

  it('lists every checklist item', () => {
    expect(assessment.checklist.length).toBeGreaterThan(0);
    expect(missingFrom(text, assessment.checklist.map((entry) => entry.text))).toEqual([]);
  });

  it('lists every risk, every trigger and gap of the intervention plan, and every open question', () => {
    const { interventionPlan } = assessment;
    expect(missingFrom(text, assessment.riskRegister.map((risk) => risk.title))).toEqual([]);
    expect(missingFrom(text, interventionPlan.entries.flatMap((entry) => [entry.action, entry.who]))).toEqual([]);
    expect(missingFrom(text, [...interventionPlan.triggers, ...interventionPlan.gaps.map((gap) => `GAP: ${gap}`)])).toEqual([]);
    expect(missingFrom(text, assessment.openQuestions.map((question) => question.question))).toEqual([]);
  });

  it('quotes every cited paragraph with its excerpt in the annex', () => {
    const annex = text.slice(text.indexOf('8. Annex: sources'));
    const cited = citedParagraphs(assessment, input.library);
    expect(cited.length).toBeGreaterThan(0);
    expect(missingFrom(annex, cited.flatMap((paragraph) => [paragraph.label, ...paragraph.excerpts.map((excerpt) => `“${excerpt}”`)]))).toEqual([]);
  });

  it('numbers every page "Page x of N" and repeats the marking, codename and fingerprint on each', () => {
    const fingerprint = /Fingerprint \(SHA-256\): ([0-9a-f]{64})/.exec(pages[0] ?? '')?.[1];
    expect(fingerprint).toBeDefined();
    const wrong = pages.flatMap((page, index) => {
      const flat = squash(page);
      const problems = missingFrom(flat, [`Page ${index + 1} of ${pages.length}`, `Operation ${assessment.codename}`, `Fingerprint (SHA-256): ${fingerprint}`]);
      if (flat.split('OFFICIAL-SENSITIVE').length - 1 < 2) problems.push('marking at top and bottom');
      return problems.map((problem) => `page ${index + 1}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });
});

describe('place names with diacritics', () => {
  it('survive into the PDF text (embedded font with full Latin coverage)', () => {
    const text = bodyText(pageTexts(renderChecklistPdfBytes(pdfInputFor(fixtureCase('overland-lorry-network')))));
    expect(missingFrom(text, ['Łódź', 'Bălți', 'Österreich', 'Türkiye', 'Szent Márk', '35 °C'])).toEqual([]);
  });

  it('survive in a custom marking and codename', () => {
    const caseFile = fixtureCase('travel-agency-informant');
    caseFile.operation.codename = 'ŞAHİN ĞÜNEŞ ȚĂRM ÉCLAIR ÖZ ŁĄKA';
    const pages = pageTexts(renderChecklistPdfBytes(pdfInputFor(caseFile, 'RESTRICTED – ÉQUIPE ŞĞĂȚ')));
    expect(missingFrom(squash(pages.join(' ')), ['ŞAHİN ĞÜNEŞ ȚĂRM ÉCLAIR ÖZ ŁĄKA', 'RESTRICTED – ÉQUIPE ŞĞĂȚ'])).toEqual([]);
  });
});
