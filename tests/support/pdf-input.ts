import { join } from 'node:path';
import { readCaseFile } from '../../src/cli/read-case.ts';
import { readSeedLibrary, REPO_ROOT } from '../../src/cli/disk.ts';
import type { CaseFile } from '../../src/domain/case.schema.ts';
import { evaluate } from '../../src/domain/evaluate.ts';
import { loadFontsFromDisk } from '../../src/pdf/fonts-node.ts';
import type { ChecklistPdfInput } from '../../src/pdf/pdf-input.ts';
import { realRules } from './assess.ts';

export const FIXED_DATE = new Date('2026-03-05T14:05:00Z');

export function fixtureCase(name: string): CaseFile {
  const read = readCaseFile(join(REPO_ROOT, 'tests', 'fixtures', `${name}.case.json`));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.caseFile;
}

/** Everything renderChecklistPdf needs for a case, with the real rules, papers and fonts and a fixed date. */
export function pdfInputFor(caseFile: CaseFile, marking = 'OFFICIAL-SENSITIVE'): ChecklistPdfInput {
  const ruleSet = realRules();
  return {
    caseFile,
    assessment: evaluate(caseFile, ruleSet),
    ruleSet,
    library: readSeedLibrary(),
    options: { marking, generatedAt: FIXED_DATE },
    font: loadFontsFromDisk(),
  };
}
