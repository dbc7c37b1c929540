import { fingerprintOf } from './fingerprint.ts';
import { latestStamp } from './assessment-stamp.ts';
import { VERDICT_WORDS, type Verdict } from './assessment.schema.ts';
import type { CaseFile } from './case.schema.ts';
import { verifyLog } from './decision-log.ts';
import { evaluate } from './evaluate.ts';
import type { RuleSet } from './load-rules.ts';
import { parseCaseFile } from './parse-case.ts';
import { ruleSetChanges } from './rule-set-version.ts';

export interface DocumentCheckInput {
  /** The case file JSON: read from the PDF (extractCaseFromPdf) or the JSON file itself. */
  embeddedCaseJson: string;
  /** The fingerprint printed on the PDF (readPdfStamp); absent for a bare JSON file. */
  fingerprintPrinted?: string | undefined;
  /** The rule-set version printed on the PDF, as "module@x.y.z …" (commas allowed). */
  ruleSetVersionPrinted?: string | undefined;
  /** The verdict printed on the PDF, if it could be read back. */
  verdictPrinted?: Verdict | undefined;
  currentRuleSet: RuleSet;
}

export interface DocumentCheck {
  caseFile?: CaseFile;
  /** Why the case file could not be read; nothing else is known then. */
  errors: string[];
  /** True: changed after it was produced. 'unknown': nothing to compare with, or other rules. */
  altered: boolean | 'unknown';
  /** Whether the document was produced with the rules in use now. */
  sameRules: boolean | 'unknown';
  fingerprintNow?: string;
  ruleSetVersionThen?: string;
  ruleSetVersionNow: string;
  verdictThen?: Verdict;
  verdictNow?: Verdict;
  /** Rule ids of findings raised now but not then, and then but not now (empty when "then" is unknown). */
  changedFindings: { added: string[]; removed: string[] };
  /** verifyLog's problems with the decision log inside the case file. */
  logProblems: string[];
  /** What a supervisor reads, one plain sentence or two per line. */
  messages: string[];
}

/**
 * Was this document altered, and what do the current rules say about it? The
 * fingerprint is recomputed from the embedded case and the current rules; it can
 * only match when the rules are the same version, so with other rules the check
 * says so and compares the verdict and findings then (as recorded in the decision
 * log, or printed) with those now.
 */
export function checkDocument(input: DocumentCheckInput): DocumentCheck {
  const { currentRuleSet } = input;
  const ruleSetVersionNow = currentRuleSet.version;
  const parsed = parseCaseFile(input.embeddedCaseJson);
  if (!parsed.ok) {
    return {
      errors: parsed.errors.map((line) => `The case file in this document cannot be read: ${line}`),
      altered: 'unknown',
      sameRules: 'unknown',
      ruleSetVersionNow,
      changedFindings: { added: [], removed: [] },
      logProblems: [],
      messages: ['The case file in this document cannot be read, so it cannot be checked. Ask for the document again.'],
    };
  }
  const caseFile = parsed.caseFile;
  const fingerprintNow = fingerprintOf(caseFile, currentRuleSet);
  const stamp = latestStamp(caseFile.log, input.fingerprintPrinted);
  const fingerprintThen = input.fingerprintPrinted?.toLowerCase() ?? stamp?.fingerprint;
  const versionPrinted = input.ruleSetVersionPrinted === undefined ? undefined : normaliseVersion(input.ruleSetVersionPrinted);
  const ruleSetVersionThen = versionPrinted ?? stamp?.ruleSetVersion;
  const source = input.fingerprintPrinted === undefined ? 'recorded in its decision log' : 'printed on the document';

  let altered: boolean | 'unknown';
  let sameRules: boolean | 'unknown' = ruleSetVersionThen === undefined ? 'unknown' : ruleSetVersionThen === ruleSetVersionNow;
  const messages: string[] = [];
  if (fingerprintThen === undefined) {
    altered = 'unknown';
    messages.push('Not checked: this case file carries no fingerprint, so changes to it cannot be detected. It is assessed below under the current rules.');
  } else if (fingerprintThen === fingerprintNow) {
    altered = false;
    sameRules = true;
    messages.push(`Not altered: the fingerprint ${source} matches the case file and the current rules.`);
  } else if (sameRules === true) {
    altered = true;
    messages.push(
      `Altered: the case file does not match the fingerprint ${source}, although the rules are the same version. ` +
        'The answers were changed after the document was produced; do not rely on it.',
    );
  } else if (sameRules === false) {
    altered = 'unknown';
    messages.push(
      'Produced with another version of the rules, so the fingerprint cannot be checked against the rules in use now. ' +
        `Changes since then: ${ruleSetChanges(ruleSetVersionThen!, ruleSetVersionNow).join('; ')}.`,
    );
  } else {
    altered = 'unknown';
    messages.push(
      `The case file does not match the fingerprint ${source}, and the document does not say which rules produced it: ` +
        'either the answers were changed or other rules were used. Ask for the case file again.',
    );
  }

  const assessment = evaluate(caseFile, currentRuleSet);
  const verdictNow = assessment.verdict.outcome;
  const verdictThen = input.verdictPrinted ?? (stamp && stamp.fingerprint === fingerprintThen ? stamp.verdict : undefined);
  const findingsThen = stamp && stamp.fingerprint === fingerprintThen ? stamp.findings : undefined;
  const findingsNow = assessment.findings.map((finding) => finding.ruleId);
  const changedFindings = findingsThen
    ? { added: findingsNow.filter((id) => !findingsThen.includes(id)), removed: findingsThen.filter((id) => !findingsNow.includes(id)) }
    : { added: [], removed: [] };

  if (altered === false) messages.push(`The verdict is “${VERDICT_WORDS[verdictNow]}”.`);
  else messages.push(...verdictMessages(verdictThen, verdictNow, changedFindings, assessment.findings));
  const log = verifyLog(caseFile.log);
  const logProblems = log.ok ? [] : log.problems;
  if (logProblems.length > 0) messages.push(`The decision log in this case file was tampered with: ${logProblems.join('; ')}.`);

  return {
    caseFile,
    errors: [],
    altered,
    sameRules,
    fingerprintNow,
    ...(ruleSetVersionThen === undefined ? {} : { ruleSetVersionThen }),
    ruleSetVersionNow,
    ...(verdictThen === undefined ? {} : { verdictThen }),
    verdictNow,
    changedFindings,
    logProblems,
    messages,
  };
}

function verdictMessages(
  then: Verdict | undefined,
  now: Verdict,
  changed: { added: string[]; removed: string[] },
  findingsNow: readonly { ruleId: string; title: string }[],
): string[] {
  const words = (verdict: Verdict) => `“${VERDICT_WORDS[verdict]}”`;
  const messages = [
    then === undefined
      ? `Under the current rules the verdict is ${words(now)}; what it was when the document was produced is not recorded.`
      : then === now
        ? `Under the current rules the verdict is still ${words(now)}.`
        : `Under the current rules the verdict is ${words(now)}; it was ${words(then)} when the document was produced.`,
  ];
  const title = (id: string) => findingsNow.find((finding) => finding.ruleId === id)?.title ?? id;
  if (changed.added.length > 0) messages.push(`New findings now: ${changed.added.map(title).join('; ')}.`);
  if (changed.removed.length > 0) messages.push(`Findings no longer raised: ${changed.removed.join('; ')}.`);
  return messages;
}

/** The cover prints the version with commas and line breaks; compare it as load-rules writes it. */
function normaliseVersion(version: string): string {
  return version.split(/[\s,]+/).filter(Boolean).sort().join(' ');
}
