import { useId } from 'react';
import { LOG_KIND_WORDS, type LogEntry } from '../../domain/decision-log.schema.ts';
import { lifecycleFromLog } from '../../machine/lifecycle-from-log.ts';
import { dateWords, whatIsDue } from '../../machine/lifecycle-words.ts';

/** Where the case's authorisation stands and what is due next, read from its decision log. */
export function LifecycleBanner({ log, today }: { log: readonly LogEntry[]; today: string }) {
  const headingId = useId();
  if (log.length === 0) return null;
  const status = lifecycleFromLog(log, today);
  const due = whatIsDue(status, today);
  return (
    <section className={`notice lifecycle ${due.tone}`} aria-labelledby={headingId}>
      <h2 id={headingId}>Authorisation</h2>
      <p>
        <strong>{due.headline}</strong>
      </p>
      <p>{due.detail}</p>
      {status.ignored.length > 0 && (
        <>
          <p>These log entries do not fit the authorisation and were left out:</p>
          <ul>
            {status.ignored.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>
          Decision log ({log.length} {log.length === 1 ? 'entry' : 'entries'})
        </summary>
        <ol className="plain-list">
          {log.map((entry, index) => (
            <li key={index}>
              {dateWords(entry.at.slice(0, 10))}: {LOG_KIND_WORDS[entry.kind]}, by {entry.by}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
