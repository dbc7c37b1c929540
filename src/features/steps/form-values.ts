import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import { CaseFile } from '../../domain/case.schema.ts';
import { mergeAnswers, type Answers } from '../../machine/answers.ts';
import type { StepItem } from './step-fields.ts';

const blank = CaseFile.parse({ schemaVersion: 1, operation: { codename: 'x' } });
const BLANK_CASE: Record<string, unknown> = { ...blank, operation: { ...blank.operation, codename: '' } };

type Section = keyof typeof CaseFile.shape;
type FormValues = Record<string, unknown>;

/** The form starts from every question of its sections unanswered, with what the user typed on top. */
export function formDefaults(answers: Answers, sections: readonly Section[]): FormValues {
  const pick = (from: Record<string, unknown>) =>
    Object.fromEntries(sections.filter((section) => section in from).map((section) => [section, from[section]]));
  return mergeAnswers(pick(BLANK_CASE), pick(answers));
}

export interface StepSetup {
  /** The case-file sections the step edits. */
  sections: Section[];
  /** Checks those sections against the case-file schema on "Next". */
  resolver: Resolver<FormValues>;
}

// One per step for the whole session: zod 4 works out how to parse an object schema on its first
// parse, so a schema made afresh for every visit paid for that again on every "Save and continue".
const setups = new WeakMap<StepItem[], StepSetup>();

export function stepSetup(items: StepItem[]): StepSetup {
  let setup = setups.get(items);
  if (!setup) {
    const sections = new Set<Section>();
    for (const item of items) {
      if (typeof item === 'string') sections.add(item.split('.')[0] as Section);
      else if ('editor' in item) sections.add('operation');
    }
    const schema = z.object(Object.fromEntries([...sections].map((section) => [section, CaseFile.shape[section]])));
    setup = { sections: [...sections], resolver: zodResolver(schema as never) as unknown as Resolver<FormValues> };
    setups.set(items, setup);
  }
  return setup;
}
