import { z } from 'zod';
import { CaseFile } from '../../domain/case.schema.ts';
import { mergeAnswers, type Answers } from '../../machine/answers.ts';
import type { StepItem } from './step-fields.ts';

const blank = CaseFile.parse({ schemaVersion: 1, operation: { codename: 'x' } });
const BLANK_CASE = { ...blank, operation: { ...blank.operation, codename: '' } };

/** The form starts from every question unanswered, with what the user typed on top. */
export function formDefaults(answers: Answers): Record<string, unknown> {
  return mergeAnswers(structuredClone(BLANK_CASE) as Record<string, unknown>, answers);
}

type Section = keyof typeof CaseFile.shape;

/** The case-file sections a step edits, and the zod schema that checks them on "Next". */
export function stepSchema(items: StepItem[]) {
  const sections = new Set<Section>();
  for (const item of items) {
    if (typeof item === 'string') sections.add(item.split('.')[0] as Section);
    else if ('editor' in item) sections.add('operation');
  }
  const shape = Object.fromEntries([...sections].map((section) => [section, CaseFile.shape[section]]));
  return { sections: [...sections], schema: z.object(shape) };
}
