import { z } from 'zod';

/** The source papers: seeds/index.json (metadata) and seeds/paragraphs.json (doc → para → text). */
export const Paper = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string(),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  symbol: z.string().nullable(),
  date: z.string(),
});
export type Paper = z.infer<typeof Paper>;

export const PaperIndex = z.array(Paper).min(1);
export const ParagraphIndex = z.record(z.string(), z.record(z.string().regex(/^\d+$/), z.string()));
export type ParagraphIndex = z.infer<typeof ParagraphIndex>;

export interface SeedLibrary {
  papers: Paper[];
  paragraphs: ParagraphIndex;
}

/** How a citation is shown everywhere: "SIT background paper (2013), para. 19". */
export function citationLabel(papers: readonly Paper[], doc: string, para: number): string {
  const paper = papers.find((candidate) => candidate.id === doc);
  return `${paper?.shortTitle ?? doc}, para. ${para}`;
}
