import type { z } from 'zod';
import { StateInvolved } from '../../domain/case.schema.ts';
import { factCatalogue, listFactPaths, type FactInfo } from '../../domain/fact-paths.ts';

export type FieldKind =
  | { kind: 'answer'; question: string }
  | { kind: 'choice'; question: string; options: string[] }
  | { kind: 'multi-choice'; question: string; options: string[] }
  | { kind: 'lines'; question: string }
  | { kind: 'text'; question: string; long: boolean }
  | { kind: 'date'; question: string }
  | { kind: 'count'; question: string }
  | { kind: 'flag'; question: string };

const LONG_TEXT = /(objectives|summary|details|expectedResult|lessIntrusiveMeans|whyInsufficient|collateralLimitationMeasures|route)$/;

type Def = { type: string; options?: string[]; element?: z.ZodType; entries?: Record<string, string> };
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const optionsOf = (schema: z.ZodType) => Object.values(defOf(schema).entries ?? {});

let stateQuestions: Map<string, FactInfo> | undefined;
/** The questions asked about each state on the route, by path inside one state. */
export function stateCatalogue(): Map<string, FactInfo> {
  stateQuestions ??= listFactPaths(StateInvolved);
  return stateQuestions;
}

// The same object for the same question every time, so a field need not render again when its form does.
const known = new WeakMap<Map<string, FactInfo>, Map<string, FieldKind>>();

/** How to ask a case-file question, read from its zod schema. */
export function fieldKind(path: string, catalogue: Map<string, FactInfo> = factCatalogue()): FieldKind {
  let kinds = known.get(catalogue);
  if (!kinds) known.set(catalogue, (kinds = new Map()));
  let kind = kinds.get(path);
  if (!kind) kinds.set(path, (kind = kindOf(path, catalogue)));
  return kind;
}

function kindOf(path: string, catalogue: Map<string, FactInfo>): FieldKind {
  const info = catalogue.get(path);
  if (!info) throw new Error(`No question in the case file for "${path}"`);
  const { question, schema } = info;
  const def = defOf(schema);
  switch (def.type) {
    case 'enum': {
      const options = optionsOf(schema);
      if (options.join() === 'yes,no,unknown') return { kind: 'answer', question };
      return { kind: 'choice', question, options };
    }
    case 'array': {
      const element = def.element!;
      return defOf(element).type === 'enum'
        ? { kind: 'multi-choice', question, options: optionsOf(element) }
        : { kind: 'lines', question };
    }
    case 'number':
      return { kind: 'count', question };
    case 'boolean':
      return { kind: 'flag', question };
    case 'union':
      return { kind: 'date', question };
    default:
      return { kind: 'text', question, long: LONG_TEXT.test(path) };
  }
}
