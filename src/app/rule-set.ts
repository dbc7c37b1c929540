import papers from '../../seeds/index.json';
import { loadRuleSet, type LoadResult, type RuleFile } from '../domain/load-rules.ts';
import { PaperIndex, type SeedLibrary } from '../domain/seed.schema.ts';

/** The rule modules and source papers, bundled with the app so it works offline. */
const ruleModules = import.meta.glob('../../rules/*.rules.json', { eager: true, import: 'default' });

/** Paper titles only: the citations carry their excerpts, checked against the papers by `npm test`. */
export const library: SeedLibrary = { papers: PaperIndex.parse(papers), paragraphs: {} };

const files: RuleFile[] = Object.entries(ruleModules).map(([path, content]) => ({
  name: path.replace('../../', ''),
  content,
}));

export const loadedRules: LoadResult = loadRuleSet(files, library, { checkExcerpts: false });
