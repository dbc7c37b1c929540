import { writeFileSync } from 'node:fs';
import type { CaseFile } from '../domain/case.schema.ts';
import { evaluate } from '../domain/evaluate.ts';
import type { RuleSet } from '../domain/load-rules.ts';
import { loadFontsFromDisk } from '../pdf/fonts-node.ts';
import { renderChecklistPdfBytes } from '../pdf/render-checklist.ts';
import { loadRuleSetFromDisk, readSeedLibrary } from './disk.ts';
import { readCaseFile } from './read-case.ts';

export const DEFAULT_MARKING = 'OFFICIAL-SENSITIVE';

export interface PdfCommandOptions {
  marking?: string;
  /** Defaults to now; pass a fixed date for reproducible files. */
  generatedAt?: Date;
  documentId?: string;
}

export type PdfWriteResult = { ok: true; outPath: string; bytes: number; verdict: string } | { ok: false; errors: string[] };

/** `assess <case.json> --pdf out.pdf`: reads the case, assesses it with the rules on disk and writes the PDF. */
export function writeAssessmentPdf(casePath: string, outPath: string, options: PdfCommandOptions = {}): PdfWriteResult {
  const read = readCaseFile(casePath);
  if (!read.ok) return read;
  const loaded = loadRuleSetFromDisk();
  if (!loaded.ok) return { ok: false, errors: ['The rule files have problems:', ...loaded.errors] };
  return writePdfFor(read.caseFile, loaded.ruleSet, outPath, options);
}

/** The same, for a case already read and rules already loaded. */
export function writePdfFor(caseFile: CaseFile, ruleSet: RuleSet, outPath: string, options: PdfCommandOptions = {}): PdfWriteResult {
  const assessment = evaluate(caseFile, ruleSet);
  const bytes = renderChecklistPdfBytes({
    caseFile,
    assessment,
    ruleSet,
    library: readSeedLibrary(),
    options: {
      marking: options.marking?.trim() || DEFAULT_MARKING,
      generatedAt: options.generatedAt ?? dateFromEnvironment() ?? new Date(),
      ...(options.documentId ? { documentId: options.documentId } : {}),
    },
    font: loadFontsFromDisk(),
  });
  try {
    writeFileSync(outPath, bytes);
  } catch (error) {
    return { ok: false, errors: [`${outPath}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  return { ok: true, outPath, bytes: bytes.length, verdict: assessment.verdict.words };
}

/** SOURCE_DATE_EPOCH (seconds), the usual way to ask tools for reproducible output. */
function dateFromEnvironment(): Date | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}

/**
 * Takes `--pdf <file>` and `--marking <text>` out of the arguments, so the
 * rest can be read as before. `pdf` is undefined when no PDF was asked for.
 */
export function takePdfOptions(
  command: string | undefined,
  args: readonly string[],
): { rest: string[]; pdf?: { outPath: string; marking?: string }; errors: string[] } {
  const rest: string[] = [];
  const errors: string[] = [];
  let outPath: string | undefined;
  let marking: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg !== '--pdf' && arg !== '--marking') {
      rest.push(arg);
      continue;
    }
    const value = args[index + 1];
    if (value === undefined || value.startsWith('--')) errors.push(`${arg} needs a value`);
    else if (arg === '--pdf') outPath = value;
    else marking = value;
    index++;
  }
  if (marking !== undefined && outPath === undefined) errors.push('--marking only makes sense with --pdf <file>');
  if (outPath !== undefined && command !== 'assess') errors.push('--pdf only works with assess');
  return { rest, errors, ...(outPath ? { pdf: { outPath, ...(marking ? { marking } : {}) } } : {}) };
}
