import type { Assessment, SourceRef } from '../domain/assessment.schema.ts';
import type { SeedLibrary } from '../domain/seed.schema.ts';
import type { Flow } from './flow.ts';
import type { PdfContext } from './pdf-input.ts';
import { GROUP_FILL } from './theme.ts';

export const SOURCES_TITLE = '8. Annex: sources';

export interface CitedParagraph {
  doc: string;
  para: number;
  label: string;
  excerpts: string[];
}

/** Every paragraph cited anywhere in the assessment, once, in paper then paragraph order. */
export function citedParagraphs(assessment: Assessment, library: SeedLibrary): CitedParagraph[] {
  const all: SourceRef[] = [
    ...assessment.findings.flatMap((finding) => finding.sources),
    ...assessment.checklist.flatMap((entry) => entry.sources),
    ...assessment.interventionPlan.entries.flatMap((entry) => entry.sources),
  ];
  const byKey = new Map<string, CitedParagraph>();
  for (const source of all) {
    const key = `${source.doc}#${source.para}`;
    const cited = byKey.get(key) ?? { doc: source.doc, para: source.para, label: source.label, excerpts: [] };
    if (!cited.excerpts.includes(source.excerpt)) cited.excerpts.push(source.excerpt);
    byKey.set(key, cited);
  }
  const paperOrder = (doc: string) => {
    const index = library.papers.findIndex((paper) => paper.id === doc);
    return index === -1 ? library.papers.length : index;
  };
  for (const cited of byKey.values()) {
    cited.excerpts = cited.excerpts.filter((excerpt) => !cited.excerpts.some((other) => other !== excerpt && other.includes(excerpt)));
  }
  return [...byKey.values()].sort((a, b) => paperOrder(a.doc) - paperOrder(b.doc) || a.doc.localeCompare(b.doc) || a.para - b.para);
}

/** The words each rule relies on, quoted from the papers, under the full title of each paper. */
export function drawSourcesAnnex(flow: Flow, { assessment, library }: PdfContext): void {
  flow.section(SOURCES_TITLE);
  const cited = citedParagraphs(assessment, library);
  if (cited.length === 0) {
    flow.text('No paragraph of the source papers is cited in this assessment.');
    return;
  }
  flow.note('The words the rules rely on, copied from the papers of the UN Working Group on the Smuggling of Migrants. Cite as short title and paragraph.');
  flow.space(2);
  const rows = cited.flatMap((paragraph, index) => {
    const paper = library.papers.find((candidate) => candidate.id === paragraph.doc);
    const first = index === 0 || cited[index - 1]?.doc !== paragraph.doc;
    const heading = paper ? `${paper.shortTitle}: ${paper.title}${paper.symbol ? ` (${paper.symbol})` : ''}, ${paper.date}` : paragraph.doc;
    return [
      ...(first ? [[{ content: heading, colSpan: 2, styles: { fontStyle: 'bold' as const, fillColor: GROUP_FILL } }]] : []),
      [paragraph.label, paragraph.excerpts.map((excerpt) => `“${excerpt}”`).join('\n\n')],
    ];
  });
  flow.table({
    head: [['Source', 'Cited words']],
    body: rows,
    columnStyles: { 0: { cellWidth: 42 } },
  });
}
