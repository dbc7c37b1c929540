import { logOf } from '../../domain/case-log.ts';
import { verifyLog } from '../../domain/decision-log.ts';
import { localIsoDate } from '../../domain/local-date.ts';
import { LifecycleBanner } from './lifecycle-banner.tsx';
import { EndOperation } from './end-operation.tsx';
import { lifecycleFromLog } from '../../machine/lifecycle-from-log.ts';
import type { Assessment } from '../../domain/assessment.schema.ts';
import type { NewLogEntry } from '../../domain/decision-log.schema.ts';

interface CaseLifecycleProps {
  log: unknown;
  assessment: Assessment;
  /** Who records a cancellation: the team, never an officer's name. */
  by: string;
  onLogged: (entry: NewLogEntry) => void;
}

/** Where the case stands with its authorisation, and whether its decision log was tampered with. */
export function CaseLifecycle({ log, assessment, by, onLogged }: CaseLifecycleProps) {
  const read = logOf({ log });
  if (!read.ok) {
    return (
      <div className="error-summary" role="alert">
        <p>{read.error} Ask for the case file again before you rely on its history.</p>
      </div>
    );
  }
  const chain = verifyLog(read.log);
  const today = localIsoDate(new Date());
  const state = lifecycleFromLog(read.log, today).state;
  return (
    <>
      {!chain.ok && (
        <div className="error-summary" role="alert">
          <h2>The decision log of this case was altered</h2>
          <ul>
            {chain.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <p>Its history cannot be relied on. Tell your supervisor and ask for the case file again.</p>
        </div>
      )}
      <LifecycleBanner log={read.log} today={today} />
      {(state === 'authorised' || state === 'reviewDue') && (
        <EndOperation assessment={assessment} by={by} now={() => new Date()} onLogged={onLogged} />
      )}
    </>
  );
}
