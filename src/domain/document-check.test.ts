import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentStamp } from './assessment-stamp.ts';
import { CaseFile } from './case.schema.ts';
import { appendEntry } from './decision-log.ts';
import { checkDocument, type DocumentCheckInput } from './document-check.ts';
import { evaluate } from './evaluate.ts';
import type { RuleSet } from './load-rules.ts';
import { extractCaseFromPdf } from '../pdf/extract-case.ts';
import { fingerprintOf } from './fingerprint.ts';
import { readPdfStamp } from '../pdf/read-stamp.ts';
import { renderChecklistPdfBytes } from '../pdf/render-checklist.ts';
import { realRules } from '../../tests/support/assess.ts';
import { fixtureCase, pdfInputFor } from '../../tests/support/pdf-input.ts';
import { pageTexts } from '../../tests/support/poppler.ts';

const rules = realRules();

/** The case as the export step will write it: with an 'assessment-produced' entry stamping what was exported. */
function exportedCase(name: string): CaseFile {
  const caseFile = fixtureCase(name);
  const stamp = assessmentStamp(evaluate(caseFile, rules), fingerprintOf(caseFile, rules));
  const log = appendEntry(caseFile.log, { at: '2026-03-05T14:05:00Z', kind: 'assessment-produced', by: 'DS Kowalski (case officer)', summary: 'Checklist exported', details: stamp });
  return { ...caseFile, log };
}

/** The rule-set version as printed on the cover ("Rule set a@1.1.0, b@1.1.0, …" over several lines), read with pdftotext. */
function coverRuleSetVersion(bytes: Uint8Array): string {
  const lines = pageTexts(bytes)[0]!.split('\n');
  const start = lines.findIndex((line) => line.startsWith('Rule set '));
  const version = [lines[start]!.slice('Rule set '.length)];
  for (const line of lines.slice(start + 1)) {
    if (!/^[\w-]+@\d/.test(line)) break;
    version.push(line);
  }
  return version.join(' ');
}

/** Everything checkDocument needs from a PDF made by the app, read the way a supervisor's import would. */
function readBack(bytes: Uint8Array): Omit<DocumentCheckInput, 'currentRuleSet'> {
  const stamp = readPdfStamp(bytes);
  return {
    embeddedCaseJson: extractCaseFromPdf(bytes)!,
    fingerprintPrinted: stamp.fingerprint,
    verdictPrinted: stamp.verdict,
    ruleSetVersionPrinted: stamp.ruleSetVersion,
  };
}

/** The real rules with one module moved to a new version that drops one rule. */
function rulesWithout(ruleId: string): RuleSet {
  const modules = structuredClone(rules.modules).map((ruleModule) =>
    ruleModule.rules.some((rule) => rule.id === ruleId)
      ? { ...ruleModule, version: '9.0.0', rules: ruleModule.rules.filter((rule) => rule.id !== ruleId) }
      : ruleModule,
  );
  const version = modules.map((ruleModule) => `${ruleModule.module}@${ruleModule.version}`).sort().join(' ');
  return { ...rules, modules, version };
}

describe('checkDocument on a checklist PDF made by the app', () => {
  let pdf: Uint8Array;
  beforeAll(() => {
    pdf = renderChecklistPdfBytes(pdfInputFor(exportedCase('overland-lorry-network')));
  });

  it('reads the fingerprint, verdict and rule-set version back from the PDF, as its cover prints them', () => {
    const caseFile = exportedCase('overland-lorry-network');
    expect(readPdfStamp(pdf)).toEqual({ fingerprint: fingerprintOf(caseFile, rules), verdict: 'escalate', ruleSetVersion: rules.version });
    expect(coverRuleSetVersion(pdf).replace(/,/g, '')).toBe(rules.version);
  });

  it('says an untouched PDF was not altered', () => {
    const check = checkDocument({ ...readBack(pdf), currentRuleSet: rules });
    expect(check).toMatchObject({ errors: [], altered: false, sameRules: true, verdictThen: 'escalate', verdictNow: 'escalate', logProblems: [] });
    expect(check.changedFindings).toEqual({ added: [], removed: [] });
    expect(check.messages).toEqual([
      'Not altered: the fingerprint printed on the document matches the case file and the current rules.',
      'The verdict is “Escalate to a higher authority”.',
    ]);
  });

  it('says a case edited after export was altered', () => {
    const read = readBack(pdf);
    const edited = JSON.parse(read.embeddedCaseJson) as { intervention: { partnerProtocol: string } };
    edited.intervention.partnerProtocol = 'yes';
    const check = checkDocument({ ...read, embeddedCaseJson: JSON.stringify(edited), currentRuleSet: rules });
    expect(check).toMatchObject({ altered: true, sameRules: true, verdictThen: 'escalate', verdictNow: 'escalate' });
    // The answer that changed is the one the advisory finding was about.
    expect(check.changedFindings).toEqual({ added: [], removed: ['vw-partner-protocol-missing'] });
    expect(check.messages[0]).toBe(
      'Altered: the case file does not match the fingerprint printed on the document, although the rules are the same version. ' +
        'The answers were changed after the document was produced; do not rely on it.',
    );
  });

  it('says the PDF was produced with another rule-set version, and what the current rules say', () => {
    const current = rulesWithout('ch-controlled-delivery-with-children');
    const check = checkDocument({ ...readBack(pdf), currentRuleSet: current });
    expect(check).toMatchObject({ altered: 'unknown', sameRules: false, verdictThen: 'escalate', ruleSetVersionThen: rules.version });
    // Other findings and undecided rules still send this case to a higher authority.
    expect(check.verdictNow).toBe('escalate');
    expect(check.changedFindings).toEqual({ added: [], removed: ['ch-controlled-delivery-with-children'] });
    expect(check.messages[0]).toMatch(/^Produced with another version of the rules.*Changes since then: children changed from 1\.\d+\.\d+ to 9\.0\.0\.$/);
    expect(check.messages[1]).toBe('Under the current rules the verdict is still “Escalate to a higher authority”.');
    expect(check.messages[2]).toBe('Findings no longer raised: ch-controlled-delivery-with-children.');
  });
});

describe('checkDocument on a case JSON file', () => {
  const json = (caseFile: unknown) => JSON.stringify(caseFile);

  it('cannot check a file with no fingerprint and no decision log, and still gives the verdict now', () => {
    const check = checkDocument({ embeddedCaseJson: json(fixtureCase('travel-agency-informant')), currentRuleSet: rules });
    expect(check).toMatchObject({ altered: 'unknown', sameRules: 'unknown', verdictNow: 'proceed', errors: [] });
    expect(check).not.toHaveProperty('verdictThen');
    expect(check.messages).toEqual([
      'Not checked: this case file carries no fingerprint, so changes to it cannot be detected. It is assessed below under the current rules.',
      'Under the current rules the verdict is “Proceed”; what it was when the document was produced is not recorded.',
    ]);
  });

  it('checks a file against the fingerprint recorded in its decision log', () => {
    const exported = exportedCase('overland-lorry-network');
    expect(checkDocument({ embeddedCaseJson: json(exported), currentRuleSet: rules }).altered).toBe(false);
    const edited = structuredClone(exported);
    edited.people.children.present = 'no';
    const check = checkDocument({ embeddedCaseJson: json(edited), currentRuleSet: rules });
    expect(check.altered).toBe(true);
    expect(check.messages[0]).toMatch(/^Altered: the case file does not match the fingerprint recorded in its decision log/);
    expect(check.changedFindings.removed).toContain('ch-controlled-delivery-with-children');
    expect(check.verdictThen).toBe('escalate');
    expect(check.messages[1]).toMatch(/^Under the current rules the verdict is (still )?“/);
    expect(check.messages.at(-1)).toMatch(/^Findings no longer raised: .*ch-controlled-delivery-with-children/);
  });

  it('names findings that are new under the current rules', () => {
    const caseFile = fixtureCase('overland-lorry-network');
    const stamp = assessmentStamp(evaluate(caseFile, rules), fingerprintOf(caseFile, rules));
    const details = { ...stamp, ruleSetVersion: 'children@1.0.0', findings: stamp.findings.filter((id) => id !== 'vw-partner-protocol-missing') };
    const log = appendEntry([], { at: '2026-03-05T14:05:00Z', kind: 'assessment-produced', by: 'DS Kowalski', summary: 'Exported', details });
    const check = checkDocument({ embeddedCaseJson: json({ ...caseFile, log }), currentRuleSet: rules });
    // The recorded fingerprint matches: the answers are unchanged even though the recorded version differs.
    expect(check.altered).toBe(false);
    const other = checkDocument({ embeddedCaseJson: json({ ...caseFile, log }), fingerprintPrinted: 'a'.repeat(64), currentRuleSet: rules });
    expect(other.changedFindings).toEqual({ added: [], removed: [] });
    const oldRules = checkDocument({
      embeddedCaseJson: json({ ...caseFile, log }),
      fingerprintPrinted: stamp.fingerprint,
      ruleSetVersionPrinted: 'children@1.0.0',
      currentRuleSet: rulesWithout('no-such-rule'),
    });
    expect(oldRules.changedFindings).toEqual({ added: ['vw-partner-protocol-missing'], removed: [] });
  });

  it('reports a decision log that was tampered with', () => {
    const exported = exportedCase('overland-lorry-network');
    exported.log[0] = { ...exported.log[0]!, by: 'Someone else' };
    const check = checkDocument({ embeddedCaseJson: json(exported), currentRuleSet: rules });
    expect(check.logProblems).toEqual(['Entry 0 (assessment-produced, 2026-03-05) was changed after it was written']);
    expect(check.messages.at(-1)).toBe(
      'The decision log in this case file was tampered with: Entry 0 (assessment-produced, 2026-03-05) was changed after it was written.',
    );
  });

  it('explains a file that cannot be read', () => {
    const check = checkDocument({ embeddedCaseJson: '{"schemaVersion": 1', currentRuleSet: rules });
    expect(check.caseFile).toBeUndefined();
    expect(check.errors[0]).toMatch(/^The case file in this document cannot be read: not valid JSON/);
    expect(check.altered).toBe('unknown');
  });

  it('cannot tell what happened when the fingerprint differs and no version is known', () => {
    const check = checkDocument({
      embeddedCaseJson: json(CaseFile.parse({ schemaVersion: 1, operation: { codename: 'GREY GULL' } })),
      fingerprintPrinted: 'b'.repeat(64),
      currentRuleSet: rules,
    });
    expect(check).toMatchObject({ altered: 'unknown', sameRules: 'unknown' });
    expect(check.messages[0]).toMatch(/either the answers were changed or other rules were used/);
  });
});

describe('readPdfStamp', () => {
  it('finds nothing in a PDF the app did not make', () => {
    expect(readPdfStamp(new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Subject (Holiday photos) >> endobj\n'))).toEqual({});
  });

  it('reads a rule-set version once the Subject carries one, and PDF string escapes', () => {
    const subject = `/Subject (Proceed \\(test\\). Fingerprint ${'c'.repeat(64)}. Rule set a@1.0.0 b@2.0.0)`;
    expect(readPdfStamp(new TextEncoder().encode(`%PDF-1.3\n${subject}\n`))).toEqual({ fingerprint: 'c'.repeat(64), ruleSetVersion: 'a@1.0.0 b@2.0.0' });
  });
});
