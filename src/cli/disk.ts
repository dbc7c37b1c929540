import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuleSet, type LoadResult, type RuleFile } from '../domain/load-rules.ts';
import { PaperIndex, ParagraphIndex, type SeedLibrary } from '../domain/seed.schema.ts';

/** The repository root, found from this file so commands work from any directory. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');

export function readSeedLibrary(root = REPO_ROOT): SeedLibrary {
  const read = (file: string) => JSON.parse(readFileSync(join(root, 'seeds', file), 'utf8')) as unknown;
  return {
    papers: PaperIndex.parse(read('index.json')),
    paragraphs: ParagraphIndex.parse(read('paragraphs.json')),
  };
}

export function readRuleFiles(directory = join(REPO_ROOT, 'rules')): RuleFile[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.rules.json'))
    .sort()
    .map((name) => ({ name: `rules/${name}`, content: readFileSync(join(directory, name), 'utf8') }));
}

export function loadRuleSetFromDisk(root = REPO_ROOT): LoadResult {
  return loadRuleSet(readRuleFiles(join(root, 'rules')), readSeedLibrary(root));
}
