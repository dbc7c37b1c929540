import { useCallback } from 'react';
import type { Assessment } from '../../domain/assessment.schema.ts';
import type { ReturnedQueries } from '../../domain/returned-queries.ts';
import { STEP_TITLES, type StepId } from '../../machine/steps.ts';
import { canVisit } from '../../machine/wizard.guards.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import { ExportStep } from '../export/export-step.tsx';
import { ReviewStep } from '../review/review-step.tsx';
import { RisksStep } from '../review/risks-step.tsx';
import { STEP_FIELDS } from '../steps/step-fields.ts';
import { StepForm } from '../steps/step-form.tsx';
import { queriesOnStep } from '../steps/step-queries.ts';
import { STEP_INTROS } from './step-intros.ts';
import { StepQueriesNote } from './step-queries-note.tsx';
import { CaseLifecycle } from './case-lifecycle.tsx';
import type { NewLogEntry } from '../../domain/decision-log.schema.ts';
import { producedBy } from '../../domain/case-log.ts';
import { caseForAssessment } from '../../domain/lenient-case.ts';

/** Renders the step the machine is in; every button sends an event to the machine. */
interface StepViewProps {
  step: StepId;
  assessment: Assessment;
  /** The supervisor's queries while the case stands returned (worked out once, by the layout). */
  returned: ReturnedQueries | undefined;
}

export function StepView({ step, assessment, returned }: StepViewProps) {
  const actor = WizardActor.useActorRef();
  const answers = WizardActor.useSelector((snapshot) => snapshot.context.answers);
  const visited = WizardActor.useSelector((snapshot) => snapshot.context.visited);
  const next = useCallback(() => actor.send({ type: 'step.next' }), [actor]);
  const back = useCallback(() => actor.send({ type: 'step.back' }), [actor]);
  const change = useCallback((patch: Record<string, unknown>) => actor.send({ type: 'answers.change', patch }), [actor]);
  const logged = useCallback((entry: NewLogEntry) => actor.send({ type: 'case.logged', entry }), [actor]);
  const items = STEP_FIELDS[step];
  const queries = returned ? queriesOnStep(step, returned.byQuestion) : undefined;

  return (
    <section aria-labelledby="step-title" className="step">
      <h1 id="step-title" tabIndex={-1}>
        {STEP_TITLES[step]}
      </h1>
      {STEP_INTROS[step] && <p className="lead">{STEP_INTROS[step]}</p>}
      {returned && queries && <StepQueriesNote returned={returned} onStep={queries.onStep} />}
      {(step === 'review' || step === 'export') && (
        <CaseLifecycle log={answers.log} assessment={assessment} by={teamOf(answers)} onLogged={logged} />
      )}
      {items ? (
        // A fresh form per step: its fields start from the answers as they are now.
        <StepForm
          key={step}
          items={items}
          answers={answers}
          onChange={change}
          onNext={next}
          onBack={step === 'operation' ? undefined : back}
          queries={queries?.byField}
        />
      ) : step === 'risks' ? (
        <RisksStep assessment={assessment} onNext={next} onBack={back} />
      ) : step === 'review' ? (
        <ReviewStep
          assessment={assessment}
          canOpen={(target) => canVisit(answers, visited, target)}
          onOpen={(target) => actor.send({ type: 'step.goto', step: target })}
          onNext={next}
          onBack={back}
        />
      ) : (
        <ExportStep answers={answers} assessment={assessment} onBack={back} onLogged={logged} />
      )}
    </section>
  );
}

function teamOf(answers: Parameters<typeof caseForAssessment>[0]): string {
  return producedBy(caseForAssessment(answers).caseFile);
}
