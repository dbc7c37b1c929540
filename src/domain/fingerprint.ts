import type { CaseFile } from './case.schema.ts';
import { canonicalJson, sha256Hex } from './hash.ts';
import type { RuleSet } from './load-rules.ts';

export { canonicalJson } from './hash.ts';

/**
 * SHA-256 of the parsed case file plus the rule modules that assessed it, as 64
 * hex digits. Printed on every page of the PDF so a supervisor can recompute it
 * from the embedded case file and the rules and see that nothing was changed.
 * Synchronous and pure, so it runs the same in the browser, the CLI and tests.
 *
 * The decision log is left out: it is protected by its own hash chain, and a
 * review appended to the log must not make the answers it reviewed look altered
 * (the review record names the case by this fingerprint). Leaving it out also
 * keeps every fingerprint printed before the log existed valid.
 */
export function fingerprintOf(caseFile: CaseFile, ruleSet: Pick<RuleSet, 'modules'>): string {
  const { log: _log, ...answers } = caseFile;
  const text = ['sit-risk-wizard fingerprint v1', canonicalJson(answers), canonicalJson(ruleSet.modules)].join('\n');
  return sha256Hex(text);
}

/**
 * SHA-256 of any value, as 64 hex digits, for documents that carry no case file
 * (the training handout and debrief): it makes their PDF file identifier depend
 * on what they show, never on chance.
 */
export function contentFingerprint(kind: string, value: unknown): string {
  return sha256Hex(`sit-risk-wizard ${kind} v1\n${canonicalJson(value)}`);
}
