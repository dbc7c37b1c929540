import { VERDICT_WORDS } from '../../domain/assessment.schema.ts';
import type { ChangesSinceApproval } from '../../domain/changes-since-approval.ts';

/** For a case already authorised: approving renews it, on this fresh assessment of what changed. */
export function RenewalNote({ changes }: { changes: ChangesSinceApproval | undefined }) {
  return (
    <section aria-labelledby="renewal-title" className="notice">
      <h2 id="renewal-title">Renewal of a running authorisation</h2>
      <p>This case is already authorised. Approving it now renews the authorisation on this fresh assessment; refusing ends it.</p>
      {changes ? (
        <>
          <p>
            What changed since the approval of {changes.approvedOn}: the verdict{' '}
            {changes.verdictThen === changes.verdictNow
              ? `is still “${VERDICT_WORDS[changes.verdictNow]}”`
              : `was “${VERDICT_WORDS[changes.verdictThen]}” and is now “${VERDICT_WORDS[changes.verdictNow]}”`}
            .
          </p>
          {changes.added.length > 0 && (
            <>
              <p>New findings:</p>
              <ul>
                {changes.added.map((title) => (
                  <li key={title}>{title}</li>
                ))}
              </ul>
            </>
          )}
          {changes.removed.length > 0 && <p>Findings no longer raised: {changes.removed.join(', ')}.</p>}
          {changes.added.length === 0 && changes.removed.length === 0 && <p>The findings are the same as at the approval.</p>}
        </>
      ) : (
        <p>The assessment the authorisation was approved on is not in the decision log, so what changed cannot be shown.</p>
      )}
    </section>
  );
}
