import type { PaperCoverage } from '../domain/coverage.ts';

export function formatCoverage(papers: PaperCoverage[]): string {
  return papers
    .map((paper) => {
      const uncited = Array.from({ length: paper.paragraphs }, (_, index) => index + 1).filter(
        (para) => !paper.cited.has(para),
      );
      return [
        `${paper.shortTitle} (${paper.doc}): ${paper.cited.size} of ${paper.paragraphs} paragraphs cited`,
        ...[...paper.cited].map(([para, rules]) => `  ¶${para}: ${rules.join(', ')}`),
        `  not cited: ${uncited.length > 0 ? uncited.map((para) => `¶${para}`).join(' ') : 'none'}`,
      ].join('\n');
    })
    .join('\n\n');
}
