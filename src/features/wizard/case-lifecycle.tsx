import { logOf } from '../../domain/case-log.ts';
import { verifyLog } from '../../domain/decision-log.ts';
import { localIsoDate } from '../../domain/local-date.ts';
import { LifecycleBanner } from './lifecycle-banner.tsx';

/** Where the case stands with its authorisation, and whether its decision log was tampered with. */
export function CaseLifecycle({ log }: { log: unknown }) {
  const read = logOf({ log });
  if (!read.ok) {
    return (
      <div className="error-summary" role="alert">
        <p>{read.error} Ask for the case file again before you rely on its history.</p>
      </div>
    );
  }
  const chain = verifyLog(read.log);
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
      <LifecycleBanner log={read.log} today={localIsoDate(new Date())} />
    </>
  );
}
