import { VERDICT_WORDS } from '../../domain/assessment.schema.ts';
import type { OpenedDocument } from '../../machine/review.types.ts';

const HEADLINES = {
  notAltered: { tone: 'ok', words: 'Not altered' },
  altered: { tone: 'danger', words: 'Altered: do not rely on this document' },
  unknown: { tone: 'warning', words: 'Could not be fully checked' },
} as const;

/** Was the document changed after it was produced, and what do the rules in use now say? */
export function DocumentCheckPanel({ document }: { document: OpenedDocument }) {
  const { check, assessment, fileName } = document;
  const tampered = check.altered === true || check.logProblems.length > 0;
  const headline = tampered ? HEADLINES.altered : check.altered === false ? HEADLINES.notAltered : HEADLINES.unknown;
  return (
    <section aria-labelledby="check-title" className={`document-check ${headline.tone}`}>
      <h2 id="check-title">Was the checklist altered?</h2>
      <p className="document-check-headline" role={tampered ? 'alert' : undefined}>
        {headline.words}
      </p>
      <ul>
        {check.messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <dl className="case-facts">
        <dt>File</dt>
        <dd>{fileName}</dd>
        <dt>Operation</dt>
        <dd>{check.caseFile.operation.codename}</dd>
        <dt>Verdict under the rules in use now</dt>
        <dd>{VERDICT_WORDS[assessment.verdict.outcome]}</dd>
        <dt>Fingerprint</dt>
        <dd className="fingerprint">{check.fingerprintNow}</dd>
      </dl>
    </section>
  );
}
