import { readFileSync, statSync } from 'node:fs';
import { parseCaseFile, type CaseParseResult } from '../domain/parse-case.ts';

/** Reads a case file from disk; every failure becomes a message, never a stack trace. */
export function readCaseFile(path: string): CaseParseResult {
  let text: string;
  try {
    if (statSync(path).isDirectory()) return { ok: false, errors: [`${path}: is a folder, not a case file`] };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    return { ok: false, errors: [`${path}: ${why}`] };
  }
  const result = parseCaseFile(text);
  return result.ok ? result : { ok: false, errors: result.errors.map((line) => `${path}: ${line}`) };
}
