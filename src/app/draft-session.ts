import type { ActorRefFrom } from 'xstate';
import type { Answers } from '../machine/answers.ts';
import { isStepId, type StepId } from '../machine/steps.ts';
import type { wizardMachine } from '../machine/wizard.machine.ts';
import type { Exercise } from '../machine/wizard.types.ts';
import type { Scenario } from '../domain/scenario.schema.ts';
import { readImportedFile, type ImportedFile } from '../storage/case-file-io.ts';
import { codenameOf, type Draft } from '../storage/draft.schema.ts';
import type { DraftsStore } from '../storage/drafts-store.ts';
import type { OpenRequest } from './open-request.ts';

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
  // `named`: the user chose the name; otherwise it follows the operation codename.
  const known = new Map<string, { name: string; createdAt: string; named: boolean }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | undefined;
  let lastSaved = '';

  async function save(): Promise<void> {
    const snapshot = actor.getSnapshot();
    const { draftId, answers, visited, exercise } = snapshot.context;
    waitingSince = undefined;
    if (!draftId || snapshot.value === 'start') return;
    const key = JSON.stringify([draftId, snapshot.value, answers, visited, exercise?.released, exercise?.flagged, exercise?.hintsAllowed]);
    if (key === lastSaved) return;
    const now = deps.now().toISOString();
    const meta = known.get(draftId) ?? { name: '', createdAt: now, named: false };
    if (!meta.named) meta.name = defaultName(answers, exercise);
    known.set(draftId, meta);
    const draft: Draft = {
      id: draftId,
      name: meta.name,
      createdAt: meta.createdAt,
      updatedAt: now,
      step: String(snapshot.value),
      visited,
      answers,
      ...(exercise ? { exercise } : {}),
    };
    const result = await deps.store.saveDraft(draft);
    if (result.ok) lastSaved = key;
    deps.onSaveProblem(result.ok ? undefined : result.error);
  }

  // Waits for a pause in typing, but never more than a second: a crash loses at most that.
  function scheduleSave(): void {
    clearTimeout(timer);
    const now = deps.now().getTime();
    waitingSince ??= now;
    const wait = now - waitingSince >= 1000 ? 0 : 250;
    timer = setTimeout(() => void save(), wait);
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
      const exercise = (draft.exercise ?? null) as Exercise | null;
      known.set(draft.id, {
        name: draft.name,
        createdAt: draft.createdAt,
        named: draft.name !== defaultName(draft.answers as Answers, exercise),
      });
      const step: StepId = isStepId(draft.step) ? draft.step : 'operation';
      const visited = (draft.visited ?? []).filter(isStepId);
      actor.send({ type: 'draft.resume', draftId: draft.id, answers: draft.answers as Answers, step, visited, exercise });
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
      known.set(draftId, {
        name: `${codenameOf(result.answers) || 'Imported case'} (imported)`,
        createdAt: deps.now().toISOString(),
        named: true,
      });
      actor.send({ type: 'case.imported', draftId, answers: result.answers as Answers });
      await deps.store.setLastOpenedDraftId(draftId);
    },
    /** A classroom exercise: the trainee starts from the scenario's briefing. */
    async startExercise(scenario: Scenario, hintsAllowed: boolean): Promise<void> {
      const draftId = deps.newId();
      actor.send({ type: 'exercise.start', draftId, scenario, hintsAllowed });
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
    /** Whatever the start screen asked for. */
    async open(request: OpenRequest): Promise<void> {
      switch (request.type) {
        case 'restore':
          return this.restoreLastOpened();
        case 'new':
          return this.startNew();
        case 'resume':
          await this.resume(request.draftId);
          return;
        case 'import':
          return this.importFile(request.file);
        case 'exercise':
          return this.startExercise(request.scenario, request.hintsAllowed);
        case 'supervisor':
          actor.send({ type: 'supervisor.open' });
          return;
      }
    },
  };
}

export type DraftSession = ReturnType<typeof createDraftSession>;

function defaultName(answers: Answers, exercise: Exercise | null): string {
  if (exercise) return `Exercise: ${exercise.scenario.title}`;
  return codenameOf(answers) || 'Untitled assessment';
}
