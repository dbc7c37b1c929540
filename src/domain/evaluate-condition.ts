import type { FactCheck } from './assessment.schema.ts';
import { factCatalogue } from './fact-paths.ts';
import type { Facts } from './facts.ts';
import type { Condition, Leaf } from './rule.schema.ts';

/**
 * Three-valued (Kleene) logic: an unanswered fact makes a leaf `unknown`, and
 * unknown only decides the outcome when the known facts cannot. That keeps
 * "unknown" from ever being read as "no".
 */
export type Truth = 'true' | 'false' | 'unknown';

export interface ConditionResult {
  truth: Truth;
  /** The leaves that decide the truth value: the "why" of a finding. */
  because: FactCheck[];
  /** Facts whose answer would settle an unknown result. */
  unknownFacts: string[];
}

export function evaluateCondition(condition: Condition, facts: Facts): ConditionResult {
  if ('all' in condition) return combine(condition.all.map((child) => evaluateCondition(child, facts)), 'false');
  if ('any' in condition) return combine(condition.any.map((child) => evaluateCondition(child, facts)), 'true');
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, facts);
    return { ...inner, truth: inner.truth === 'true' ? 'false' : inner.truth === 'false' ? 'true' : 'unknown' };
  }
  return evaluateLeaf(condition, facts);
}

/** `all` is decided by any false child, `any` by any true child. */
function combine(results: ConditionResult[], deciding: 'true' | 'false'): ConditionResult {
  const decisive = results.filter((result) => result.truth === deciding);
  if (decisive.length > 0) return { truth: deciding, because: uniqueChecks(decisive.flatMap((r) => r.because)), unknownFacts: [] };
  const unknown = results.filter((result) => result.truth === 'unknown');
  if (unknown.length > 0) {
    return { truth: 'unknown', because: [], unknownFacts: unique(unknown.flatMap((r) => r.unknownFacts)) };
  }
  const other = deciding === 'true' ? 'false' : 'true';
  return { truth: other, because: uniqueChecks(results.flatMap((r) => r.because)), unknownFacts: [] };
}

const splitPaths = new Map<string, string[]>();

export function readFact(facts: Facts, path: string): unknown {
  let keys = splitPaths.get(path);
  if (!keys) splitPaths.set(path, (keys = path.split('.')));
  let value: unknown = facts;
  for (const key of keys) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function evaluateLeaf(leaf: Leaf, facts: Facts): ConditionResult {
  const actual = readFact(facts, leaf.fact);
  const truth = leafTruth(leaf, actual);
  if (truth === 'unknown') return { truth, because: [], unknownFacts: [leaf.fact] };
  const check: FactCheck = {
    fact: leaf.fact,
    question: factCatalogue().get(leaf.fact)?.question ?? leaf.fact,
    op: leaf.op,
    expected: leaf.value,
    actual,
  };
  return { truth, because: [check], unknownFacts: [] };
}

function leafTruth(leaf: Leaf, actual: unknown): Truth {
  const { op, value } = leaf;
  if (op === 'isEmpty' || op === 'isNotEmpty') {
    const empty = actual === undefined || actual === null || (actual as { length: number }).length === 0;
    return toTruth(op === 'isEmpty' ? empty : !empty);
  }
  if (actual === undefined || actual === null || actual === 'unknown') return 'unknown';
  switch (op) {
    case 'eq':
      return toTruth(actual === value);
    case 'ne':
      return toTruth(actual !== value);
    case 'in':
      return toTruth((value as unknown[]).includes(actual));
    case 'notIn':
      return toTruth(!(value as unknown[]).includes(actual));
    case 'includes':
    case 'excludes': {
      // An empty list is an unanswered question, not "none of these".
      if (!Array.isArray(actual) || actual.length === 0) return 'unknown';
      const found = actual.includes(value);
      return toTruth(op === 'includes' ? found : !found);
    }
    case 'gt':
      return toTruth((actual as number) > (value as number));
    case 'gte':
      return toTruth((actual as number) >= (value as number));
    case 'lt':
      return toTruth((actual as number) < (value as number));
    case 'lte':
      return toTruth((actual as number) <= (value as number));
  }
}

function toTruth(value: boolean): Truth {
  return value ? 'true' : 'false';
}

/** A fact read twice (say in a rule's scope and its condition) is explained once. */
function uniqueChecks(checks: FactCheck[]): FactCheck[] {
  const seen = new Set<string>();
  return checks.filter((check) => {
    const key = `${check.fact}|${check.op}|${JSON.stringify(check.expected)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Kleene AND of two truth values, used to combine a rule's scope with its condition. */
export function and(a: ConditionResult, b: ConditionResult): ConditionResult {
  return combine([a, b], 'false');
}

export const ALWAYS: ConditionResult = { truth: 'true', because: [], unknownFacts: [] };
