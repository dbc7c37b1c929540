import type { ActorRefFrom } from 'xstate';
import type { Answers } from '../machine/answers.ts';
import { isStepId, type StepId } from '../machine/steps.ts';
import type { wizardMachine } from '../machine/wizard.machine.ts';
import type { Exercise } from '../machine/wizard.types.ts';
import type { Scenario } from '../domain/scenario.schema.ts';
import { readImportedFile, type ImportedFile } from '../storage/case-file-io.ts';
import { codenameOf, type Draft } from '../storage/draft.schema.ts';
import { revisionOf, savedElsewhere } from '../storage/draft-revision.ts';
import type { DraftsStore } from '../storage/drafts-store.ts';
import { draftSavedElsewhere, openDraftsChannel, type DraftSavedMessage, type DraftsChannel } from './drafts-channel.ts';
import type { OpenRequest } from './open-request.ts';

type WizardRef = ActorRefFrom<typeof wizardMachine>;
type WizardSnapshot = ReturnType<WizardRef['getSnapshot']>;

/** Another tab saved the open draft after this tab last loaded or saved it. */
export interface DraftConflict {
  draftId: string;
}

export interface SessionDeps {
  store: DraftsStore;
  now: () => Date;
  /** Ids for new drafts and for each saved version of a draft. */
  newId: () => string;
  /** Told when a draft could not be saved, or is saved again after a failure (undefined). */
  onSaveProblem: (message: string | undefined) => void;
  /** Told when another tab has saved the open draft (saving is paused), and when the user has chosen (undefined). */
  onConflict?: (conflict: DraftConflict | undefined) => void;
  /**
   * The channel tabs announce saves on; by default a BroadcastChannel. Without one (undefined)
   * another tab's save is still found, when this tab next tries to save.
   */
  openChannel?: () => DraftsChannel | undefined;
}

interface DraftMeta {
  name: string;
  createdAt: string;
  /** The user chose the name; otherwise it follows the operation codename. */
  named: boolean;
  /** The version this tab last loaded or saved (draft-revision.ts); undefined: never stored. */
  revision: string | undefined;
}

const OTHER_VERSION_GONE =
  'The other version no longer exists: it was deleted in another tab. Keep your version or save it as a copy.';

/**
 * Connects the wizard to the drafts kept on this device: opening, resuming and
 * importing send events to the machine; every change of answers or step is saved.
 *
 * Two tabs may have the same draft open. Each save is written only over the version this tab
 * last loaded or saved; if another tab saved in between, nothing is written, saving pauses and
 * the user chooses: keep this tab's version, load the other, or save this tab's as a copy.
 */
export function createDraftSession(actor: WizardRef, deps: SessionDeps) {
  const known = new Map<string, DraftMeta>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | undefined;
  let lastSaved = '';
  let conflict: DraftConflict | undefined;
  let channel: DraftsChannel | undefined;
  let tabId = '';
  /** A protected file waiting for its passphrase; kept only in memory, and only until it opens or is cancelled. */
  let lockedFile: ImportedFile | undefined;

  // One save or check at a time, so each is guarded by the version the one before wrote.
  let queue: Promise<unknown> = Promise.resolve();
  function serially<T>(task: () => Promise<T>): Promise<T> {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  }

  function metaOf(draftId: string): DraftMeta {
    return known.get(draftId) ?? { name: '', createdAt: deps.now().toISOString(), named: false, revision: undefined };
  }

  function setConflict(next: DraftConflict | undefined): void {
    if (next === conflict) return;
    conflict = next;
    deps.onConflict?.(next);
  }

  /** The draft as the wizard holds it now, as a new version. */
  function draftOf(snapshot: WizardSnapshot, id: string, meta: DraftMeta): Draft {
    const { answers, visited, exercise } = snapshot.context;
    return {
      id,
      name: meta.named ? meta.name : defaultName(answers, exercise),
      createdAt: meta.createdAt,
      updatedAt: deps.now().toISOString(),
      revision: deps.newId(),
      step: String(snapshot.value),
      visited,
      answers,
      ...(exercise ? { exercise } : {}),
    };
  }

  function hasUnsavedChanges(): boolean {
    const snapshot = actor.getSnapshot();
    return snapshot.context.draftId !== null && snapshot.value !== 'start' && keyOf(snapshot) !== lastSaved;
  }

  /** Writes the open draft; `guarded`: only over the version this tab last saw. */
  async function write(guarded: boolean): Promise<void> {
    const snapshot = actor.getSnapshot();
    const { draftId } = snapshot.context;
    if (!draftId) return;
    const key = keyOf(snapshot);
    const meta = metaOf(draftId);
    const draft = draftOf(snapshot, draftId, meta);
    const result = await deps.store.saveDraft(draft, guarded ? { seen: meta.revision } : undefined);
    if ('conflict' in result) {
      setConflict({ draftId });
      return;
    }
    if (result.ok) {
      known.set(draftId, { ...meta, name: draft.name, revision: draft.revision });
      lastSaved = key;
      announce(draft);
    }
    deps.onSaveProblem(result.ok ? undefined : result.error);
  }

  async function save(): Promise<void> {
    const snapshot = actor.getSnapshot();
    waitingSince = undefined;
    // While the user chooses, nothing is saved: this tab's answers would overwrite the other tab's.
    if (conflict || !snapshot.context.draftId || snapshot.value === 'start') return;
    if (keyOf(snapshot) === lastSaved) return;
    await write(true);
  }

  function announce(draft: Draft): void {
    if (!channel || !draft.revision) return;
    const message: DraftSavedMessage = { draftId: draft.id, updatedAt: draft.updatedAt, revision: draft.revision, tabId };
    channel.postMessage(message);
  }

  /** Another tab says it saved the open draft: the same check a save makes, at once. */
  async function checkStored(draftId: string): Promise<void> {
    if (conflict || actor.getSnapshot().context.draftId !== draftId) return;
    const stored = await deps.store.loadDraft(draftId);
    if (!stored.ok || actor.getSnapshot().context.draftId !== draftId) return;
    if (savedElsewhere(stored.value, known.get(draftId)?.revision)) setConflict({ draftId });
  }

  function onMessage(event: MessageEvent): void {
    const draftId = draftSavedElsewhere(event.data, tabId);
    if (draftId && draftId === actor.getSnapshot().context.draftId) void serially(() => checkStored(draftId));
  }

  /** Shows a stored draft in the wizard, in place of whatever is open. */
  function show(draft: Draft): void {
    const exercise = (draft.exercise ?? null) as Exercise | null;
    known.set(draft.id, {
      name: draft.name,
      createdAt: draft.createdAt,
      named: draft.name !== defaultName(draft.answers as Answers, exercise),
      revision: revisionOf(draft),
    });
    const step: StepId = isStepId(draft.step) ? draft.step : 'operation';
    const visited = (draft.visited ?? []).filter(isStepId);
    if (actor.getSnapshot().value !== 'start') actor.send({ type: 'wizard.close' });
    actor.send({ type: 'draft.resume', draftId: draft.id, answers: draft.answers as Answers, step, visited, exercise });
    // What is on screen is what is stored: nothing to save until the user changes something.
    lastSaved = keyOf(actor.getSnapshot());
  }

  async function saveMineAsCopy(): Promise<void> {
    const snapshot = actor.getSnapshot();
    const { draftId } = snapshot.context;
    if (!conflict || !draftId) return;
    const original = draftOf(snapshot, draftId, metaOf(draftId));
    const copy: Draft = {
      ...original,
      id: deps.newId(),
      name: `${original.name.slice(0, 170)} (copy from another tab)`,
      createdAt: original.updatedAt,
    };
    // Guarded with no version seen: written only if nothing has this id yet.
    const result = await deps.store.saveDraft(copy, { seen: undefined });
    if (!result.ok) {
      deps.onSaveProblem(result.error);
      return;
    }
    setConflict(undefined);
    deps.onSaveProblem(undefined);
    show(copy);
    await deps.store.setLastOpenedDraftId(copy.id);
  }

  // Waits for a pause in typing, but never more than a second: a crash loses at most that.
  function scheduleSave(): void {
    clearTimeout(timer);
    const now = deps.now().getTime();
    waitingSince ??= now;
    const wait = now - waitingSince >= 1000 ? 0 : 250;
    timer = setTimeout(() => void serially(save), wait);
  }

  return {
    /** Saves every change from now on, and listens for other tabs saving; returns the function that stops both. */
    startAutosave(): () => void {
      const subscription = actor.subscribe(scheduleSave);
      tabId ||= deps.newId();
      const opened = (deps.openChannel ?? openDraftsChannel)();
      opened?.addEventListener('message', onMessage);
      channel = opened;
      return () => {
        clearTimeout(timer);
        subscription.unsubscribe();
        opened?.removeEventListener('message', onMessage);
        opened?.close();
        if (channel === opened) channel = undefined;
      };
    },
    /**
     * Saves now: before the page goes away, or before leaving a draft. While another tab's
     * version is waiting for the user's choice, this tab's unsaved answers are saved as a copy.
     */
    flush: () => {
      clearTimeout(timer);
      return serially(() => (conflict ? (hasUnsavedChanges() ? saveMineAsCopy() : Promise.resolve()) : save()));
    },
    /** The user's choice: this tab's answers replace the version another tab saved. */
    keepMine: () =>
      serially(async () => {
        if (!conflict) return;
        setConflict(undefined);
        await write(false);
      }),
    /** The user's choice: show the version another tab saved; this tab's unsaved changes are dropped. */
    loadTheirs: () =>
      serially(async () => {
        if (!conflict) return;
        const loaded = await deps.store.loadDraft(conflict.draftId);
        if (!loaded.ok || !loaded.value) {
          deps.onSaveProblem(loaded.ok ? OTHER_VERSION_GONE : loaded.error);
          return;
        }
        setConflict(undefined);
        deps.onSaveProblem(undefined);
        show(loaded.value);
      }),
    /** The user's choice: both kept; this tab's answers become a new draft, which this tab then shows. */
    saveMineAsCopy: () => serially(saveMineAsCopy),
    async startNew(): Promise<void> {
      const draftId = deps.newId();
      setConflict(undefined);
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
      setConflict(undefined);
      show(draft);
      await deps.store.setLastOpenedDraftId(draft.id);
      return true;
    },
    /**
     * A broken or foreign file only produces a message; the open draft is never touched.
     * A file protected with a passphrase waits for it (unlockImport).
     */
    async importFile(file: ImportedFile, passphrase?: string): Promise<void> {
      const result = await readImportedFile(file, passphrase);
      lockedFile = !result.ok && result.needsPassphrase ? file : undefined;
      if (!result.ok) {
        if (result.needsPassphrase) {
          const error = result.errors.join(' ');
          actor.send({ type: 'import.locked', fileName: file.name, ...(error ? { error } : {}) });
        } else actor.send({ type: 'import.failed', errors: result.errors });
        return;
      }
      await this.flush();
      const draftId = deps.newId();
      setConflict(undefined);
      known.set(draftId, {
        name: `${codenameOf(result.answers) || 'Imported case'} (imported)`,
        createdAt: deps.now().toISOString(),
        named: true,
        revision: undefined,
      });
      actor.send({ type: 'case.imported', draftId, answers: result.answers as Answers });
      await deps.store.setLastOpenedDraftId(draftId);
    },
    /** The passphrase for the protected file last chosen; a wrong one asks again. */
    async unlockImport(passphrase: string): Promise<void> {
      if (lockedFile) await this.importFile(lockedFile, passphrase);
    },
    cancelUnlock(): void {
      lockedFile = undefined;
      actor.send({ type: 'import.dismiss' });
    },
    /** A classroom exercise: the trainee starts from the scenario's briefing. */
    async startExercise(scenario: Scenario, hintsAllowed: boolean): Promise<void> {
      const draftId = deps.newId();
      setConflict(undefined);
      actor.send({ type: 'exercise.start', draftId, scenario, hintsAllowed });
      await deps.store.setLastOpenedDraftId(draftId);
    },
    async close(): Promise<void> {
      await this.flush();
      setConflict(undefined);
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

/** Everything a save writes that can change: equal keys, nothing new to save. */
function keyOf(snapshot: WizardSnapshot): string {
  const { draftId, answers, visited, exercise } = snapshot.context;
  return JSON.stringify([draftId, snapshot.value, answers, visited, exercise?.released, exercise?.flagged, exercise?.hintsAllowed]);
}

function defaultName(answers: Answers, exercise: Exercise | null): string {
  if (exercise) return `Exercise: ${exercise.scenario.title}`;
  return codenameOf(answers) || 'Untitled assessment';
}
