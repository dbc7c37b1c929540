import { z } from 'zod';
import { Technique } from './case.schema.ts';

/**
 * A rule module: one file in rules/, data not code, readable by a lawyer.
 * Conditions are trees of all / any / not over leaves { fact, op, value }.
 */
export const OPERATORS = [
  'eq',
  'ne',
  'in',
  'notIn',
  'includes',
  'excludes',
  'gt',
  'gte',
  'lt',
  'lte',
  'isEmpty',
  'isNotEmpty',
] as const;
export const Operator = z.enum(OPERATORS);
export type Operator = z.infer<typeof Operator>;

const FactValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

export const Leaf = z.strictObject({
  fact: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/, 'must be a dotted fact path'),
  op: Operator,
  value: FactValue.optional(),
});
export type Leaf = z.infer<typeof Leaf>;

export type Condition = Leaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
    Leaf,
  ]),
);

export const SEVERITIES = ['info', 'advisory', 'high', 'blocking'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const PHASES = ['planning', 'authorisation', 'execution', 'post-operation'] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

/** Who signs, from lowest to highest. */
export const AUTHORITIES = ['senior-officer', 'prosecutor', 'judge'] as const;
export const Authority = z.enum(AUTHORITIES);
export type Authority = z.infer<typeof Authority>;

const plain = (max: number) => z.string().trim().min(1).max(max);

export const Citation = z.strictObject({
  doc: z.string().min(1),
  para: z.number().int().positive(),
  excerpt: z.string().trim().min(10).max(1500),
});
export type Citation = z.infer<typeof Citation>;

export const ChecklistItem = z.strictObject({
  item: plain(300),
  phase: Phase,
  role: plain(80),
});

export const InterventionEntry = z.strictObject({
  trigger: plain(300),
  action: plain(400),
  who: plain(80),
  /** Fact that says whether the case has planned this; anything but "yes" is a gap. */
  coveredBy: z.string().optional(),
});

const score = z.number().int().min(1).max(5);
export const Risk = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: plain(200),
  likelihood: score,
  impact: score,
  mitigations: z
    .array(
      z.strictObject({
        fact: z.string(),
        label: plain(200),
        likelihood: z.number().int().min(0).max(4).default(0),
        impact: z.number().int().min(0).max(4).default(0),
      }),
    )
    .default([]),
});

export const Rule = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    title: plain(160),
    explanation: plain(1200),
    /** What must change for the finding to go away, in words for the officer. */
    remedy: plain(600),
    techniques: z.array(z.union([Technique, z.literal('any')])).min(1),
    /** `practice`: good practice the papers do not state as such; citations give context. */
    basis: z.enum(['paper', 'practice']).default('paper'),
    practiceNote: z.string().optional(),
    appliesWhen: Condition.optional(),
    when: Condition,
    severity: Severity,
    authority: Authority.optional(),
    checklist: z.array(ChecklistItem).default([]),
    intervention: z.array(InterventionEntry).default([]),
    risk: Risk.optional(),
    citations: z.array(Citation).default([]),
  })
  .refine((rule) => rule.basis === 'practice' || rule.citations.length > 0, {
    message: 'a rule based on the papers needs at least one citation',
    path: ['citations'],
  })
  .refine((rule) => rule.basis === 'paper' || Boolean(rule.practiceNote), {
    message: 'a practice rule needs a practiceNote saying what the papers do not say',
    path: ['practiceNote'],
  });
export type Rule = z.infer<typeof Rule>;

export const RuleModule = z.strictObject({
  $schema: z.string().optional(),
  module: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: plain(120),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0'),
  description: plain(1000),
  rules: z.array(Rule).min(1),
});
export type RuleModule = z.infer<typeof RuleModule>;
