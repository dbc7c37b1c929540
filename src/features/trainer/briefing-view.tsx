import type { Scenario } from '../../domain/scenario.schema.ts';

/** What the trainee reads before planning: the briefing and what the exercise is for. */
export function BriefingText({ scenario }: { scenario: Scenario }) {
  return (
    <>
      {scenario.briefing.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </>
  );
}

export function BriefingView({ scenario, onStart }: { scenario: Scenario; onStart: () => void }) {
  return (
    <section aria-labelledby="step-title" className="step">
      <p className="exercise-tag">Training exercise · fictional scenario</p>
      <h1 id="step-title" tabIndex={-1}>
        {scenario.title}
      </h1>
      <h2>What you will practise</h2>
      <ul>
        {scenario.learningObjectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <h2>Briefing</h2>
      <BriefingText scenario={scenario} />
      <p className="notice">
        Plan the operation in the wizard as you would for real. The findings are hidden: mark the problems you spot in the
        panel on the right. Your trainer may release new information while you work.
      </p>
      <div className="step-buttons">
        <button type="button" onClick={onStart}>
          Start planning
        </button>
      </div>
    </section>
  );
}
