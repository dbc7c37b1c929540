import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CaseFile } from './case.schema.ts';
import { listFactPaths } from './fact-paths.ts';
import { parseCaseFile } from './parse-case.ts';

describe('case file schema', () => {
  it('fills every unanswered question with unknown, never no', () => {
    const caseFile = CaseFile.parse({ schemaVersion: 1, operation: { codename: 'KESTREL' } });
    const answers = [...listFactPaths(CaseFile).keys()]
      .map((path) => path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], caseFile))
      .filter((value) => typeof value === 'string' && ['yes', 'no', 'unknown'].includes(value));
    expect(answers.length).toBeGreaterThan(80);
    expect(new Set(answers)).toEqual(new Set(['unknown']));
    expect(caseFile.people.migrantCount).toBeNull();
  });

  it('round-trips: a parsed case parses to itself', () => {
    const caseFile = CaseFile.parse({
      schemaVersion: 1,
      operation: {
        codename: 'KESTREL',
        states: [{ name: 'Ruritania', role: 'origin', techniquePermitted: { controlledDelivery: 'prohibited' } }],
      },
      techniques: { selected: ['informant'], informant: { codename: 'SPARROW', category: 'confidential' } },
      legality: { authorisedFrom: '2026-12-01', authorisedUntil: '' },
    });
    expect(CaseFile.parse(JSON.parse(JSON.stringify(caseFile)))).toEqual(caseFile);
  });

  it('names the field and says what is wrong', () => {
    const result = parseCaseFile(
      JSON.stringify({
        schemaVersion: 1,
        operation: { codename: ' ', states: [{ name: 'Ruritania', role: 'harbour' }] },
        people: { migrantCount: -3, kids: 'yes' },
        legality: { authorisedUntil: '31/12/2026' },
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'operation.codename: Enter an operation codename',
      'operation.states[0].role: Invalid option: expected one of "origin"|"transit"|"destination"|"other"',
      'people.migrantCount: Too small: expected number to be >=0',
      'people.kids: is not a field of this file (check the spelling)',
      'legality.authorisedUntil: Enter a date as YYYY-MM-DD, or leave it empty',
    ]);
  });

  it('refuses a file from a newer version with a clear message', () => {
    const result = parseCaseFile('{"schemaVersion": 7, "operation": {"codename": "X"}}');
    expect(result.ok ? '' : result.errors[0]).toContain('newer version of SIT Risk Wizard');
  });

  it('says plainly when a JSON file is not a case file at all', () => {
    const result = parseCaseFile('{"name": "some-package", "version": "1.0.0"}');
    expect(result.ok ? [] : result.errors).toEqual([
      '(whole file): this is not a SIT Risk Wizard case file (it has no schemaVersion and no operation)',
    ]);
  });

  it('refuses files that are not JSON objects', () => {
    for (const text of ['', '[]', 'null', '{"schemaVersion":', '"text"']) {
      const result = parseCaseFile(text);
      expect(result.ok).toBe(false);
    }
    expect(parseCaseFile('x'.repeat(6_000_000)).ok).toBe(false);
  });

  it('exports a JSON Schema with the questions as descriptions', () => {
    const schema = JSON.stringify(z.toJSONSchema(CaseFile, { io: 'input' }));
    expect(schema).toContain('Is a rescue team ready?');
    expect(schema).toContain('"additionalProperties":false');
  });
});
