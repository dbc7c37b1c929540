import { useState } from 'react';
import type { Assessment } from '../../domain/assessment.schema.ts';
import type { NewLogEntry } from '../../domain/decision-log.schema.ts';
import { cancellationEntry, postOperationItems } from '../../domain/post-operation.ts';

interface EndOperationProps {
  assessment: Assessment;
  by: string;
  now: () => Date;
  onLogged: (entry: NewLogEntry) => void;
}

/** Cancelling a running authorisation when the operation ends, with its post-operation checklist. */
export function EndOperation({ assessment, by, now, onLogged }: EndOperationProps) {
  const items = postOperationItems(assessment);
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState('');
  const toggle = (id: string, checked: boolean) =>
    setDone((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <details className="end-operation">
      <summary>The operation has ended: cancel the authorisation</summary>
      <fieldset className="field">
        <legend>Post-operation checklist: tick what has been done</legend>
        {items.length === 0 ? (
          <p>The assessment lists no post-operation items for this case.</p>
        ) : (
          <ul className="plain-list">
            {items.map((item) => (
              <li key={item.id}>
                <label className="option">
                  <input type="checkbox" checked={done.has(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />
                  <span>{item.text}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor="end-operation-reason">Why the authorisation ends (for example: objectives met, arrests made)</label>
        <input id="end-operation-reason" type="text" value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <button type="button" onClick={() => onLogged(cancellationEntry(assessment, done, reason, now(), by))}>
        Record the cancellation in the decision log
      </button>
    </details>
  );
}
