import { useEffect, useRef } from 'react';
import { useSession } from '../../app/session-context.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import { currentStep } from '../../machine/wizard.selectors.ts';
import { LivePanel } from '../findings/live-panel.tsx';
import { useAssessment } from '../findings/use-assessment.ts';
import { StartScreen } from '../start/start-screen.tsx';
import { BriefingView } from '../trainer/briefing-view.tsx';
import { DebriefView } from '../trainer/debrief-view.tsx';
import { ExerciseBar } from '../trainer/exercise-bar.tsx';
import { SpottedPanel } from '../trainer/spotted-panel.tsx';
import { ImportErrors } from '../start/import-errors.tsx';
import { ProgressNav } from './progress-nav.tsx';
import { StepView } from './step-view.tsx';
import { SupervisorScreen } from '../supervisor/supervisor-screen.tsx';
import { stepsWithQueries } from '../steps/step-queries.ts';
import { useReturnedQueries } from './use-returned-queries.ts';

/** The page: header, progress, the current step and the live findings. */
export function WizardLayout() {
  const step = WizardActor.useSelector(currentStep);
  const hasImportErrors = WizardActor.useSelector((snapshot) => snapshot.context.importErrors.length > 0);
  const exercise = WizardActor.useSelector((snapshot) => snapshot.context.exercise);
  const { send } = WizardActor.useActorRef();
  const { session, saveProblem } = useSession();
  const assessment = useAssessment();
  const returned = useReturnedQueries(assessment);
  const main = useRef<HTMLElement>(null);

  // Move focus to the new step's heading so keyboard and screen-reader users start at the top.
  useEffect(() => {
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [step]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the questions
      </a>
      <header className="app-header">
        <p className="app-name">SIT Risk Wizard</p>
        <p className="reminder">Use codenames only. Never enter the real identity of an informant or officer.</p>
        {step !== 'start' && step !== 'supervisor' && (
          <button type="button" className="secondary" onClick={() => void session.close()}>
            Save and close
          </button>
        )}
      </header>
      {saveProblem && (
        <div className="error-summary" role="alert">
          <p>{saveProblem}</p>
        </div>
      )}
      {step === 'start' ? (
        <main id="main" ref={main} tabIndex={-1}>
          <StartScreen />
        </main>
      ) : step === 'briefing' && exercise ? (
        <main id="main" ref={main} tabIndex={-1} className="single">
          <BriefingView scenario={exercise.scenario} onStart={() => send({ type: 'step.next' })} />
        </main>
      ) : step === 'debrief' && exercise ? (
        <main id="main" ref={main} tabIndex={-1} className="single">
          <DebriefView exercise={exercise} />
        </main>
      ) : step === 'supervisor' ? (
        <main id="main" ref={main} tabIndex={-1} className="single">
          <SupervisorScreen onClose={() => send({ type: 'wizard.close' })} />
        </main>
      ) : step === 'briefing' || step === 'debrief' ? null : (
        <div className="wizard">
          <ProgressNav queried={returned ? stepsWithQueries(returned.byQuestion) : undefined} />
          <main id="main" ref={main} tabIndex={-1}>
            {exercise && <ExerciseBar exercise={exercise} />}
            {hasImportErrors && <ImportErrors />}
            {assessment && <StepView step={step} assessment={assessment} />}
          </main>
          {exercise && !exercise.hintsAllowed ? <SpottedPanel exercise={exercise} /> : <LivePanel assessment={assessment} />}
        </div>
      )}
    </>
  );
}
