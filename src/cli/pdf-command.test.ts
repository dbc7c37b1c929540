import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCaseFromPdf } from '../pdf/extract-case.ts';
import { REPO_ROOT } from './disk.ts';
import { runCli } from './main.ts';
import { takePdfOptions, writeAssessmentPdf } from './pdf-command.ts';
import { pageTexts } from '../../tests/support/poppler.ts';

const folder = mkdtempSync(join(tmpdir(), 'sit-pdf-cli-'));
const lorry = join(REPO_ROOT, 'tests', 'fixtures', 'overland-lorry-network.case.json');

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('assess <case.json> --pdf <out.pdf>', () => {
  it('writes the PDF with the chosen marking and says where', () => {
    const out = join(folder, 'lorry.pdf');
    const result = run('assess', lorry, '--pdf', out, '--marking', 'RESTRICTED');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(new RegExp(`^${out}: PDF written \\(.+, \\d+ kB\\)$`));
    const bytes = new Uint8Array(readFileSync(out));
    expect(pageTexts(bytes)[0]).toContain('RESTRICTED');
    expect(JSON.parse(extractCaseFromPdf(bytes) ?? 'null').operation.codename).toBe('AMBER KESTREL');
  });

  it('refuses --pdf without a file, --pdf with other commands and --marking alone', () => {
    expect(run('assess', lorry, '--pdf')).toMatchObject({ code: 2, err: '--pdf needs a value' });
    expect(run('validate', lorry, '--pdf', join(folder, 'x.pdf'))).toMatchObject({ code: 2, err: '--pdf only works with assess' });
    expect(run('assess', lorry, '--marking', 'SECRET').err).toBe('--marking only makes sense with --pdf <file>');
  });

  it('runs from npm run cli, reproducibly with SOURCE_DATE_EPOCH', () => {
    const write = (name: string) => {
      const out = join(folder, name);
      const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'assess', lorry, '--pdf', out], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: '1772719500' },
      });
      expect(result.status, result.stderr).toBe(0);
      return readFileSync(out);
    };
    expect(write('a.pdf').equals(write('b.pdf'))).toBe(true);
  }, 60_000); // two real CLI processes: slow on a loaded 2-core machine, and not a timing test
});

describe('writeAssessmentPdf', () => {
  it('reports a case file that cannot be read instead of writing a PDF', () => {
    expect(writeAssessmentPdf(join(folder, 'missing.json'), join(folder, 'never.pdf'))).toEqual({
      ok: false,
      errors: [`${join(folder, 'missing.json')}: file not found`],
    });
  });

  it('reports a PDF path that cannot be written', () => {
    const result = writeAssessmentPdf(lorry, join(folder, 'no-such-folder', 'out.pdf'), { generatedAt: new Date(0) });
    expect(result).toEqual({ ok: false, errors: [`${join(folder, 'no-such-folder', 'out.pdf')}: cannot be written (ENOENT)`] });
  });
});

describe('takePdfOptions', () => {
  it('leaves the other arguments in order', () => {
    expect(takePdfOptions('assess', ['case.json', '--pdf', 'out.pdf', '--json'])).toEqual({
      rest: ['case.json', '--json'],
      errors: [],
      pdf: { outPath: 'out.pdf' },
    });
  });
});
