import { describe, expect, it } from 'vitest';
import { readSeedLibrary } from '../cli/disk.ts';
import { loadRuleSet } from './load-rules.ts';

const library = readSeedLibrary();
const rule = (extra: Record<string, unknown> = {}) => ({
  id: 'test-rule',
  title: 'A test rule',
  explanation: 'Explains the rule.',
  remedy: 'Fix the case.',
  techniques: ['any'],
  when: { fact: 'intervention.planInPlace', op: 'eq', value: 'no' },
  severity: 'high',
  citations: [{ doc: 'sit-2013', para: 19, excerpt: 'exit strategy and rescue team should be put in place' }],
  ...extra,
});
const moduleWith = (...rules: unknown[]) => ({
  name: 'rules/test.rules.json',
  content: { module: 'test', title: 'Test', version: '1.0.0', description: 'Test module.', rules },
});
const errorsOf = (...rules: unknown[]) => {
  const result = loadRuleSet([moduleWith(...rules)], library);
  return result.ok ? [] : result.errors;
};

describe('loading rule modules', () => {
  it('accepts a well-formed module with a verbatim citation', () => {
    expect(errorsOf(rule())).toEqual([]);
  });

  it('names the file, rule and field when a fact path does not exist', () => {
    expect(errorsOf(rule({ when: { all: [{ fact: 'people.kids', op: 'eq', value: 'yes' }] } }))).toEqual([
      'rules/test.rules.json: rules[0] (test-rule) when.all[0].fact: "people.kids" is not a fact of the case file',
    ]);
  });

  it('rejects a value the fact can never take', () => {
    const [error] = errorsOf(rule({ when: { fact: 'intervention.rescueTeam', op: 'eq', value: 'maybe' } }));
    expect(error).toContain('when.value: "maybe" is not a possible value');
  });

  it('allows emptiness checks on text and dates, not on answers', () => {
    expect(errorsOf(rule({ when: { fact: 'legality.authorisedUntil', op: 'isEmpty' } }))).toEqual([]);
    expect(errorsOf(rule({ when: { fact: 'intervention.abortAuthority', op: 'isEmpty' } }))).toEqual([]);
    expect(errorsOf(rule({ when: { fact: 'intervention.rescueTeam', op: 'isEmpty' } }))[0]).toContain(
      'only works on a list or text fact',
    );
  });

  it('rejects comparing with "unknown"', () => {
    const [error] = errorsOf(rule({ when: { fact: 'intervention.rescueTeam', op: 'eq', value: 'unknown' } }));
    expect(error).toContain('do not compare with "unknown"');
  });

  it('rejects a citation of a paragraph that does not exist', () => {
    const [error] = errorsOf(rule({ citations: [{ doc: 'sit-2013', para: 31, excerpt: 'something long enough' }] }));
    expect(error).toBe('rules/test.rules.json: rules[0] (test-rule) citations[0].para: sit-2013 has no paragraph 31');
  });

  it('rejects an excerpt that is not verbatim in the cited paragraph', () => {
    const [error] = errorsOf(
      rule({ citations: [{ doc: 'sit-2013', para: 19, excerpt: 'a rescue team must always be ready' }] }),
    );
    expect(error).toContain('citations[0].excerpt: not found verbatim in sit-2013 para 19');
  });

  it('can skip the excerpt check, but never the check that the paper exists', () => {
    const bad = moduleWith(rule({ citations: [{ doc: 'sit-2013', para: 19, excerpt: 'words the paper does not contain' }] }));
    expect(loadRuleSet([bad], library, { checkExcerpts: false }).ok).toBe(true);
    const unknown = moduleWith(rule({ citations: [{ doc: 'sit-2099', para: 1, excerpt: 'anything at all here' }] }));
    expect(loadRuleSet([unknown], library, { checkExcerpts: false }).ok).toBe(false);
  });

  it('rejects an unknown paper and a paper rule without citations', () => {
    expect(errorsOf(rule({ citations: [{ doc: 'sit-2099', para: 1, excerpt: 'anything at all here' }] }))[0]).toContain(
      '"sit-2099" is not a source paper',
    );
    expect(errorsOf(rule({ citations: [] }))[0]).toContain('a rule based on the papers needs at least one citation');
  });

  it('requires practice rules to say what the papers do not say', () => {
    expect(errorsOf(rule({ basis: 'practice', citations: [] }))[0]).toContain('practiceNote');
    expect(errorsOf(rule({ basis: 'practice', practiceNote: 'Common practice.', citations: [] }))).toEqual([]);
  });

  it('reports broken JSON and duplicate rule ids with the file name', () => {
    const broken = loadRuleSet([{ name: 'rules/broken.rules.json', content: '{ "module": ' }], library);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatch(/^rules\/broken\.rules\.json: not valid JSON/);
    expect(errorsOf(rule(), rule())[0]).toContain('rule id is already used');
  });

  it('checks intervention and mitigation facts too', () => {
    const errors = errorsOf(
      rule({
        intervention: [{ trigger: 'x', action: 'y', who: 'z', coveredBy: 'intervention.helicopter' }],
        risk: { id: 'r', title: 'R', likelihood: 3, impact: 3, mitigations: [{ fact: 'nope', label: 'L', likelihood: 1 }] },
      }),
    );
    expect(errors).toHaveLength(2);
  });

  it('loads every real rule module without a problem', async () => {
    const { loadRuleSetFromDisk } = await import('../cli/disk.ts');
    const loaded = loadRuleSetFromDisk();
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
  });
});
