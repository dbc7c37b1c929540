import { useMemo } from 'react';
import type { Assessment } from '../../domain/assessment.schema.ts';
import { evaluate } from '../../domain/evaluate.ts';
import { caseForAssessment } from '../../domain/lenient-case.ts';
import { loadedRules } from '../../app/rule-set.ts';
import { WizardActor } from '../../app/wizard-actor.ts';

/** The assessment of the answers as they stand, recomputed when they change. */
export function useAssessment(): Assessment | undefined {
  const answers = WizardActor.useSelector((snapshot) => snapshot.context.answers);
  return useMemo(() => {
    if (!loadedRules.ok) return undefined;
    return evaluate(caseForAssessment(answers).caseFile, loadedRules.ruleSet);
  }, [answers]);
}
