import { optionLabel } from '../steps/option-labels.ts';

/** An answer as the user chose it, in words. */
export function answerWords(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => answerWords(item)).join(', ') || 'none';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value === '' ? '(empty)' : optionLabel(value);
  return '(not answered)';
}
