import { checkDocument } from '../domain/document-check.ts';
import { evaluate } from '../domain/evaluate.ts';
import type { RuleSet } from '../domain/load-rules.ts';
import { looksLikeReviewRecord } from '../domain/parse-review-record.ts';
import type { OpenResult } from '../machine/review.types.ts';
import { readPdfStamp } from '../pdf/read-stamp.ts';
import { readChosenFile, type ImportedFile } from './case-file-io.ts';
import type { ReviewSource } from './review-in-progress.ts';

/**
 * A checklist PDF or case file chosen by a supervisor → the case, checked against
 * its fingerprint and the rules in use now, and assessed under those rules. A
 * review record (a case reviewed before) opens the case it carries.
 */
export async function readDocumentForReview(file: ImportedFile, ruleSet: RuleSet): Promise<OpenResult> {
  const chosen = await readChosenFile(file);
  if (!chosen.ok) return chosen;
  const stamp = chosen.source === 'pdf' ? readPdfStamp(chosen.bytes) : {};
  const source: ReviewSource = {
    embeddedCaseJson: caseJsonOf(chosen.text),
    ...(stamp.fingerprint === undefined ? {} : { fingerprintPrinted: stamp.fingerprint }),
    ...(stamp.verdict === undefined ? {} : { verdictPrinted: stamp.verdict }),
    ...(stamp.ruleSetVersion === undefined ? {} : { ruleSetVersionPrinted: stamp.ruleSetVersion }),
  };
  const opened = openFromSource(file.name, source, ruleSet);
  return opened.ok ? opened : chosen.fail(...opened.errors);
}

/** A document's source (as read, or as kept while the review is in progress) checked and assessed with the rules in use now. */
export function openFromSource(fileName: string, source: ReviewSource, ruleSet: RuleSet): OpenResult {
  const check = checkDocument({ ...source, currentRuleSet: ruleSet });
  if (check.errors.length > 0 || !check.caseFile || !check.fingerprintNow) return { ok: false, errors: check.errors };
  return {
    ok: true,
    document: {
      fileName,
      source,
      check: { ...check, caseFile: check.caseFile, fingerprintNow: check.fingerprintNow },
      assessment: evaluate(check.caseFile, ruleSet),
    },
  };
}

function caseJsonOf(text: string): string {
  try {
    const json: unknown = JSON.parse(text);
    if (looksLikeReviewRecord(json)) return JSON.stringify((json as { caseFile: unknown }).caseFile);
  } catch {
    // Not JSON: checkDocument says so in its own words.
  }
  return text;
}
