import { z } from 'zod';
import { Technique } from './case.schema.ts';
import { Authority, Phase, Severity } from './rule.schema.ts';

/** What the evaluator produces from a case file and a rule set. */
export const VERDICTS = ['proceed', 'proceed-with-conditions', 'escalate', 'do-not-proceed'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const VERDICT_WORDS: Record<Verdict, string> = {
  proceed: 'Proceed',
  'proceed-with-conditions': 'Proceed with conditions',
  escalate: 'Escalate to a higher authority',
  'do-not-proceed': 'Do not proceed',
};

export const AUTHORITY_WORDS: Record<Authority, string> = {
  'senior-officer': 'Senior officer',
  prosecutor: 'Prosecutor',
  judge: 'Judge',
};

export const FactCheck = z.object({
  fact: z.string(),
  question: z.string(),
  op: z.string(),
  expected: z.unknown(),
  actual: z.unknown(),
});
export type FactCheck = z.infer<typeof FactCheck>;

export const SourceRef = z.object({
  doc: z.string(),
  para: z.number(),
  label: z.string(),
  excerpt: z.string(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const Finding = z.object({
  ruleId: z.string(),
  module: z.string(),
  title: z.string(),
  severity: Severity,
  basis: z.enum(['paper', 'practice']),
  explanation: z.string(),
  remedy: z.string(),
  practiceNote: z.string().optional(),
  techniques: z.array(z.string()),
  because: z.array(FactCheck),
  sources: z.array(SourceRef),
});
export type Finding = z.infer<typeof Finding>;

const RiskScore = z.object({ likelihood: z.number(), impact: z.number(), score: z.number() });
export const RiskEntry = z.object({
  id: z.string(),
  title: z.string(),
  ruleId: z.string(),
  confirmed: z.boolean(),
  before: RiskScore,
  after: RiskScore,
  measuresInPlace: z.array(z.string()),
  measuresMissing: z.array(z.string()),
});
export type RiskEntry = z.infer<typeof RiskEntry>;

export const ChecklistEntry = z.object({
  id: z.string(),
  text: z.string(),
  phase: Phase,
  technique: z.union([Technique, z.literal('general')]),
  role: z.string(),
  ruleId: z.string(),
  /** True when the rule may apply but a fact it depends on is still unknown. */
  conditional: z.boolean(),
  sources: z.array(SourceRef),
});
export type ChecklistEntry = z.infer<typeof ChecklistEntry>;

export const InterventionStatus = z.enum(['planned', 'missing', 'unconfirmed', 'to-plan']);
export const InterventionItem = z.object({
  trigger: z.string(),
  action: z.string(),
  who: z.string(),
  ruleId: z.string(),
  status: InterventionStatus,
  coveredBy: z.string().optional(),
  sources: z.array(SourceRef),
});
export type InterventionItem = z.infer<typeof InterventionItem>;

export const OpenQuestion = z.object({
  fact: z.string(),
  question: z.string(),
  neededBy: z.array(z.object({ ruleId: z.string(), severity: Severity })),
});
export type OpenQuestion = z.infer<typeof OpenQuestion>;

export const Assessment = z.object({
  caseSchemaVersion: z.number(),
  ruleSetVersion: z.string(),
  codename: z.string(),
  techniques: z.array(Technique),
  verdict: z.object({
    outcome: Verdict,
    words: z.string(),
    reasons: z.array(z.string()),
    authority: Authority,
    authorityReasons: z.array(z.string()),
  }),
  findings: z.array(Finding),
  riskRegister: z.array(RiskEntry),
  checklist: z.array(ChecklistEntry),
  interventionPlan: z.object({
    required: z.boolean(),
    abortAuthority: z.string(),
    triggers: z.array(z.string()),
    entries: z.array(InterventionItem),
    gaps: z.array(z.string()),
  }),
  openQuestions: z.array(OpenQuestion),
});
export type Assessment = z.infer<typeof Assessment>;
