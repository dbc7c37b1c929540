import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCaseFile } from '../../src/cli/read-case.ts';
import { readSeedLibrary, REPO_ROOT } from '../../src/cli/disk.ts';
import type { CaseFile } from '../../src/domain/case.schema.ts';
import { debrief } from '../../src/domain/debrief.ts';
import { evaluate } from '../../src/domain/evaluate.ts';
import { loadScenario } from '../../src/domain/load-scenario.ts';
import type { Scenario } from '../../src/domain/scenario.schema.ts';
import { loadFontsFromDisk } from '../../src/pdf/fonts-node.ts';
import type { ChecklistPdfInput, DebriefPdfInput, HandoutPdfInput } from '../../src/pdf/pdf-input.ts';
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

/** A shipped scenario from public/scenarios, read with loadScenario against the real rules; throws if it does not load. */
export function shippedScenario(id: string): Scenario {
  const name = `public/scenarios/${id}.scenario.json`;
  const result = loadScenario(readFileSync(join(REPO_ROOT, name), 'utf8'), name, realRules());
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

/** Everything renderHandoutPdf needs, with the real fonts and a fixed date. */
export function handoutInputFor(scenario: Scenario, marking?: string): HandoutPdfInput {
  return { scenario, options: { generatedAt: FIXED_DATE, marking }, font: loadFontsFromDisk() };
}

/** The debrief of the given answers and flags against the real rules, ready for renderDebriefPdf. */
export function debriefInputFor(scenario: Scenario, answers: unknown, flagged: readonly string[], traineeName?: string): DebriefPdfInput {
  return {
    debrief: debrief(scenario, answers, flagged, realRules()),
    scenario,
    traineeName,
    options: { generatedAt: FIXED_DATE },
    font: loadFontsFromDisk(),
  };
}
