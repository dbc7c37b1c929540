import { useMachine } from '@xstate/react';
import { useEffect, useMemo, useState } from 'react';
import { fromPromise } from 'xstate';
import { loadedRules } from '../../app/rule-set.ts';
import { localIsoDate } from '../../domain/local-date.ts';
import { makeReviewRecord } from '../../domain/review-record.ts';
import { changesSinceApproval } from '../../domain/changes-since-approval.ts';
import { lifecycleFromLog } from '../../machine/lifecycle-from-log.ts';
import { RenewalNote } from './renewal-note.tsx';
import type { Review } from '../../domain/review.schema.ts';
import { reviewMachine } from '../../machine/review.machine.ts';
import type { FileToReview, OpenResult } from '../../machine/review.types.ts';
import { readDocumentForReview } from '../../storage/review-document-io.ts';
import { useKeptReview } from './use-kept-review.ts';
import type { DraftsLock } from '../../storage/drafts-lock.ts';
import { LifecycleBanner } from '../wizard/lifecycle-banner.tsx';
import { DecisionForm } from './decision-form.tsx';
import { DocumentCheckPanel } from './document-check-panel.tsx';
import { ReviewExports } from './review-exports.tsx';
import { ReviewItemsList } from './review-items-list.tsx';

interface SupervisorScreenProps {
  onClose: () => void;
  /** The drafts' passphrase protection: the review kept on this device is sealed with it when it is on. */
  lock?: DraftsLock;
  /** Injected so tests and exports are reproducible. */
  now?: () => Date;
}

/** A supervisor opens an exported checklist, checks it, goes through it and records a decision. */
export function SupervisorScreen({ onClose, lock, now = () => new Date() }: SupervisorScreenProps) {
  const machine = useMemo(
    () =>
      reviewMachine.provide({
        actors: {
          openDocument: fromPromise<OpenResult, { file: FileToReview }>(({ input }) =>
            loadedRules.ok
              ? readDocumentForReview(input.file, loadedRules.ruleSet)
              : Promise.resolve({ ok: false, errors: ['The rules could not be loaded, so no checklist can be reviewed.'] }),
          ),
        },
      }),
    [],
  );
  const [snapshot, send] = useMachine(machine);
  const [itemErrors, setItemErrors] = useState<Record<string, string>>({});
  const { document, items, record, errors } = snapshot.context;
  const keepProblem = useKeptReview(snapshot, send, now, lock);
  const today = localIsoDate(now());
  const lifecycle = document ? lifecycleFromLog(document.check.caseFile.log, today) : undefined;
  const renewal = lifecycle?.state === 'authorised' || lifecycle?.state === 'reviewDue';

  function decide(review: Review) {
    if (!document || !loadedRules.ok) return;
    const made = makeReviewRecord({
      caseFile: document.check.caseFile,
      review,
      check: document.check,
      assessment: document.assessment,
      ruleSet: loadedRules.ruleSet,
      at: now(),
      renewal,
    });
    send({ type: 'review.record', record: made });
  }

  return (
    <section aria-labelledby="supervisor-title" className="supervisor">
      <h1 id="supervisor-title" tabIndex={-1}>
        Review a checklist
      </h1>
      <p className="lead">
        Open the checklist (PDF) or case file (JSON) an investigator sent you. The app checks that it was not altered, then you
        accept or query each finding, checklist item and intervention-plan entry and record your decision. Nothing leaves this
        device unless you download it.
      </p>
      {errors.length > 0 && (
        <div className="error-summary" role="alert">
          <h2>This file cannot be reviewed</h2>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {!record && (
        <div className="field">
          <label htmlFor="review-file">{document ? 'Open another checklist or case file' : 'Checklist (PDF) or case file (JSON) to review'}</label>
          <input
            id="review-file"
            type="file"
            accept=".pdf,application/pdf,.json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) send({ type: 'document.open', file });
            }}
          />
        </div>
      )}
      {snapshot.matches('opening') && <p role="status">Checking the document…</p>}
      {keepProblem && (
        <div className="error-summary" role="alert">
          <p>{keepProblem}</p>
        </div>
      )}
      {document && record && (
        <ReviewExports
          record={record}
          assessment={document.assessment}
          now={now}
          onAmend={() => send({ type: 'review.amend' })}
          onClose={() => send({ type: 'document.close' })}
        />
      )}
      {document && !record && (
        <>
          <DocumentCheckPanel document={document} />
          <LifecycleBanner log={document.check.caseFile.log} today={today} />
          {renewal && <RenewalNote changes={changesSinceApproval(document.check.caseFile.log, document.assessment)} />}
          <ReviewItemsList assessment={document.assessment} items={items} errors={itemErrors} send={send} />
          <DecisionForm
            key={document.check.fingerprintNow}
            document={document}
            ruleSetVersion={loadedRules.ok ? loadedRules.ruleSet.version : ''}
            items={items}
            today={today}
            onItemErrors={setItemErrors}
            onDecided={decide}
          />
        </>
      )}
      <div className="step-buttons">
        <button type="button" className="secondary" onClick={onClose}>
          {document && !record ? 'Back to the start (the review is kept)' : 'Back to the start'}
        </button>
        {document && !record && (
          <button type="button" className="secondary" onClick={() => send({ type: 'document.close' })}>
            Discard this review
          </button>
        )}
      </div>
    </section>
  );
}
