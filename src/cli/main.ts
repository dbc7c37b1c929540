import { z } from 'zod';
import { CaseFile } from '../domain/case.schema.ts';
import { evaluate } from '../domain/evaluate.ts';
import { citationCoverage } from '../domain/coverage.ts';
import { loadRuleSetFromDisk, readSeedLibrary } from './disk.ts';
import { formatCoverage } from './format-coverage.ts';
import { formatAssessment } from './format-assessment.ts';
import { formatRules } from './format-rules.ts';
import { takePdfOptions, writePdfFor } from './pdf-command.ts';
import { readCaseFile } from './read-case.ts';

const USAGE = `SIT Risk Wizard command line

  npm run cli -- rules [--json]            list rule modules and rules
  npm run cli -- coverage                  which paragraphs of the papers the rules cite
  npm run cli -- schema                    print the case file JSON Schema
  npm run cli -- validate <case.json>      check a case file (exit 1 if invalid)
  npm run cli -- assess <case.json> [--json]
                                           assess a case: verdict, findings, risks,
                                           checklist, intervention plan, open questions
  npm run cli -- assess <case.json> --pdf <out.pdf> [--marking TEXT]
                                           write the operational checklist as a PDF
                                           (marking defaults to OFFICIAL-SENSITIVE)`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs one command and returns the exit code; all output goes through `io`. */
export function runCli(args: string[], io: Io): number {
  const [command, ...allArgs] = args;
  const { rest, pdf, errors: pdfErrors } = takePdfOptions(command, allArgs);
  if (pdfErrors.length > 0) return fail(io, pdfErrors, 2);
  const json = rest.includes('--json');
  const files = rest.filter((arg) => !arg.startsWith('--'));
  switch (command) {
    case 'schema':
      io.out(JSON.stringify(z.toJSONSchema(CaseFile, { io: 'input' }), null, 2));
      return 0;
    case 'rules': {
      const loaded = loadRuleSetFromDisk();
      if (!loaded.ok) return fail(io, ['The rule files have problems:', ...loaded.errors]);
      io.out(json ? JSON.stringify(loaded.ruleSet.modules, null, 2) : formatRules(loaded.ruleSet));
      return 0;
    }
    case 'coverage': {
      const loaded = loadRuleSetFromDisk();
      if (!loaded.ok) return fail(io, ['The rule files have problems:', ...loaded.errors]);
      io.out(formatCoverage(citationCoverage(loaded.ruleSet, readSeedLibrary())));
      return 0;
    }
    case 'validate':
    case 'assess': {
      if (files.length !== 1) return fail(io, [`${command} needs exactly one case file`, '', USAGE], 2);
      const read = readCaseFile(files[0] as string);
      if (!read.ok) return fail(io, read.errors);
      if (command === 'validate') {
        io.out(`${files[0]}: valid case file (operation ${read.caseFile.operation.codename})`);
        return 0;
      }
      const loaded = loadRuleSetFromDisk();
      if (!loaded.ok) return fail(io, ['The rule files have problems:', ...loaded.errors]);
      if (pdf) {
        const written = writePdfFor(read.caseFile, loaded.ruleSet, pdf.outPath, pdf);
        if (!written.ok) return fail(io, written.errors);
        io.out(`${written.outPath}: PDF written (${written.verdict}, ${Math.round(written.bytes / 1024)} kB)`);
        return 0;
      }
      const assessment = evaluate(read.caseFile, loaded.ruleSet);
      io.out(json ? JSON.stringify(assessment, null, 2) : formatAssessment(assessment));
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
      io.out(USAGE);
      return 0;
    default:
      return fail(io, [`Unknown command "${command}"`, '', USAGE], 2);
  }
}

function fail(io: Io, lines: string[], code = 1): number {
  io.err(lines.join('\n'));
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = runCli(process.argv.slice(2), {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
    });
  } catch (error) {
    process.stderr.write(`Unexpected problem: ${(error as Error).message}\n`);
    process.exitCode = 3;
  }
}
