import type { Assessment } from '../../domain/assessment.schema.ts';

const LEVEL = (score: number) => (score >= 16 ? 'Very high' : score >= 10 ? 'High' : score >= 5 ? 'Medium' : 'Low');

/** The risk register worked out from the answers: before and after the measures in place. */
export function RisksStep({ assessment, onNext, onBack }: { assessment: Assessment; onNext: () => void; onBack: () => void }) {
  const risks = assessment.riskRegister;
  return (
    <div>
      <p>
        Each risk is scored likelihood × impact (1 to 5 each), first without any measure, then with the measures your answers
        say are in place. To lower a score, put the missing measures in place and record them: most are asked in the
        intervention plan, the next step.
      </p>
      {risks.length === 0 ? (
        <p>No risk in the register applies to your answers yet.</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Risk register">
          <table>
            <caption className="visually-hidden">Risk register</caption>
            <thead>
              <tr>
                <th scope="col">Risk</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
                <th scope="col">Measures missing</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((risk) => (
                <tr key={risk.id}>
                  <th scope="row">
                    {risk.title}
                    {!risk.confirmed && <span className="hint"> (possible: some answers are not known yet)</span>}
                  </th>
                  <td>
                    {risk.before.likelihood} × {risk.before.impact} = {risk.before.score} ({LEVEL(risk.before.score)})
                  </td>
                  <td>
                    {risk.after.likelihood} × {risk.after.impact} = {risk.after.score} ({LEVEL(risk.after.score)})
                  </td>
                  <td>{risk.measuresMissing.length > 0 ? risk.measuresMissing.join('; ') : 'None'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="step-buttons">
        <button type="button" className="secondary" onClick={onBack}>
          Back
        </button>
        <button type="button" onClick={onNext}>
          Continue
        </button>
      </div>
    </div>
  );
}
