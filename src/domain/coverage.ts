import type { RuleSet } from './load-rules.ts';
import type { SeedLibrary } from './seed.schema.ts';

export interface PaperCoverage {
  doc: string;
  shortTitle: string;
  paragraphs: number;
  /** Paragraph number → ids of the rules that cite it. */
  cited: Map<number, string[]>;
}

/** Which paragraphs of each source paper the rule set cites, and by which rules. */
export function citationCoverage(ruleSet: RuleSet, library: SeedLibrary): PaperCoverage[] {
  return library.papers.map((paper) => {
    const cited = new Map<number, string[]>();
    for (const rule of ruleSet.modules.flatMap((ruleModule) => ruleModule.rules)) {
      for (const citation of rule.citations.filter((c) => c.doc === paper.id)) {
        const rules = cited.get(citation.para) ?? [];
        if (!rules.includes(rule.id)) rules.push(rule.id);
        cited.set(citation.para, rules);
      }
    }
    return {
      doc: paper.id,
      shortTitle: paper.shortTitle,
      paragraphs: Object.keys(library.paragraphs[paper.id] ?? {}).length,
      cited: new Map([...cited].sort(([a], [b]) => a - b)),
    };
  });
}
