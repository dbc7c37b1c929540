import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { z } from 'zod';
import { realRules } from '../support/assess.ts';
import { readSeedLibrary, REPO_ROOT } from '../../src/cli/disk.ts';
import { citationCoverage } from '../../src/domain/coverage.ts';

/**
 * Every paragraph of the five source papers is accounted for: either some rule cites it, or
 * rules/coverage/not-cited.json says, in plain words, why it is deliberately not turned into a
 * rule. See rules/coverage/README.md.
 */
const NotCited = z.record(z.string(), z.record(z.string().regex(/^\d+$/), z.string()));

const library = readSeedLibrary();
const ruleSet = realRules();
const coverage = citationCoverage(ruleSet, library);
const notCited = NotCited.parse(
  JSON.parse(readFileSync(join(REPO_ROOT, 'rules', 'coverage', 'not-cited.json'), 'utf8')),
);
const ruleIds = new Set(ruleSet.modules.flatMap((ruleModule) => ruleModule.rules.map((rule) => rule.id)));

function paragraphNumbers(doc: string): number[] {
  return Object.keys(library.paragraphs[doc] ?? {})
    .map(Number)
    .sort((a, b) => a - b);
}

describe('citation coverage of the source papers', () => {
  it('not-cited.json names only papers that exist', () => {
    const papers = library.papers.map((paper) => paper.id);
    expect(Object.keys(notCited).filter((doc) => !papers.includes(doc))).toEqual([]);
  });

  describe.each(coverage.map((paper) => [paper.doc, paper] as const))('%s', (doc, paper) => {
    const listed = notCited[doc] ?? {};

    it('has paragraphs', () => {
      expect(paper.paragraphs).toBeGreaterThan(0);
      expect(paragraphNumbers(doc)).toHaveLength(paper.paragraphs);
    });

    it('every paragraph is cited by a rule or listed in not-cited.json', () => {
      const unaccounted = paragraphNumbers(doc).filter((para) => !paper.cited.has(para) && !(String(para) in listed));
      expect(unaccounted, `paragraphs of ${doc} neither cited nor in not-cited.json`).toEqual([]);
    });

    it('no paragraph is both cited and listed in not-cited.json', () => {
      const both = paragraphNumbers(doc)
        .filter((para) => paper.cited.has(para) && String(para) in listed)
        .map((para) => `${para} (cited by ${paper.cited.get(para)?.join(', ')})`);
      expect(both, `paragraphs of ${doc} cited and also in not-cited.json`).toEqual([]);
    });

    it('every listed paragraph exists and has a reason', () => {
      const existing = new Set(paragraphNumbers(doc).map(String));
      expect(Object.keys(listed).filter((para) => !existing.has(para))).toEqual([]);
      const empty = Object.entries(listed)
        .filter(([, reason]) => reason.trim().length === 0)
        .map(([para]) => para);
      expect(empty).toEqual([]);
    });

    it('reasons name only rules that exist', () => {
      const unknown = Object.entries(listed).flatMap(([para, reason]) =>
        (reason.match(/\b(?:ad|cd|ch|es|ic|inf|lg|ms|pp|sb|uc|vw)-[a-z]+(?:-[a-z]+)+\b/g) ?? [])
          .filter((id) => !ruleIds.has(id))
          .map((id) => `${doc} para ${para}: ${id}`),
      );
      expect(unknown).toEqual([]);
    });
  });

  it('cites every operative paragraph (7-30) of the SIT background paper', () => {
    const sit = coverage.find((paper) => paper.doc === 'sit-2013');
    expect(sit).toBeDefined();
    const operative = Array.from({ length: 24 }, (_, index) => index + 7);
    expect(operative.filter((para) => !sit?.cited.has(para))).toEqual([]);
  });
});
