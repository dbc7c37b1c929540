import { describe, expect, it } from 'vitest';
import { passphraseProblem } from './passphrase-rules.ts';

const TOO_SHORT = 'Use at least 12 characters; a short sentence is easiest to remember.';
const REPEATED =
  'Do not repeat one character over and over: it is easy to guess. A short sentence is easiest to remember.';

describe('passphraseProblem', () => {
  it('accepts a short sentence', () => {
    expect(passphraseProblem('the gull flies at nine tonight')).toBeUndefined();
    expect(passphraseProblem('grey gull 21')).toBeUndefined(); // exactly 12
  });

  it('asks for a passphrase when none was typed', () => {
    expect(passphraseProblem('')).toBe('Type a passphrase. A short sentence is easiest to remember.');
  });

  it('asks for at least 12 characters', () => {
    expect(passphraseProblem('grey gull 2')).toBe(TOO_SHORT); // 11
    expect(passphraseProblem('Tr0ub4dor&3')).toBe(TOO_SHORT); // symbols do not make up for length
  });

  it('counts characters as a person does: an accent or an emoji is one', () => {
    // Eleven accented letters, each typed as a letter plus a combining accent: 22 code units.
    expect(passphraseProblem('e\u0301'.repeat(11))).toBe(TOO_SHORT);
    // Eleven emoji: 22 code units, but 11 characters.
    expect(passphraseProblem('🚤🌊🚤🌊🚤🌊🚤🌊🚤🌊🚤')).toBe(TOO_SHORT);
    expect(passphraseProblem('réunion à neuf heures')).toBeUndefined();
  });

  it('refuses one character repeated, spaces included', () => {
    expect(passphraseProblem('aaaaaaaaaaaa')).toBe(REPEATED);
    expect(passphraseProblem(' '.repeat(20))).toBe(REPEATED);
    expect(passphraseProblem('🚤'.repeat(12))).toBe(REPEATED);
    expect(passphraseProblem('aaaaaaaaaaab')).toBeUndefined();
  });
});
