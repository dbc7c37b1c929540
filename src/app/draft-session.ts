import type { ActorRefFrom } from 'xstate';
import type { Answers } from '../machine/answers.ts';
import { isStepId, type StepId } from '../machine/steps.ts';
import type { wizardMachine } from '../machine/wizard.machine.ts';
import { readImportedFile, type ImportedFile } from '../storage/case-file-io.ts';
import { codenameOf, type Draft } from '../storage/draft.schema.ts';
import type { DraftsStore } from '../storage/drafts-store.ts';

type WizardRef = ActorRefFrom<typeof wizardMachine>;

export interface SessionDeps {
  store: DraftsStore;
  now: () => Date;
  newId: () => string;
  /** Told when a draft could not be saved, or is saved again after a failure (undefined). */
  onSaveProblem: (message: string | undefined) => void;
}

/**
 * Connects the wizard to the drafts kept on this device: opening, resuming and
 * importing send events to the machine; every change of answers or step is saved.
 */
export function createDraftSession(actor: WizardRef, deps: SessionDeps) {
  const known = new Map<string, { name: string; createdAt: string }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSaved = '';

  async function save(): Promise<void> {
    const snapshot = actor.getSnapshot();
    const { draftId, answers, visited } = snapshot.context;
    if (!draftId || snapshot.value === 'start') return;
    const key = JSON.stringify([draftId, snapshot.value, answers, visited]);
    if (key === lastSaved) return;
    const now = deps.now().toISOString();
    const meta = known.get(draftId) ?? { name: codenameOf(answers) || 'Untitled assessment', createdAt: now };
    known.set(draftId, meta);
    const draft: Draft = { id: draftId, ...meta, updatedAt: now, step: String(snapshot.value), visited, answers };
    const result = await deps.store.saveDraft(draft);
    if (result.ok) lastSaved = key;
    deps.onSaveProblem(result.ok ? undefined : result.error);
  }

  function scheduleSave(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void save(), 250);
  }

  return {
    /** Saves every change from now on; returns the function that stops it. */
    startAutosave(): () => void {
      const subscription = actor.subscribe(scheduleSave);
      return () => {
        clearTimeout(timer);
        subscription.unsubscribe();
      };
    },
    /** Saves now: before the page goes away, or before leaving a draft. */
    flush: () => {
      clearTimeout(timer);
      return save();
    },
    async startNew(): Promise<void> {
      const draftId = deps.newId();
      actor.send({ type: 'draft.new', draftId });
      await deps.store.setLastOpenedDraftId(draftId);
    },
    async resume(id: string): Promise<boolean> {
      const loaded = await deps.store.loadDraft(id);
      if (!loaded.ok) {
        actor.send({ type: 'import.failed', errors: [loaded.error] });
        return false;
      }
      const draft = loaded.value;
      if (!draft) return false;
      known.set(draft.id, { name: draft.name, createdAt: draft.createdAt });
      const step: StepId = isStepId(draft.step) ? draft.step : 'operation';
      const visited = (draft.visited ?? []).filter(isStepId);
      actor.send({ type: 'draft.resume', draftId: draft.id, answers: draft.answers as Answers, step, visited });
      await deps.store.setLastOpenedDraftId(draft.id);
      return true;
    },
    /** A broken or foreign file only produces a message; the open draft is never touched. */
    async importFile(file: ImportedFile): Promise<void> {
      const result = await readImportedFile(file);
      if (!result.ok) {
        actor.send({ type: 'import.failed', errors: result.errors });
        return;
      }
      await this.flush();
      const draftId = deps.newId();
      known.set(draftId, { name: `${codenameOf(result.answers) || 'Imported case'} (imported)`, createdAt: deps.now().toISOString() });
      actor.send({ type: 'case.imported', draftId, answers: result.answers as Answers });
      await deps.store.setLastOpenedDraftId(draftId);
    },
    async close(): Promise<void> {
      await this.flush();
      actor.send({ type: 'wizard.close' });
      await deps.store.setLastOpenedDraftId(undefined);
    },
    /** After a reload or a crash: reopen the draft that was open, at the same step. */
    async restoreLastOpened(): Promise<void> {
      const last = await deps.store.getLastOpenedDraftId();
      if (last.ok && last.value) await this.resume(last.value);
    },
  };
}

export type DraftSession = ReturnType<typeof createDraftSession>;
