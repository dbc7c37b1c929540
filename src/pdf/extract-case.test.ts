import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../domain/parse-case.ts';
import { CASE_ATTACHMENT_NAME } from './embed-case.ts';
import { extractCaseFromPdf } from './extract-case.ts';
import { renderChecklistPdfBytes } from './render-checklist.ts';
import { fixtureCase, pdfInputFor } from '../../tests/support/pdf-input.ts';
import { run, withPdfFile } from '../../tests/support/poppler.ts';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

describe('the case file embedded in the PDF', () => {
  const caseFile = fixtureCase('overland-lorry-network');
  const bytes = renderChecklistPdfBytes(pdfInputFor(caseFile));

  it('reads back as the same case file, diacritics included', () => {
    const json = extractCaseFromPdf(bytes);
    expect(json).toBeDefined();
    expect(json).toContain('Łódź');
    const parsed = parseCaseFile(json as string);
    expect(parsed.ok && parsed.caseFile).toEqual(caseFile);
  });

  it('is a real attachment that other PDF readers list and save', () => {
    withPdfFile(bytes, (path) => {
      expect(run('pdfdetach', ['-list', path]).stdout).toContain(`1: ${CASE_ATTACHMENT_NAME}`);
      const saved = join(dirname(path), 'saved.json');
      expect(run('pdfdetach', ['-save', '1', '-o', saved, path]).status).toBe(0);
      expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(caseFile);
    });
  });

  it('still reads back after qpdf re-saves the PDF with compressed object streams', () => {
    const resaved = withPdfFile(bytes, (path) => {
      const out = join(dirname(path), 'resaved.pdf');
      const result = run('qpdf', ['--object-streams=generate', path, out]);
      expect(result.status, result.stderr).toBe(0);
      return new Uint8Array(readFileSync(out));
    });
    expect(JSON.parse(extractCaseFromPdf(resaved) ?? 'null')).toEqual(caseFile);
  });

  it('is undefined for a PDF without a case file, and for bytes that are not a PDF', () => {
    const plain = new jsPDF();
    plain.text('No attachment here', 10, 10);
    expect(extractCaseFromPdf(new Uint8Array(plain.output('arraybuffer')))).toBeUndefined();
    expect(extractCaseFromPdf(new TextEncoder().encode('not a pdf at all'))).toBeUndefined();
    expect(extractCaseFromPdf(new Uint8Array(0))).toBeUndefined();
  });

  it('is undefined when the attachment is damaged', () => {
    const damaged = new Uint8Array(bytes);
    const text = new TextDecoder('latin1').decode(damaged);
    const start = text.indexOf('stream', text.indexOf('/Type /EmbeddedFile')) + 'stream\n'.length;
    for (let index = start + 2; index < start + 40; index++) damaged[index] = 0;
    expect(extractCaseFromPdf(damaged)).toBeUndefined();
  });
});
