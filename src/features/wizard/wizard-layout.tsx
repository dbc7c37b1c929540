import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import { AppHeader } from '../../app/app-header.tsx';
import { useSession } from '../../app/session-context.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import { currentStep } from '../../machine/wizard.selectors.ts';
import { LivePanel } from '../findings/live-panel.tsx';
import { useAssessment } from '../findings/use-assessment.ts';
import { BriefingView } from '../trainer/briefing-view.tsx';
import { ExerciseBar } from '../trainer/exercise-bar.tsx';
import { SpottedPanel } from '../trainer/spotted-panel.tsx';
import { ImportErrors } from '../start/import-errors.tsx';
import { DraftConflictAlert } from './draft-conflict.tsx';
import { SaveProblem } from './save-problem.tsx';
import { ProgressNav } from './progress-nav.tsx';
import { WizardStart } from './wizard-start.tsx';
import { StepView } from './step-view.tsx';
import { stepsWithQueries } from '../steps/step-queries.ts';
import { OnDemand } from './on-demand.tsx';
import { useReturnedQueries } from './use-returned-queries.ts';

// Loaded when first opened: an investigator never needs the supervisor's review, nor a trainee the debrief before the end.
const SupervisorScreen = lazy(() =>
  import('../supervisor/supervisor-screen.tsx').then((module) => ({ default: module.SupervisorScreen })),
);
const DebriefView = lazy(() => import('../trainer/debrief-view.tsx').then((module) => ({ default: module.DebriefView })));

/** The page: header, progress, the current step and the live findings. */
export function WizardLayout() {
  const step = WizardActor.useSelector(currentStep);
  const importErrors = WizardActor.useSelector((snapshot) => snapshot.context.importErrors);
  const exercise = WizardActor.useSelector((snapshot) => snapshot.context.exercise);
  const { send } = WizardActor.useActorRef();
  const { session, saveProblem, lock } = useSession();
  const assessment = useAssessment();
  const returned = useReturnedQueries(assessment);
  const main = useRef<HTMLElement>(null);
  // Counts the user's choices after another tab saved the draft: the step's form starts afresh
  // from the answers then kept, and the focus leaves the buttons that are gone.
  const [choices, setChoices] = useState(0);

  // Move focus to the new step's heading so keyboard and screen-reader users start at the top.
  const focusHeading = useCallback(() => main.current?.querySelector<HTMLElement>('h1')?.focus(), []);
  useEffect(() => {
    focusHeading();
  }, [step, choices, focusHeading]);

  return (
    <>
      <AppHeader onClose={step !== 'start' && step !== 'supervisor' ? () => void session.close() : undefined} />
      {saveProblem && <SaveProblem message={saveProblem} />}
      <DraftConflictAlert onChosen={() => setChoices((count) => count + 1)} />
      {step === 'start' ? (
        <main id="main" ref={main} tabIndex={-1}>
          <WizardStart />
        </main>
      ) : step === 'briefing' && exercise ? (
        <main id="main" ref={main} tabIndex={-1} className="single">
          <BriefingView scenario={exercise.scenario} onStart={() => send({ type: 'step.next' })} />
        </main>
      ) : step === 'debrief' && exercise ? (
        <main id="main" ref={main} tabIndex={-1} className="single">
          <OnDemand onShown={focusHeading}>
            <DebriefView exercise={exercise} />
          </OnDemand>
        </main>
      ) : step === 'supervisor' ? (
        <main id="main" ref={main} tabIndex={-1} className="single">
          <OnDemand onShown={focusHeading}>
            <SupervisorScreen onClose={() => send({ type: 'wizard.close' })} lock={lock} />
          </OnDemand>
        </main>
      ) : step === 'briefing' || step === 'debrief' ? null : (
        <div className="wizard">
          <ProgressNav queried={returned ? stepsWithQueries(returned.byQuestion) : undefined} />
          <main id="main" ref={main} tabIndex={-1}>
            {exercise && <ExerciseBar exercise={exercise} />}
            {importErrors.length > 0 && <ImportErrors errors={importErrors} onDismiss={() => send({ type: 'import.dismiss' })} />}
            {assessment && <StepView key={choices} step={step} assessment={assessment} returned={returned} />}
          </main>
          {exercise && !exercise.hintsAllowed ? <SpottedPanel exercise={exercise} /> : <LivePanel assessment={assessment} />}
        </div>
      )}
    </>
  );
}
