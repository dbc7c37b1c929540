import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { normaliseWhitespace, parseParagraphs } from './paragraphs.ts';
import { buildParagraphIndex, serialiseParagraphIndex } from '../cli/build-seed-index.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

interface SeedDoc {
  id: string;
  file: string;
}
const docs = JSON.parse(readFileSync(`${SEEDS}/index.json`, 'utf8')) as SeedDoc[];
const parsed: Record<string, Record<string, string>> = Object.fromEntries(
  docs.map((d) => [d.id, parseParagraphs(readFileSync(`${SEEDS}/${d.file}`, 'utf8'))]),
);
const para = (doc: string, n: number): string => {
  const text = parsed[doc]?.[String(n)];
  if (text === undefined) throw new Error(`${doc} para ${n} missing`);
  return text;
};

describe('normaliseWhitespace', () => {
  it('collapses spaces, newlines, tabs and non-breaking spaces, and trims', () => {
    expect(normaliseWhitespace('  a\u00a0 b\n\tc\u202f\u200bd  ')).toBe('a b c d');
  });
});

describe('parseParagraphs on synthetic input', () => {
  it('only opens the expected next number, so numbered sub-headings do not break numbering', () => {
    const text = [
      '1. First para',
      ' A. Undercover operations',
      ' 1. Informants',
      '2. Second para',
      'continues here.',
      '__________________',
      ' 3  A/HRC/17/33.',
      'footnote continuation',
      ' resumed body.',
      'V.12-51919 3',
      ' CTOC/COP/WG.7/2012/2',
      '3.',
      'Number on its own line.',
      'Annex',
      '4. Not a paragraph',
    ].join('\n');
    expect(parseParagraphs(text)).toEqual({
      '1': 'First para',
      '2': 'Second para continues here. resumed body.',
      '3': 'Number on its own line.',
    });
  });
});

describe('seed paragraph index', () => {
  it.each([
    ['sit-2013', 30],
    ['challenges-2012', 23],
    ['unodc-activities-2010', 35],
    ['recommendations-2015', 92],
    ['multi-agency-2013', 26],
  ])('%s is numbered contiguously from 1 to %i with no empty paragraph', (doc, last) => {
    const paras = parsed[doc] ?? {};
    expect(Object.keys(paras)).toEqual(Array.from({ length: last }, (_, i) => String(i + 1)));
    for (const text of Object.values(paras)) expect(text.length).toBeGreaterThan(40);
  });

  it('SIT background paper: safe-house, informant and controlled-delivery paragraphs are intact', () => {
    expect(para('sit-2013', 19)).toContain('safe house');
    expect(para('sit-2013', 19)).toContain('exit strategy and rescue team');
    expect(para('sit-2013', 16)).toContain('advice from a senior officer, prosecutor or the judiciary');
    expect(para('sit-2013', 16)).not.toContain('A/HRC/17/33');
    expect(para('sit-2013', 13)).not.toContain('A/HRC/15/29');
    expect(para('sit-2013', 13)).toContain('drew particular attention to the plight of migrant children');
    expect(para('sit-2013', 26)).toContain('when or whether to use this technique');
    expect(para('sit-2013', 30)).toMatch(/financial aspects into consideration\.$/);
    expect(para('sit-2013', 30)).not.toMatch(/Annex|Toolkit|Key tools/);
    expect(para('sit-2013', 13)).not.toContain('Informants'); // sub-heading " 1. Informants"
  });

  it('CTOC/COP/WG.7/2012/2: footnote in para 15 is dropped and the sentence resumes', () => {
    expect(para('challenges-2012', 15)).not.toMatch(/travaux|A\/55\/383|Ad Hoc Committee/);
    expect(para('challenges-2012', 15)).toContain(
      'legislation to allow for the confiscation of assets or other proceeds obtained through the commission of crime',
    );
    expect(para('challenges-2012', 6)).toContain('two different Protocols, supplementing');
    expect(para('challenges-2012', 4)).not.toContain('Issues for discussion');
    expect(para('challenges-2012', 19)).toContain('the interviewee being uncooperative');
    expect(para('challenges-2012', 23)).not.toMatch(/Annex|Ibid/);
  });

  it('CTOC/COP/WG.7/2013/3: body resumes after an empty footnote block; annex excluded', () => {
    expect(para('multi-agency-2013', 21)).toContain('Port Intelligence Units in South-East Asia (PIU)');
    expect(para('multi-agency-2013', 14)).not.toContain('Examples of good practices');
    expect(para('multi-agency-2013', 21)).not.toContain('Strategic approaches');
    expect(para('multi-agency-2013', 26)).toContain('(d) Target group');
    expect(para('multi-agency-2013', 26)).toMatch(/non-governmental organizations\.$/);
    expect(para('multi-agency-2013', 26)).not.toMatch(/V\.13-86198|Annex|CTOC/);
  });

  it('markdown documents: headings, emphasis and footnotes are stripped', () => {
    expect(para('recommendations-2015', 19)).toContain('life and safety of migrants smuggled by sea');
    expect(para('recommendations-2015', 20)).toContain('pregnant women, women with children and unaccompanied minors');
    expect(para('recommendations-2015', 13)).toContain('do not comply with their obligation');
    expect(para('unodc-activities-2010', 2)).toContain('submission to the Working Group at its next meeting');
    expect(para('unodc-activities-2010', 6)).toContain('Smuggling of Migrants, which contains');
    expect(para('unodc-activities-2010', 10)).toContain('(a) Be highly specific;');
    expect(para('unodc-activities-2010', 35)).toContain('with a view to meeting the special needs');
  });

  it('bare-digit footnote references are removed, real numbers kept', () => {
    expect(para('sit-2013', 3)).toContain('1 June 2012, which');
    expect(para('sit-2013', 22)).toContain('CO2 detectors');
    expect(para('multi-agency-2013', 23)).toContain('JIT Funding Project. This');
    expect(para('challenges-2012', 11)).toContain('not criminalized. Secondly');
  });

  it('no paragraph contains page headers, footnote rules, markdown markers or headings', () => {
    for (const [doc, paras] of Object.entries(parsed)) {
      for (const [n, text] of Object.entries(paras)) {
        const where = `${doc} para ${n}`;
        expect(text, where).not.toMatch(/_{5,}|V\.1\d-|\*\d{7}\*|CTOC\/COP\/WG\.7\/2012\/2|##|\*\*|\\\*|---/);
        expect(text, where).not.toMatch(/[*#¹²³⁴⁵⁶⁷⁸⁹⁰]/);
        expect(text, where).not.toMatch(/\b(?:I|II|III|IV|V|VI|VII)\. (?:Introduction|Issues for discussion|Overview|Recommendations)/);
        expect(text, where).toBe(normaliseWhitespace(text));
      }
    }
  });

  it('seeds/paragraphs.json is up to date (run `npm run seeds:index`)', () => {
    const onDisk = readFileSync(`${SEEDS}/paragraphs.json`, 'utf8');
    expect(onDisk).toBe(serialiseParagraphIndex(buildParagraphIndex(SEEDS)));
    expect(JSON.parse(onDisk)).toEqual(parsed);
  });
});
