import type { ReturnedQueries } from '../../domain/returned-queries.ts';
import { SupervisorQuery } from '../steps/field.tsx';
import type { StepQueries } from '../steps/step-queries.ts';

/** At the top of a step of a returned case: who returned it, and the queries no single question carries. */
export function StepQueriesNote({ returned, onStep }: { returned: ReturnedQueries; onStep: StepQueries['onStep'] }) {
  return (
    <div className="returned-note" role="note" aria-label="Returned by your supervisor">
      <p>
        <strong>
          Returned for more work by {returned.returnedBy} on {returned.returnedOn}.
        </strong>{' '}
        The supervisor's queries are shown next to the questions they concern. Answer them, then export the checklist again.
      </p>
      {onStep.map(({ about, comments }) => (
        <SupervisorQuery key={about} about={about} comments={comments} />
      ))}
    </div>
  );
}
