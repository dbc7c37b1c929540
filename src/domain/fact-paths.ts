import { z } from 'zod';
import { Facts } from './facts.ts';

export interface FactInfo {
  /** The leaf schema with defaults and nullability unwrapped. */
  schema: z.ZodType;
  /** True for numbers and other values where null means "not answered". */
  nullable: boolean;
  /** The plain-English question or meaning, from the schema's description. */
  question: string;
}

type AnyDef = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };

/** Every fact a rule may read, by dotted path, derived from the zod schemas. */
export function listFactPaths(schema: z.ZodType = Facts): Map<string, FactInfo> {
  const paths = new Map<string, FactInfo>();
  walk(schema, '', paths, { nullable: false, question: '' });
  return paths;
}

function walk(
  schema: z.ZodType,
  path: string,
  paths: Map<string, FactInfo>,
  seen: { nullable: boolean; question: string },
): void {
  const def = schema._zod.def as unknown as AnyDef;
  const question = seen.question || schema.description || '';
  switch (def.type) {
    case 'default':
    case 'prefault':
    case 'optional':
      walk(def.innerType!, path, paths, { ...seen, question });
      return;
    case 'nullable':
      walk(def.innerType!, path, paths, { nullable: true, question });
      return;
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {})) {
        walk(child, path ? `${path}.${key}` : key, paths, { nullable: false, question: '' });
      }
      return;
    default:
      paths.set(path, { schema, nullable: seen.nullable, question: question || path });
  }
}

let cached: Map<string, FactInfo> | undefined;
export function factCatalogue(): Map<string, FactInfo> {
  cached ??= listFactPaths();
  return cached;
}
