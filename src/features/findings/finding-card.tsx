import type { Finding } from '../../domain/assessment.schema.ts';
import { answerWords } from './answer-words.ts';

export const SEVERITY_WORDS = { blocking: 'Blocking', high: 'High', advisory: 'Advisory', info: 'Information' } as const;

/** One finding: what is wrong, what must change, why (the answers), and its sources. */
export function FindingCard({ finding }: { finding: Finding }) {
  return (
    <article className={`finding ${finding.severity}`} aria-label={`${SEVERITY_WORDS[finding.severity]}: ${finding.title}`}>
      <p className="severity">{SEVERITY_WORDS[finding.severity]}</p>
      <h3>{finding.title}</h3>
      {(finding.severity === 'blocking' || finding.severity === 'high') && (
        <p className="remedy">
          <strong>What must change: </strong>
          {finding.remedy}
        </p>
      )}
      <details>
        <summary>Why?</summary>
        <p>{finding.explanation}</p>
        {finding.because.length > 0 && (
          <>
            <h4>Your answers</h4>
            <ul>
              {finding.because.map((check) => (
                <li key={`${check.fact}${check.op}`}>
                  {check.question} <strong>{answerWords(check.actual)}</strong>
                </li>
              ))}
            </ul>
          </>
        )}
        {finding.basis === 'practice' && <p className="hint">Good practice: {finding.practiceNote}</p>}
        {finding.sources.length > 0 && <h4>Sources</h4>}
        {finding.sources.map((source) => (
          <blockquote key={`${source.doc}-${source.para}-${source.excerpt.slice(0, 20)}`}>
            <p>“{source.excerpt}”</p>
            <footer>{source.label}</footer>
          </blockquote>
        ))}
        {finding.severity !== 'blocking' && finding.severity !== 'high' && (
          <p>
            <strong>What to do: </strong>
            {finding.remedy}
          </p>
        )}
      </details>
    </article>
  );
}
