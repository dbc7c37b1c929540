import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Reads PDFs back with poppler-utils and qpdf (Debian packages poppler-utils and
 * qpdf, installed by .ci/run), so tests check the file a reader really sees.
 */
export function withPdfFile<T>(bytes: Uint8Array, use: (path: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'sit-pdf-'));
  try {
    const path = join(folder, 'document.pdf');
    writeFileSync(path, bytes);
    return use(path);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function run(tool: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) {
    throw new Error(`${tool} could not run (${result.error.message}): install it with apt-get install -y poppler-utils qpdf`);
  }
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The text of each page, in the order it was drawn (`pdftotext -raw`). */
export function pageTexts(bytes: Uint8Array): string[] {
  const text = withPdfFile(bytes, (path) => run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']).stdout);
  return text.split('\f').slice(0, -1);
}

const FRAME_LINE = new RegExp(
  '^(' +
    [
      // the checklist
      '.*-SENSITIVE.*',
      'SIT Risk Wizard · Operation .*',
      'Document \\S+',
      'Fingerprint \\(SHA-256\\): [0-9a-f]{64}',
      'Page \\d+ of \\d+',
      // the training handout and debrief
      'TRAINING — FICTIONAL SCENARIO',
      'SIT Risk Wizard · (Training debrief|Scenario handout).*',
      'Training exercise — fictional scenario\\. Not for operational use\\..*',
    ].join('|') +
    ')$',
);

/**
 * The text of all pages on one line with single spaces, so wrapped lines can be
 * searched as sentences. Header and footer lines are left out: they are drawn
 * last on each page, so they would split any text that runs over a page break.
 */
export function bodyText(pages: readonly string[]): string {
  return squash(pages.map((page) => page.split('\n').filter((line) => !FRAME_LINE.test(line.trim())).join('\n')).join(' '));
}

/** The items whose text does not appear in `text` (compared with squashed spaces). */
export function missingFrom(text: string, items: readonly string[]): string[] {
  return items.filter((item) => !text.includes(squash(item)));
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface PdfWord {
  page: number;
  text: string;
  /** Millimetres from the top-left corner of the page. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const MM_PER_POINT = 25.4 / 72;

/** Every word with its box, from `pdftotext -bbox`. */
export function pdfWords(bytes: Uint8Array): PdfWord[] {
  const html = withPdfFile(bytes, (path) => run('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-']).stdout);
  const words: PdfWord[] = [];
  html.split('<page ').slice(1).forEach((page, index) => {
    for (const match of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const [xMin, yMin, xMax, yMax] = match.slice(1, 5).map((value) => Number(value) * MM_PER_POINT) as [number, number, number, number];
      words.push({ page: index + 1, text: decodeEntities(match[5] ?? ''), xMin, yMin, xMax, yMax });
    }
  });
  return words;
}

function decodeEntities(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
}

/** `qpdf --check`: exit 0 means no syntax or stream errors, 3 means warnings. */
export function qpdfCheck(bytes: Uint8Array): { status: number; output: string } {
  const result = withPdfFile(bytes, (path) => run('qpdf', ['--check', path]));
  return { status: result.status, output: result.stdout + result.stderr };
}
