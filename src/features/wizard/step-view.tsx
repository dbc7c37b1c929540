import { memo, useCallback, useDeferredValue, useMemo, type CSSProperties } from 'react';
import type { Assessment } from '../../domain/assessment.schema.ts';
import type { ReturnedQueries } from '../../domain/returned-queries.ts';
import type { Answers } from '../../machine/answers.ts';
import { STEP_TITLES, type StepId } from '../../machine/steps.ts';
import { canVisit } from '../../machine/wizard.guards.ts';
import { upcomingStep } from '../../machine/wizard.selectors.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import { ExportStep } from '../export/export-step.tsx';
import { ReviewStep } from '../review/review-step.tsx';
import { RisksStep } from '../review/risks-step.tsx';
import { STEP_FIELDS } from '../steps/step-fields.ts';
import { StepForm } from '../steps/step-form.tsx';
import { useStepKeys } from '../steps/step-keys.ts';
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
  const upcoming = WizardActor.useSelector(upcomingStep);
  const keys = useStepKeys(step, upcoming, answers);
  const next = useCallback(() => actor.send({ type: 'step.next' }), [actor]);
  const back = useCallback(() => actor.send({ type: 'step.back' }), [actor]);
  const open = useCallback((target: StepId) => actor.send({ type: 'step.goto', step: target }), [actor]);
  const change = useCallback((patch: Record<string, unknown>) => actor.send({ type: 'answers.change', patch }), [actor]);
  const logged = useCallback((entry: NewLogEntry) => actor.send({ type: 'case.logged', entry }), [actor]);
  const queries = returned ? queriesOnStep(step, returned.byQuestion) : undefined;
  const events = { onNext: next, onBack: back, onOpen: open, onChange: change, onLogged: logged };
  // The step "Continue" leads to is prepared after whatever the user just did, at low priority:
  // preparing it never holds up a click or a keystroke.
  const preparing = useDeferredValue(
    useMemo(
      () => ({ step: upcoming, key: keys.upcoming, answers, visited, assessment, returned }),
      [upcoming, keys.upcoming, answers, visited, assessment, returned],
    ),
    undefined,
  );

  return (
    <section aria-labelledby="step-title" className="step" style={ROOM_FOR_PREPARED}>
      <h1 id="step-title" tabIndex={-1}>
        {STEP_TITLES[step]}
      </h1>
      {STEP_INTROS[step] && <p className="lead">{STEP_INTROS[step]}</p>}
      {returned && queries && <StepQueriesNote returned={returned} onStep={queries.onStep} />}
      {(step === 'review' || step === 'export') && (
        <CaseLifecycle log={answers.log} assessment={assessment} by={teamOf(answers)} onLogged={logged} />
      )}
      <div key={keys.shown}>
        <StepContent step={step} answers={answers} visited={visited} assessment={assessment} returned={returned} {...events} />
      </div>
      {preparing?.step && preparing.step !== step && (
        <div key={preparing.key} style={PREPARED}>
          <StepContent
            step={preparing.step}
            answers={preparing.answers}
            visited={preparing.visited}
            assessment={preparing.assessment}
            returned={preparing.returned}
            {...events}
          />
        </div>
      )}
    </section>
  );
}

/*
 * The prepared step is drawn and laid out unseen, at the width it will have, while the user reads
 * this one: "Continue" then only makes it visible. Hidden with `visibility` (out of reach of the
 * keyboard and screen readers), not `display: none`, which would leave all of that to the click.
 */
const ROOM_FOR_PREPARED: CSSProperties = { position: 'relative' };
const PREPARED: CSSProperties = { position: 'absolute', insetInline: 0, top: 0, height: 0, overflow: 'hidden', visibility: 'hidden' };

interface StepContentProps {
  step: StepId;
  answers: Answers;
  visited: readonly StepId[];
  assessment: Assessment;
  returned: ReturnedQueries | undefined;
  onNext: () => void;
  onBack: () => void;
  onOpen: (step: StepId) => void;
  onChange: (patch: Record<string, unknown>) => void;
  onLogged: (entry: NewLogEntry) => void;
}

/** What the step asks or shows under its heading; memoised, so showing a prepared step draws nothing again. */
const StepContent = memo(function StepContent(props: StepContentProps) {
  const { step, answers, visited, assessment, returned, onNext, onBack, onOpen, onChange, onLogged } = props;
  const items = STEP_FIELDS[step];
  if (items) {
    // A fresh form per step: its fields start from the answers as they are when it is made.
    return (
      <StepForm
        items={items}
        answers={answers}
        onChange={onChange}
        onNext={onNext}
        onBack={step === 'operation' ? undefined : onBack}
        queries={returned && queriesOnStep(step, returned.byQuestion).byField}
      />
    );
  }
  if (step === 'risks') return <RisksStep assessment={assessment} onNext={onNext} onBack={onBack} />;
  if (step === 'review') {
    const canOpen = (target: StepId) => canVisit(answers, visited, target);
    return <ReviewStep assessment={assessment} canOpen={canOpen} onOpen={onOpen} onNext={onNext} onBack={onBack} />;
  }
  return <ExportStep answers={answers} assessment={assessment} onBack={onBack} onLogged={onLogged} />;
});

function teamOf(answers: Parameters<typeof caseForAssessment>[0]): string {
  return producedBy(caseForAssessment(answers).caseFile);
}
