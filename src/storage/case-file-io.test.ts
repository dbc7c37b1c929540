import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsPDF } from 'jspdf';
import { describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../cli/disk.ts';
import { MAX_CASE_FILE_BYTES } from '../domain/parse-case.ts';
import { renderChecklistPdfBytes } from '../pdf/render-checklist.ts';
import { fixtureCase, pdfInputFor } from '../../tests/support/pdf-input.ts';
import { caseFileName, caseFileToJson, readImportedFile, type ImportedFile, type ImportResult } from './case-file-io.ts';

const FIXTURE = 'sea-crossing-controlled-delivery';
const fixtureText = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', `${FIXTURE}.case.json`), 'utf8');
const fixtureJson = JSON.parse(fixtureText) as Record<string, unknown>;

/** A real File, as the browser's file picker gives one. */
function fileOf(name: string, content: string | Uint8Array): ImportedFile {
  return new File([typeof content === 'string' ? content : new Uint8Array(content)], name);
}

function withField(path: string[], value: unknown): string {
  const copy = structuredClone(fixtureJson);
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path.at(-1) as string] = value;
  return JSON.stringify(copy);
}

function errorsOf(result: ImportResult): string[] {
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
}

describe('importing a case file (JSON)', () => {
  it('reads a valid case file: the raw answers and the parsed case', async () => {
    const result = await readImportedFile(fileOf('grey-gull.json', fixtureText));
    expect(result).toEqual({ ok: true, answers: fixtureJson, caseFile: fixtureCase(FIXTURE), source: 'json' });
  });

  it('accepts a byte-order mark, as some editors on Windows write one', async () => {
    const result = await readImportedFile(fileOf('bom.json', `\uFEFF${fixtureText}`));
    expect(result.ok).toBe(true);
  });

  it('names the file when it is not JSON', async () => {
    const [line, ...rest] = errorsOf(await readImportedFile(fileOf('notes.json', 'Operation GREY GULL: to do')));
    expect(line).toMatch(/^notes\.json: not valid JSON \(/);
    expect(rest).toEqual([]);
  });

  it('says a file from a newer version of the app needs an update', async () => {
    const errors = errorsOf(await readImportedFile(fileOf('case.json', withField(['schemaVersion'], 2))));
    expect(errors).toEqual([
      'case.json: schemaVersion: this file was made with a newer version of SIT Risk Wizard (case format 2); this version reads format 1. Update the app to open it.',
    ]);
  });

  it('names the file and the field that is wrong', async () => {
    const result = await readImportedFile(fileOf('case.json', withField(['people', 'riskToLife'], 'maybe')));
    expect(errorsOf(result)).toEqual(['case.json: people.riskToLife: Invalid option: expected one of "yes"|"no"|"unknown"']);
  });

  it('hands back the answers of an unfinished case file of this version, so the screen can offer to keep them', async () => {
    // What "Export the case file to keep your work" gives for a draft with no codename yet.
    const unfinished = { schemaVersion: 1, operation: { codename: '' }, people: { riskToLife: 'yes' } };
    const result = await readImportedFile(fileOf('sit-case-2026-11-24.json', caseFileToJson(unfinished)));
    expect(result).toEqual({
      ok: false,
      errors: ['sit-case-2026-11-24.json: operation.codename: Enter an operation codename'],
      answers: unfinished,
    });
  });

  it('gives no answers back for a file that is not a case file of this version', async () => {
    for (const text of ['[1, 2, 3]', '{"name": "sit-risk-wizard", "version": "0.1.0"}', withField(['schemaVersion'], 2)]) {
      const result = await readImportedFile(fileOf('other.json', text));
      expect(result.ok).toBe(false);
      expect(result).not.toHaveProperty('answers');
    }
  });

  it('says so when the file is empty', async () => {
    expect(errorsOf(await readImportedFile(fileOf('case.json', '')))).toEqual([
      'case.json: the file is empty. Choose a case file (.json) or a PDF made by SIT Risk Wizard.',
    ]);
  });

  it('refuses a file that is too large without reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const huge: ImportedFile = { name: 'dump.json', size: 12_345_678, text: async () => '', arrayBuffer };
    expect(errorsOf(await readImportedFile(huge))).toEqual([
      'dump.json: the file is too large (12.3 MB) to be a case file; a case file is at most 5 MB.',
    ]);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('checks the size of what was read too, not only the size the file claims', async () => {
    const liar: ImportedFile = {
      name: 'case.json',
      size: 10,
      text: async () => '',
      arrayBuffer: async () => new ArrayBuffer(MAX_CASE_FILE_BYTES + 1),
    };
    expect(errorsOf(await readImportedFile(liar))).toEqual([
      'case.json: the file is too large (5 MB) to be a case file; a case file is at most 5 MB.',
    ]);
  });

  it('says so when a binary file that is neither JSON nor PDF is chosen', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80]);
    expect(errorsOf(await readImportedFile(fileOf('photo.png', png)))).toEqual([
      'photo.png: is not a case file: it is neither JSON text nor a PDF made by SIT Risk Wizard.',
    ]);
  });

  it('says so when the file cannot be read', async () => {
    const vanished: ImportedFile = {
      name: 'case.json',
      size: 100,
      text: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
      arrayBuffer: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
    };
    expect(errorsOf(await readImportedFile(vanished))).toEqual([
      'case.json: the file could not be read. It may have been moved or deleted; choose it again.',
    ]);
  });
});

describe('importing the PDF checklist', () => {
  it('reads back the case file that SIT Risk Wizard attached to its PDF', async () => {
    const caseFile = fixtureCase(FIXTURE);
    const pdf = renderChecklistPdfBytes(pdfInputFor(caseFile));
    const result = await readImportedFile(fileOf('grey-gull-checklist.pdf', pdf));
    expect(result).toMatchObject({ ok: true, source: 'pdf', caseFile });
    expect(result.ok && result.answers).toEqual(JSON.parse(JSON.stringify(caseFile)));
  });

  it('says plainly when a PDF carries no case file', async () => {
    const other = new jsPDF();
    other.text('Minutes of the coordination meeting', 10, 10);
    const result = await readImportedFile(fileOf('minutes.pdf', new Uint8Array(other.output('arraybuffer'))));
    expect(errorsOf(result)).toEqual([
      'minutes.pdf: This PDF was not made by SIT Risk Wizard, or it does not carry a case file.',
    ]);
  });

  it('goes by the content, not the name: a PDF named .json is read as a PDF', async () => {
    const other = new jsPDF();
    const result = await readImportedFile(fileOf('case.json', new Uint8Array(other.output('arraybuffer'))));
    expect(errorsOf(result)[0]).toMatch(/^case\.json: This PDF was not made by SIT Risk Wizard/);
  });
});

describe('exporting a case file', () => {
  it('writes pretty JSON with the current schemaVersion first', () => {
    const json = caseFileToJson({ operation: { codename: 'GREY GULL' }, schemaVersion: 0 });
    expect(json).toBe('{\n  "schemaVersion": 1,\n  "operation": {\n    "codename": "GREY GULL"\n  }\n}\n');
  });

  it('writes a bare case file when there are no answers yet', () => {
    expect(JSON.parse(caseFileToJson(undefined))).toEqual({ schemaVersion: 1 });
  });

  it('round-trips: what is exported imports as the same case', async () => {
    const result = await readImportedFile(fileOf('x.json', caseFileToJson(fixtureJson)));
    expect(result).toMatchObject({ ok: true, caseFile: fixtureCase(FIXTURE), answers: fixtureJson });
  });
});

describe('the exported file name', () => {
  const day = new Date(2026, 10, 24, 12, 0); // local noon on 24 November: the same date in every time zone

  it('carries the codename and the date', () => {
    expect(caseFileName('GREY GULL', day)).toBe('sit-case-GREY-GULL-2026-11-24.json');
  });

  it('keeps only letters and digits that every system accepts in a file name', () => {
    expect(caseFileName('Łódź / Bălți: run #2', day)).toBe('sit-case-Lodz-Balti-run-2-2026-11-24.json');
    expect(caseFileName('../../etc/passwd', day)).toBe('sit-case-etc-passwd-2026-11-24.json');
    expect(caseFileName('Straße Øresund', day)).toBe('sit-case-Strasse-Oresund-2026-11-24.json');
    expect(caseFileName('"CON"<>|?*', day)).toBe('sit-case-CON-2026-11-24.json');
  });

  it('leaves the codename out when there is none to use', () => {
    for (const codename of [undefined, '', '   ', '🚢', 'ДОН']) {
      expect(caseFileName(codename, day)).toBe('sit-case-2026-11-24.json');
    }
  });

  it('keeps long codenames short', () => {
    const name = caseFileName('A'.repeat(59) + ' B' + 'C'.repeat(100), day);
    expect(name).toBe(`sit-case-${'A'.repeat(59)}-2026-11-24.json`);
  });
});

describe('what importing may depend on', () => {
  it('pulls in neither the PDF renderer nor the drafts store, so it is cheap and cannot touch a draft', () => {
    const seen = importGraph(resolve(dirname(fileURLToPath(import.meta.url)), 'case-file-io.ts'));
    const packages = [...seen].filter((specifier) => !specifier.startsWith('/'));
    expect(packages.sort()).toEqual(['fflate', 'zod']);
    expect([...seen].some((path) => path.includes('drafts-store'))).toBe(false);
  });
});

/** Every module reachable from `file` through static imports: absolute paths for ours, names for packages. */
function importGraph(file: string, seen = new Set<string>()): Set<string> {
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^import\s+(?:type\s)?[^'"]*?from\s+'([^']+)'/gm)) {
    const specifier = match[1] as string;
    if (match[0].startsWith('import type')) continue;
    const target = specifier.startsWith('.') ? resolve(dirname(file), specifier) : specifier;
    if (seen.has(target)) continue;
    seen.add(target);
    if (specifier.startsWith('.')) importGraph(target, seen);
  }
  return seen;
}
