import { useId } from 'react';
import { useSession } from '../../app/session-context.ts';

/**
 * Another tab or window saved the draft open here. This tab saves nothing until the user
 * chooses, so neither tab's work is overwritten without the user saying so.
 */
export function DraftConflictAlert({ onChosen }: { onChosen: () => void }) {
  const { session, conflict } = useSession();
  const id = useId();
  if (!conflict) return null;

  const choose = (choice: () => Promise<void>) => () => void choice().finally(onChosen);
  const choices = [
    {
      label: 'Keep my version',
      what: 'Save the answers in this tab over the version saved in the other tab.',
      run: session.keepMine,
    },
    {
      label: 'Load the other version',
      what: 'Show the version saved in the other tab. Changes made in this tab since it last saved are discarded.',
      run: session.loadTheirs,
    },
    {
      label: 'Save mine as a copy',
      what: 'Keep both: the answers in this tab become a new draft, named “… (copy from another tab)”, and the other version stays as it is.',
      run: session.saveMineAsCopy,
    },
  ];

  return (
    <div className="error-summary" role="alert">
      <h2>This draft was changed in another tab</h2>
      <p>
        Another tab or window saved this draft after this tab last did. This tab has stopped saving, so that
        neither overwrites the other, until you choose:
      </p>
      <ul className="plain-list">
        {choices.map(({ label, what, run }, index) => (
          <li key={label}>
            <button type="button" className="secondary" aria-describedby={`${id}-${index}`} onClick={choose(run)}>
              {label}
            </button>{' '}
            <span id={`${id}-${index}`}>{what}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
