import { useCallback, useEffect, useState } from 'react';
import { isStepId, STEP_TITLES } from '../../machine/steps.ts';
import type { DraftList } from '../../storage/drafts-store.ts';
import { useStartActions } from './start-context.ts';

/** Drafts kept on this device: resume, rename, duplicate, delete. */
export function DraftsList() {
  const { store, open, now, newId } = useStartActions();
  const [list, setList] = useState<DraftList>({ drafts: [], unreadable: [] });
  const [message, setMessage] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);

  /** Reads the list again; says why it could not. */
  const refresh = useCallback(async (): Promise<string | undefined> => {
    const result = await store.listDrafts();
    if (result.ok) setList(result.value);
    else setMessage(result.error);
    return result.ok ? undefined : result.error;
  }, [store]);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  // The button just used may be gone (delete, rename): keep keyboard focus on the list's heading.
  // The message comes with the list it describes, not before it.
  async function act(promise: Promise<{ ok: boolean; error?: string }>, done: string) {
    const result = await promise;
    const listProblem = await refresh();
    setMessage(!result.ok ? (result.error ?? 'Something went wrong.') : (listProblem ?? done));
    document.getElementById('drafts-heading')?.focus();
  }

  if (list.drafts.length === 0 && list.unreadable.length === 0) {
    return <p role="status">{message || 'No drafts on this device yet.'}</p>;
  }
  return (
    <section aria-labelledby="drafts-heading" className="drafts">
      <h2 id="drafts-heading" tabIndex={-1}>
        Drafts on this device
      </h2>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <ul className="draft-list">
        {list.drafts.map((draft) => (
          <li key={draft.id} className="draft">
            {draft.locked ? (
              <LockedDraft saved={new Date(draft.updatedAt).toLocaleString()} onDelete={(label) => void act(store.deleteDraft(draft.id), `Deleted the ${label}.`)} />
            ) : renaming === draft.id ? (
              <form
                className="rename-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
                  setRenaming(null);
                  if (name) void act(store.renameDraft(draft.id, name, now()), `Renamed to “${name}”.`);
                }}
              >
                <label htmlFor={`rename-${draft.id}`}>New name for “{draft.name}”</label>
                <input id={`rename-${draft.id}`} name="name" type="text" autoComplete="off" defaultValue={draft.name} autoFocus />
                <button type="submit">Save name</button>
                <button type="button" className="secondary" onClick={() => setRenaming(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <h3>{draft.name}</h3>
                <p className="hint">
                  {draft.codename ? `Operation ${draft.codename} · ` : ''}
                  {isStepId(draft.step) ? `at “${STEP_TITLES[draft.step]}”` : ''} · saved {new Date(draft.updatedAt).toLocaleString()}
                </p>
                <div className="draft-actions">
                  <button type="button" onClick={() => open({ type: 'resume', draftId: draft.id })}>
                    Resume <span className="visually-hidden">{draft.name}</span>
                  </button>
                  <button type="button" className="secondary" onClick={() => setRenaming(draft.id)}>
                    Rename <span className="visually-hidden">{draft.name}</span>
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => void act(store.duplicateDraft(draft.id, { newId: newId(), now: now() }), `Copied “${draft.name}”.`)}
                  >
                    Duplicate <span className="visually-hidden">{draft.name}</span>
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      if (window.confirm(`Delete the draft “${draft.name}”? This cannot be undone.`)) {
                        void act(store.deleteDraft(draft.id), `Deleted “${draft.name}”.`);
                      }
                    }}
                  >
                    Delete <span className="visually-hidden">{draft.name}</span>
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
        {list.unreadable.map((broken) => (
          <li key={broken.id} className="draft">
            <p>{broken.error}</p>
            <button type="button" className="danger" onClick={() => void act(store.deleteDraft(broken.id), 'Deleted the damaged draft.')}>
              Delete the damaged draft
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A protected draft while the drafts are locked: nothing of it can be read, only its time, and it can be deleted. */
function LockedDraft({ saved, onDelete }: { saved: string; onDelete: (label: string) => void }) {
  const label = `protected draft saved ${saved}`;
  return (
    <>
      <h3>Protected draft</h3>
      <p className="hint">saved {saved} · unlock your drafts to open it</p>
      <div className="draft-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (window.confirm(`Delete the ${label}? This cannot be undone.`)) onDelete(label);
          }}
        >
          Delete <span className="visually-hidden">the {label}</span>
        </button>
      </div>
    </>
  );
}
