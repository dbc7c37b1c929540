/**
 * Builds seeds/paragraphs.json ({ docId: { para: text } }) from seeds/index.json and the seed texts.
 * Run: npm run seeds:index  (npx tsx src/cli/build-seed-index.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseParagraphs } from '../domain/paragraphs.ts';
import { PaperIndex } from '../domain/seed.schema.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

export function buildParagraphIndex(seedsDir: string = SEEDS_DIR): Record<string, Record<string, string>> {
  const docs = PaperIndex.parse(JSON.parse(readFileSync(`${seedsDir}/index.json`, 'utf8')));
  const out: Record<string, Record<string, string>> = {};
  for (const doc of docs) {
    out[doc.id] = parseParagraphs(readFileSync(`${seedsDir}/${doc.file}`, 'utf8'));
  }
  return out;
}

/** Stable serialisation: documents in index.json order, paragraphs in numeric order, 2-space indent. */
export function serialiseParagraphIndex(index: Record<string, Record<string, string>>): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

// Only write when run as a script, not when imported (the test imports the builder).
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const index = buildParagraphIndex();
  writeFileSync(`${SEEDS_DIR}/paragraphs.json`, serialiseParagraphIndex(index));
  for (const [id, paras] of Object.entries(index)) {
    console.log(`${id}: ${Object.keys(paras).length} paragraphs`);
  }
}
