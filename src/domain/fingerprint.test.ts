import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprintOf } from './fingerprint.ts';
import { CaseFile } from './case.schema.ts';
import { appendEntry } from './decision-log.ts';
import { fixtureCase } from '../../tests/support/pdf-input.ts';
import { realRules } from '../../tests/support/assess.ts';

describe('fingerprintOf', () => {
  const caseFile = fixtureCase('overland-lorry-network');
  const ruleSet = realRules();

  it('is 64 hex digits of SHA-256, the same every time', () => {
    const fingerprint = fingerprintOf(caseFile, ruleSet);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf(structuredClone(caseFile), structuredClone(ruleSet))).toBe(fingerprint);
  });

  it('does not depend on the order of keys', () => {
    const reordered = Object.fromEntries(Object.entries(caseFile).reverse()) as typeof caseFile;
    expect(fingerprintOf(reordered, ruleSet)).toBe(fingerprintOf(caseFile, ruleSet));
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
  });

  it('changes when one answer or one rule changes', () => {
    const fingerprint = fingerprintOf(caseFile, ruleSet);
    const answered = structuredClone(caseFile);
    answered.intervention.partnerProtocol = 'yes';
    expect(fingerprintOf(answered, ruleSet)).not.toBe(fingerprint);
    const edited = structuredClone(ruleSet);
    edited.modules[0]!.rules[0]!.severity = edited.modules[0]!.rules[0]!.severity === 'info' ? 'high' : 'info';
    expect(fingerprintOf(caseFile, edited)).not.toBe(fingerprint);
  });

  it('matches a SHA-256 computed independently', async () => {
    const { createHash } = await import('node:crypto');
    const { log: _log, ...answers } = caseFile;
    const text = ['sit-risk-wizard fingerprint v1', canonicalJson(answers), canonicalJson(ruleSet.modules)].join('\n');
    expect(fingerprintOf(caseFile, ruleSet)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('gives the same value as before the decision log existed', () => {
    // Computed from this fixture and an empty rule set by the code before the log was added:
    // every fingerprint already printed on a PDF stays valid.
    expect(fingerprintOf(caseFile, { modules: [] })).toBe('87d25292abd9a7e9eab864b147b8a8d0777fd0c51f0497f301948fa6def41c00');
  });

  it('ignores the decision log, so a review appended to the case does not make its answers look altered', () => {
    const logged = CaseFile.parse({ ...caseFile, log: appendEntry([], { at: '2026-12-01T09:00:00Z', kind: 'returned', by: 'Supt. Reyes', summary: 'Returned' }) });
    expect(fingerprintOf(logged, ruleSet)).toBe(fingerprintOf(caseFile, ruleSet));
  });
});
