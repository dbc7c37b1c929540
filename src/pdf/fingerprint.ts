import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { CaseFile } from '../domain/case.schema.ts';
import type { RuleSet } from '../domain/load-rules.ts';

/**
 * SHA-256 of the parsed case file plus the rule modules that assessed it, as 64
 * hex digits. Printed on every page of the PDF so a supervisor can recompute it
 * from the embedded case file and the rules and see that nothing was changed.
 * Synchronous and pure, so it runs the same in the browser, the CLI and tests.
 */
export function fingerprintOf(caseFile: CaseFile, ruleSet: Pick<RuleSet, 'modules'>): string {
  const text = ['sit-risk-wizard fingerprint v1', canonicalJson(caseFile), canonicalJson(ruleSet.modules)].join('\n');
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * SHA-256 of any value, as 64 hex digits, for documents that carry no case file
 * (the training handout and debrief): it makes their PDF file identifier depend
 * on what they show, never on chance.
 */
export function contentFingerprint(kind: string, value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(`sit-risk-wizard ${kind} v1\n${canonicalJson(value)}`)));
}

/** JSON with object keys sorted at every level, so key order never changes the hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}
