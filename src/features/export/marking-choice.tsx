import { useState } from 'react';

const MARKINGS = ['OFFICIAL-SENSITIVE', 'RESTRICTED', 'CONFIDENTIAL'];

/** The handling marking chosen for a PDF: one of the usual ones, or the user's own; never empty. */
export function useMarking() {
  const [marking, setMarking] = useState(MARKINGS[0]!);
  const [custom, setCustom] = useState('');
  const chosen = (marking === 'custom' ? custom : marking).trim() || MARKINGS[0]!;
  return { marking, setMarking, custom, setCustom, chosen };
}

type MarkingChoiceProps = Omit<ReturnType<typeof useMarking>, 'chosen'> & {
  /** Prefix of the input ids, unique on the page. */
  id: string;
};

/** Which handling marking the PDF prints on every page. */
export function MarkingChoice({ id, marking, setMarking, custom, setCustom }: MarkingChoiceProps) {
  return (
    <fieldset className="field">
      <legend>Handling marking printed on every page</legend>
      <div className="options">
        {[...MARKINGS, 'custom'].map((option) => (
          <label key={option} className="option">
            <input type="radio" name={`${id}-marking`} value={option} checked={marking === option} onChange={() => setMarking(option)} />
            <span>{option === 'custom' ? 'Other marking' : option}</span>
          </label>
        ))}
      </div>
      {marking === 'custom' && (
        <div className="field">
          <label htmlFor={`${id}-custom-marking`}>Marking</label>
          <input id={`${id}-custom-marking`} type="text" value={custom} onChange={(event) => setCustom(event.target.value)} />
        </div>
      )}
    </fieldset>
  );
}
