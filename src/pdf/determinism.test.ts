import { describe, expect, it } from 'vitest';
import { renderChecklistPdfBytes } from './render-checklist.ts';
import { FIXED_DATE, fixtureCase, pdfInputFor } from '../../tests/support/pdf-input.ts';
import { pageTexts } from '../../tests/support/poppler.ts';

describe('the same input gives the same PDF', () => {
  const input = pdfInputFor(fixtureCase('overland-lorry-network'));

  it('byte for byte, with a fixed date', () => {
    const first = renderChecklistPdfBytes(input);
    const second = renderChecklistPdfBytes(pdfInputFor(fixtureCase('overland-lorry-network')));
    expect(second.length).toBe(first.length);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('only the date lines change when the date does', () => {
    const later = new Date(FIXED_DATE.getTime() + 86_400_000);
    const first = renderChecklistPdfBytes(input);
    const second = renderChecklistPdfBytes({ ...input, options: { ...input.options, generatedAt: later } });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(false);
    const [firstCover, ...firstRest] = pageTexts(first);
    const [secondCover, ...secondRest] = pageTexts(second);
    expect(secondRest).toEqual(firstRest);
    expect(firstCover).toContain('5 March 2026, 14:05 UTC');
    expect(secondCover).toContain('6 March 2026, 14:05 UTC');
  });

  it('uses the document id it is given', () => {
    const text = pageTexts(renderChecklistPdfBytes({ ...input, options: { ...input.options, documentId: 'SIT-2026-0042' } }));
    expect(text.every((page) => page.includes('Document SIT-2026-0042'))).toBe(true);
  });
});
