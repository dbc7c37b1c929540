import { useMemo } from 'react';
import { loadedRules } from '../../app/rule-set.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import type { Assessment } from '../../domain/assessment.schema.ts';
import { logOf } from '../../domain/case-log.ts';
import { returnedQueries, type ReturnedQueries } from '../../domain/returned-queries.ts';

/** The supervisor's queries while the open case stands returned for more work. */
export function useReturnedQueries(assessment: Assessment | undefined): ReturnedQueries | undefined {
  const log = WizardActor.useSelector((snapshot) => snapshot.context.answers.log);
  return useMemo(() => {
    const read = logOf({ log });
    if (!read.ok || !assessment) return undefined;
    return returnedQueries(read.log, assessment, loadedRules.ok ? loadedRules.ruleSet : undefined);
  }, [log, assessment]);
}
