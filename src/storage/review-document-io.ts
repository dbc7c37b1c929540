import { checkDocument } from '../domain/document-check.ts';
import { evaluate } from '../domain/evaluate.ts';
import type { RuleSet } from '../domain/load-rules.ts';
import { looksLikeReviewRecord } from '../domain/parse-review-record.ts';
import type { OpenResult } from '../machine/review.types.ts';
import { readPdfStamp } from '../pdf/read-stamp.ts';
import { readChosenFile, type ImportedFile } from './case-file-io.ts';

/**
 * A checklist PDF or case file chosen by a supervisor → the case, checked against
 * its fingerprint and the rules in use now, and assessed under those rules. A
 * review record (a case reviewed before) opens the case it carries.
 */
export async function readDocumentForReview(file: ImportedFile, ruleSet: RuleSet): Promise<OpenResult> {
  const chosen = await readChosenFile(file);
  if (!chosen.ok) return chosen;
  const stamp = chosen.source === 'pdf' ? readPdfStamp(chosen.bytes) : {};
  const check = checkDocument({
    embeddedCaseJson: caseJsonOf(chosen.text),
    fingerprintPrinted: stamp.fingerprint,
    verdictPrinted: stamp.verdict,
    ruleSetVersionPrinted: stamp.ruleSetVersion,
    currentRuleSet: ruleSet,
  });
  if (check.errors.length > 0 || !check.caseFile || !check.fingerprintNow) return chosen.fail(...check.errors);
  return {
    ok: true,
    document: {
      fileName: file.name,
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
