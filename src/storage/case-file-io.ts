import { CASE_SCHEMA_VERSION, type CaseFile } from '../domain/case.schema.ts';
import { localIsoDate } from '../domain/local-date.ts';
import { isPlainObject } from '../domain/merge-answers.ts';
import { upgradeCaseAnswers } from '../domain/migrate.ts';
import { MAX_CASE_FILE_BYTES, parseCaseFile } from '../domain/parse-case.ts';
import { looksLikeReviewRecord, parseReviewRecord } from '../domain/parse-review-record.ts';
import { readJsonObject } from '../domain/read-json.ts';
import type { Review } from '../domain/review.schema.ts';
import { extractCaseFromPdf } from '../pdf/extract-case.ts';
import { ENVELOPE_FORMAT } from './encrypted-envelope.schema.ts';
import {
  decryptJsonFile,
  encryptJsonFile,
  isEncryptedEnvelope,
  MAX_PROTECTED_FILE_CHARS,
  type EncryptOptions,
} from './passphrase-crypto.ts';

/**
 * Case files in and out of the browser. Pure apart from reading the chosen file:
 * importing returns the answers and never touches a draft, so a broken or
 * foreign file cannot damage the work that is open.
 */

/** What the import screen hands us: a browser File, or anything shaped like one. */
export interface ImportedFile {
  name: string;
  size: number;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ImportResult =
  | {
      ok: true;
      answers: unknown;
      caseFile: CaseFile;
      source: 'json' | 'pdf';
      /** Present when the file was a supervisor's review record: the case comes back with the review. */
      review?: Review;
    }
  | {
      ok: false;
      /** One line per problem, each starting with the file name. */
      errors: string[];
      /**
       * Present when the file is a case file of this version that does not validate
       * yet (for example exported from an unfinished draft): the screen may offer
       * to open it as a new draft instead of losing it.
       */
      answers?: unknown;
      /**
       * The file is protected with a passphrase (passphrase-crypto.ts): read it again with
       * one. With a passphrase given, `errors` says why it did not open (a wrong passphrase).
       */
      needsPassphrase?: true;
    };

/** The answers as a case file the user can keep: pretty JSON, `schemaVersion` first. */
export function caseFileToJson(answers: unknown): string {
  return `${JSON.stringify(caseFileOf(answers), null, 2)}\n`;
}

/** The case file as a file only the passphrase opens (passphrase-crypto.ts); check the passphrase with passphraseProblem first. */
export function protectedCaseFileToJson(answers: unknown, passphrase: string, options?: EncryptOptions): Promise<string> {
  return encryptJsonFile(caseFileOf(answers), passphrase, options);
}

/** e.g. `sit-case-GREY-GULL-2026-11-24.protected.json`: still `.json`, so every file picker offers it. */
export function protectedCaseFileName(codename: string | undefined, now: Date): string {
  return caseFileName(codename, now).replace(/\.json$/, '.protected.json');
}

function caseFileOf(answers: unknown): Record<string, unknown> {
  const fields = isPlainObject(answers) ? answers : {};
  const { schemaVersion: _ignored, ...rest } = fields;
  return { schemaVersion: CASE_SCHEMA_VERSION, ...rest };
}

/** e.g. `sit-case-GREY-GULL-2026-11-24.json`: the codename in plain ASCII, the user's local date. */
export function caseFileName(codename: string | undefined, now: Date): string {
  const safe = toAscii(codename ?? '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `sit-case-${safe ? `${safe}-` : ''}${localIsoDate(now)}.json`;
}

/**
 * A case file chosen by the user (JSON, or a PDF made by SIT Risk Wizard, or a
 * supervisor's review record as JSON or PDF, or any of these JSON files protected with
 * a passphrase) → its answers, or messages naming the file.
 */
export async function readImportedFile(file: ImportedFile, passphrase?: string): Promise<ImportResult> {
  const chosen = await readChosenFile(file, { protectedAllowed: true });
  if (!chosen.ok) return chosen;
  const { source, fail } = chosen;
  let { text } = chosen;
  let answers = parseJson(text);
  if (isEncryptedEnvelope(answers)) {
    if (passphrase === undefined) return { ok: false, errors: [], needsPassphrase: true };
    const unlocked = await decryptJsonFile(text, passphrase);
    if (!unlocked.ok) return { ...fail(unlocked.error), needsPassphrase: true };
    ({ text, value: answers } = unlocked);
  }
  if (looksLikeReviewRecord(answers)) {
    const record = parseReviewRecord(answers, MAX_CASE_FILE_BYTES);
    if (!record.ok) return fail('is a supervisor’s review record that cannot be read:', ...record.errors);
    const caseAnswers = upgradeCaseAnswers((answers as { caseFile: unknown }).caseFile);
    return { ok: true, answers: caseAnswers, caseFile: record.record.caseFile, source, review: record.record.review };
  }
  const parsed = parseCaseFile(text);
  // A file of an older case format opens in the current one (migrate.ts); a hostile shape is left as it is.
  const current = readJsonObject(answers, 'case file').ok ? upgradeCaseAnswers(answers) : answers;
  if (parsed.ok) return { ok: true, answers: current, caseFile: parsed.caseFile, source };
  const failure = fail(...parsed.errors);
  // Offered as a draft only when the trouble is in the answers, never a hostile shape (too deep, "__proto__").
  const openable = isPlainObject(current) && current.schemaVersion === CASE_SCHEMA_VERSION && readJsonObject(current, 'case file').ok;
  return openable ? { ...failure, answers: current } : failure;
}

export type ChosenFile =
  | {
      ok: true;
      bytes: Uint8Array;
      /** The JSON text: the file itself, or the case file (or review record) a PDF carries. */
      text: string;
      source: 'json' | 'pdf';
      /** Messages about this file, each starting with its name. */
      fail: (...errors: string[]) => { ok: false; errors: string[] };
    }
  | { ok: false; errors: string[] };

export interface ChooseOptions {
  /**
   * A file protected with a passphrase may be larger than a case file (base64 makes it 4/3
   * the size): read files up to MAX_PROTECTED_FILE_CHARS, and let the larger ones through
   * only if they start like a protected file.
   */
  protectedAllowed?: boolean;
}

/** The checks every chosen file goes through: size, readable, and JSON text or a PDF carrying it. */
export async function readChosenFile(file: ImportedFile, options: ChooseOptions = {}): Promise<ChosenFile> {
  const name = file.name.trim() || 'The chosen file';
  const fail = (...errors: string[]) => ({ ok: false as const, errors: errors.map((line) => `${name}: ${line}`) });
  const readLimit = options.protectedAllowed ? MAX_PROTECTED_FILE_CHARS : MAX_CASE_FILE_BYTES;
  if (file.size > readLimit) return fail(tooLarge(file.size));
  if (file.size === 0) return fail('the file is empty. Choose a case file (.json) or a PDF made by SIT Risk Wizard.');

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail('the file could not be read. It may have been moved or deleted; choose it again.');
  }
  // The size a File reports is not a promise: check what was actually read.
  if (bytes.length > readLimit) return fail(tooLarge(bytes.length));
  if (bytes.length > MAX_CASE_FILE_BYTES && !startsLikeProtectedFile(bytes)) return fail(tooLarge(bytes.length));
  if (bytes.length === 0) return fail('the file is empty. Choose a case file (.json) or a PDF made by SIT Risk Wizard.');

  const source = isPdf(bytes) ? 'pdf' : 'json';
  if (source === 'pdf') {
    const embedded = extractCaseFromPdf(bytes);
    if (embedded === undefined) return fail('This PDF was not made by SIT Risk Wizard, or it does not carry a case file.');
    return { ok: true, bytes, text: embedded, source, fail };
  }
  try {
    return { ok: true, bytes, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), source, fail };
  } catch {
    return fail('is not a case file: it is neither JSON text nor a PDF made by SIT Risk Wizard.');
  }
}

/** Only a first look, to decide whether a large file may be read; decryptJsonFile checks it in full. */
function startsLikeProtectedFile(bytes: Uint8Array): boolean {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 200)).replace(/\s+/g, '');
  return start.startsWith(`{"format":"${ENVELOPE_FORMAT}"`);
}

/** Every PDF starts with this header; a case file starts with `{`, so the two can never be confused. */
function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '%PDF-';
}

function tooLarge(size: number): string {
  const megabytes = (bytes: number) => `${Math.round((bytes / 1_000_000) * 10) / 10} MB`;
  return `the file is too large (${megabytes(size)}) to be a case file; a case file is at most ${megabytes(MAX_CASE_FILE_BYTES)}.`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// Letters that Unicode does not split into a base letter and an accent.
const LETTERS: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'Th', ı: 'i',
};

function toAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\u0000-\u007f]/g, (letter) => LETTERS[letter] ?? '-');
}
