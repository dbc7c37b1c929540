import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './disk.ts';
import { runCli } from './main.ts';

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
const folder = mkdtempSync(join(tmpdir(), 'sit-cli-'));
function caseFile(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}
const valid = caseFile('valid.json', JSON.stringify({ schemaVersion: 1, operation: { codename: 'HARRIER' } }));

describe('command line', () => {
  it('validates a good case file with exit 0', () => {
    expect(run('validate', valid)).toEqual({ code: 0, out: `${valid}: valid case file (operation HARRIER)`, err: '' });
  });

  it('lists each problem of a broken case file on its own line, naming the field', () => {
    const broken = caseFile(
      'broken.json',
      JSON.stringify({ schemaVersion: 1, operation: { codename: 'X' }, people: { riskToLife: 'perhaps' } }),
    );
    const result = run('validate', broken);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `${broken}: people.riskToLife: Invalid option: expected one of "yes"|"no"|"unknown"`,
    );
  });

  it('explains files that are not JSON or do not exist, without a stack trace', () => {
    const notJson = caseFile('not-json.json', '{ "schemaVersion": 1, ');
    expect(run('validate', notJson).err).toMatch(/not-json\.json: not valid JSON/);
    expect(run('assess', join(folder, 'missing.json'))).toMatchObject({ code: 1, err: `${join(folder, 'missing.json')}: file not found` });
    expect(run('validate', folder).err).toContain('is a folder, not a case file');
  });

  it('prints usage and exit 2 for a wrong command', () => {
    expect(run('asses', valid)).toMatchObject({ code: 2 });
    expect(run('assess')).toMatchObject({ code: 2 });
    expect(run('assess').err).toContain('needs exactly one case file');
  });

  it('assesses a case as text and as JSON', () => {
    const text = run('assess', valid);
    expect(text.code).toBe(0);
    expect(text.out).toContain('VERDICT:');
    expect(text.out).toContain('OPEN QUESTIONS');
    const json = JSON.parse(run('assess', valid, '--json').out) as { verdict: { outcome: string } };
    expect(['proceed', 'proceed-with-conditions', 'escalate', 'do-not-proceed']).toContain(json.verdict.outcome);
  });

  it('lists the rules and prints the case JSON Schema', () => {
    expect(run('rules').out).toMatch(/\d+ modules, \d+ rules$/);
    expect(JSON.parse(run('rules', '--json').out)).toBeInstanceOf(Array);
    const schema = JSON.parse(run('schema').out) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toContain('intervention');
  });

  it('sets the process exit code when run as a program', () => {
    const cli = join(REPO_ROOT, 'src', 'cli', 'main.ts');
    const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    expect(execFileSync(tsx, [cli, 'validate', valid], { encoding: 'utf8' })).toContain('valid case file');
    const broken = spawnSync(tsx, [cli, 'validate', caseFile('bad.json', '[]')], { encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toBe(`${join(folder, 'bad.json')}: (whole file): a case file must be a JSON object\n`);
  });
});
