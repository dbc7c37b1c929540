import { CaseFile, type CaseFileInput } from '../../src/domain/case.schema.ts';
import { evaluate } from '../../src/domain/evaluate.ts';
import type { RuleSet } from '../../src/domain/load-rules.ts';
import type { Assessment } from '../../src/domain/assessment.schema.ts';
import { loadRuleSetFromDisk } from '../../src/cli/disk.ts';

type DeepPartial<T> = T extends readonly (infer U)[]
  ? U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type CaseOverrides = DeepPartial<Omit<CaseFileInput, 'schemaVersion'>>;

let ruleSet: RuleSet | undefined;
/** The real rule set from rules/, loaded once per test file. */
export function realRules(): RuleSet {
  if (!ruleSet) {
    const loaded = loadRuleSetFromDisk();
    if (!loaded.ok) throw new Error(`rule files do not load:\n${loaded.errors.join('\n')}`);
    ruleSet = loaded.ruleSet;
  }
  return ruleSet;
}

/** A case with only the given answers; everything else is unknown. */
export function caseWith(overrides: CaseOverrides): CaseFile {
  return CaseFile.parse(merge({ schemaVersion: 1, operation: { codename: 'TEST CASE' } }, overrides));
}

export function assess(overrides: CaseOverrides): Assessment {
  return evaluate(caseWith(overrides), realRules());
}

export function findingIds(assessment: Assessment): string[] {
  return assessment.findings.map((finding) => finding.ruleId);
}

function merge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object'
        ? merge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}
