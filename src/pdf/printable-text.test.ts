import { describe, expect, it } from 'vitest';
import { printable, printableText } from './printable-text.ts';

describe('printableText', () => {
  it('turns tabs into spaces and keeps line breaks', () => {
    expect(printableText('Lorry\tBX-12\r\nDriver\tunknown')).toBe('Lorry BX-12\nDriver unknown');
  });

  it('removes control characters after which jsPDF would drop the rest of the line', () => {
    expect(printableText('before\u0000\u001b\u007f\u009fafter')).toBe('beforeafter');
  });

  it('removes the invisible direction controls, so a line is not laid out mirrored', () => {
    expect(printableText('\u200fexe.\u202efdp\u2066x\u2069\ufeff')).toBe('exe.fdpx');
  });

  it('leaves ordinary letters of every script alone', () => {
    expect(printableText('Łódź, Bălți, København, Αθήνα, بغداد, תל אביב')).toBe('Łódź, Bălți, København, Αθήνα, بغداد, תל אביב');
  });
});

describe('printable', () => {
  it('cleans every string of a nested value and keeps its shape', () => {
    const value = { a: 'x\ty', list: ['\u200fz', 3, null], nested: { flag: true, text: 'p\u0000q' } };
    expect(printable(value)).toEqual({ a: 'x y', list: ['z', 3, null], nested: { flag: true, text: 'pq' } });
  });
});
