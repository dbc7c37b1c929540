import type { CaseFile } from '../domain/case.schema.ts';
import { evaluate } from '../domain/evaluate.ts';
import type { RuleSet } from '../domain/load-rules.ts';
import type { SeedLibrary } from '../domain/seed.schema.ts';
import { loadFontsFromDisk } from './fonts-node.ts';
import { renderChecklistPdfBytes } from './render-checklist.ts';

/**
 * For `npm run bench` (pdfBuildMs): a task that renders the whole PDF of one case,
 * fonts included, as the CLI does. The assessment is made once, outside the timing.
 */
export function pdfBuildTask(caseFile: CaseFile, ruleSet: RuleSet, library: SeedLibrary): () => Uint8Array {
  const input = {
    caseFile,
    assessment: evaluate(caseFile, ruleSet),
    ruleSet,
    library,
    options: { marking: 'OFFICIAL-SENSITIVE', generatedAt: new Date('2026-01-01T00:00:00Z') },
    font: loadFontsFromDisk(),
  };
  return () => renderChecklistPdfBytes(input);
}
