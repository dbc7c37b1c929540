import { WizardActor } from '../../app/wizard-actor.ts';
import { caseFileName, caseFileToJson } from '../../storage/case-file-io.ts';
import { codenameOf } from '../../storage/draft.schema.ts';
import { downloadBlob } from '../export/download.ts';

/** The browser would not save the draft (storage full, private window): say so, and offer the way to keep the work. */
export function SaveProblem({ message }: { message: string }) {
  const answers = WizardActor.useSelector((snapshot) => snapshot.context.answers);
  const exportCase = () => {
    const now = new Date();
    downloadBlob(new Blob([caseFileToJson(answers)], { type: 'application/json' }), caseFileName(codenameOf(answers), now));
  };
  return (
    <div className="error-summary" role="alert">
      <p>{message}</p>
      <button type="button" onClick={exportCase}>
        Download the case file (JSON) now
      </button>
    </div>
  );
}
