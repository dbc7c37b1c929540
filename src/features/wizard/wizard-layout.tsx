import { useEffect, useRef } from 'react';
import { useSession } from '../../app/session-context.ts';
import { WizardActor } from '../../app/wizard-actor.ts';
import { currentStep } from '../../machine/wizard.selectors.ts';
import { LivePanel } from '../findings/live-panel.tsx';
import { useAssessment } from '../findings/use-assessment.ts';
import { StartScreen } from '../start/start-screen.tsx';
import { ImportErrors } from '../start/import-errors.tsx';
import { ProgressNav } from './progress-nav.tsx';
import { StepView } from './step-view.tsx';

/** The page: header, progress, the current step and the live findings. */
export function WizardLayout() {
  const step = WizardActor.useSelector(currentStep);
  const hasImportErrors = WizardActor.useSelector((snapshot) => snapshot.context.importErrors.length > 0);
  const { session, saveProblem } = useSession();
  const assessment = useAssessment();
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
        {step !== 'start' && (
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
      ) : (
        <div className="wizard">
          <ProgressNav />
          <main id="main" ref={main} tabIndex={-1}>
            {hasImportErrors && <ImportErrors />}
            {assessment && <StepView step={step} assessment={assessment} />}
          </main>
          <LivePanel assessment={assessment} />
        </div>
      )}
    </>
  );
}
