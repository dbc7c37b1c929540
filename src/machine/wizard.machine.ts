import { assign, setup } from 'xstate';
import { appendToLog } from '../domain/case-log.ts';
import { applyInject, startingAnswersOf } from '../domain/scenario-answers.ts';
import { emptyAnswers, mergeAnswers, type Answers } from './answers.ts';
import { STEPS, type StepId } from './steps.ts';
import { applicableSteps, canVisit, stepApplies } from './wizard.guards.ts';
import type { WizardContext, WizardEvent } from './wizard.types.ts';

type StepParams = { step: StepId };

/**
 * The wizard's flow: which step comes next, which are skipped, where a resumed or
 * imported case opens. Components render the current step and send events; they
 * never decide where to go.
 */
export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
  },
  guards: {
    applies: ({ context }, { step }: StepParams) => stepApplies(context.answers, step),
    canGoto: ({ context, event }, { step }: StepParams) =>
      event.type === 'step.goto' && event.step === step && canVisit(context.answers, context.visited, step),
    resumesAt: ({ event }, { step }: StepParams) =>
      event.type === 'draft.resume' && event.step === step && stepApplies(event.answers, step),
    inExercise: ({ context }) => context.exercise !== null,
    canRelease: ({ context, event }) =>
      event.type === 'exercise.release' &&
      context.exercise !== null &&
      !context.exercise.released.includes(event.injectId) &&
      context.exercise.scenario.injects.some((inject) => inject.id === event.injectId),
  },
  actions: {
    markVisited: assign({
      visited: ({ context }, { step }: StepParams) =>
        context.visited.includes(step) ? context.visited : [...context.visited, step],
    }),
    startDraft: assign(({ event }) => {
      if (event.type !== 'draft.new') return {};
      return { draftId: event.draftId, answers: emptyAnswers(), visited: [], importErrors: [], lockedImport: null };
    }),
    loadDraft: assign(({ event }) => {
      if (event.type !== 'draft.resume') return {};
      return {
        draftId: event.draftId,
        answers: event.answers,
        visited: event.visited ?? [],
        importErrors: [],
        lockedImport: null,
        exercise: event.exercise ?? null,
      };
    }),
    startExercise: assign(({ event }) => {
      if (event.type !== 'exercise.start') return {};
      return {
        draftId: event.draftId,
        answers: startingAnswersOf(event.scenario) as Answers,
        visited: [],
        importErrors: [],
        lockedImport: null,
        exercise: { scenario: event.scenario, hintsAllowed: event.hintsAllowed, released: [], flagged: [] },
      };
    }),
    // One click back to the start of the scenario: the next trainee sees none of this work.
    resetExercise: assign(({ context }) => {
      if (!context.exercise) return {};
      return {
        answers: startingAnswersOf(context.exercise.scenario) as Answers,
        visited: [],
        exercise: { ...context.exercise, released: [], flagged: [] },
      };
    }),
    setHints: assign(({ context, event }) =>
      event.type === 'exercise.hints' && context.exercise
        ? { exercise: { ...context.exercise, hintsAllowed: event.allowed } }
        : {},
    ),
    releaseInject: assign(({ context, event }) => {
      if (event.type !== 'exercise.release' || !context.exercise) return {};
      const inject = context.exercise.scenario.injects.find((candidate) => candidate.id === event.injectId);
      if (!inject) return {};
      return {
        answers: applyInject(context.answers, inject),
        exercise: { ...context.exercise, released: [...context.exercise.released, inject.id] },
      };
    }),
    flagProblem: assign(({ context, event }) => {
      if (event.type !== 'exercise.flag' || !context.exercise) return {};
      const others = context.exercise.flagged.filter((ruleId) => ruleId !== event.ruleId);
      return { exercise: { ...context.exercise, flagged: event.flagged ? [...others, event.ruleId] : others } };
    }),
    loadImported: assign(({ event }) => {
      if (event.type !== 'case.imported') return {};
      // An imported case is complete: every step that applies up to the review counts as reached.
      return {
        draftId: event.draftId,
        answers: event.answers,
        visited: applicableSteps(event.answers).filter((step) => step !== 'export'),
        importErrors: [],
        lockedImport: null,
      };
    }),
    changeAnswers: assign({
      answers: ({ context, event }) =>
        event.type === 'answers.change' ? mergeAnswers(context.answers, event.patch) : context.answers,
    }),
    logDecision: assign({
      answers: ({ context, event }) => (event.type === 'case.logged' ? appendToLog(context.answers, event.entry) : context.answers),
    }),
    showImportErrors: assign({
      importErrors: ({ event }) => (event.type === 'import.failed' ? event.errors : []),
      lockedImport: null,
    }),
    askPassphrase: assign({
      lockedImport: ({ event }) =>
        event.type === 'import.locked' ? { fileName: event.fileName, ...(event.error ? { error: event.error } : {}) } : null,
      importErrors: [],
    }),
    clearImportErrors: assign({ importErrors: [], lockedImport: null }),
    closeDraft: assign({ draftId: null, answers: emptyAnswers(), visited: [], importErrors: [], lockedImport: null, exercise: null }),
  },
}).createMachine({
  id: 'wizard',
  context: { answers: emptyAnswers(), visited: [], draftId: null, importErrors: [], lockedImport: null, exercise: null },
  initial: 'start',
  on: {
    'import.failed': { actions: 'showImportErrors' },
    'import.locked': { actions: 'askPassphrase' },
    'import.dismiss': { actions: 'clearImportErrors' },
    'case.imported': { target: '.review', actions: 'loadImported' },
    'step.goto': STEPS.map((step) => ({
      guard: { type: 'canGoto' as const, params: { step } },
      target: `.${step}`,
    })),
    'exercise.hints': { guard: 'inExercise', actions: 'setHints' },
    'exercise.release': { guard: 'canRelease', actions: 'releaseInject' },
    'exercise.flag': { guard: 'inExercise', actions: 'flagProblem' },
    'exercise.reset': { guard: 'inExercise', target: '.briefing', actions: 'resetExercise' },
    'exercise.debrief': { guard: 'inExercise', target: '.debrief' },
  },
  states: {
    start: {
      on: {
        'draft.new': { target: 'operation', actions: 'startDraft' },
        'exercise.start': { target: 'briefing', actions: 'startExercise' },
        'supervisor.open': { target: 'supervisor' },
        'draft.resume': [
          ...STEPS.map((step) => ({
            guard: { type: 'resumesAt' as const, params: { step } },
            target: step,
            actions: 'loadDraft' as const,
          })),
          { target: 'operation', actions: 'loadDraft' },
        ],
      },
    },
    // Exercise only: the trainee reads the scenario before the first step.
    briefing: {
      on: {
        'step.next': { target: 'operation' },
        'wizard.close': { target: 'start', actions: 'closeDraft' },
      },
    },
    ...Object.fromEntries(STEPS.map((step, index) => [step, stepState(step, index)])),
    // The supervisor's review of an exported checklist: its own machine (review.machine.ts) runs inside.
    supervisor: {
      on: { 'wizard.close': { target: 'start', actions: 'closeDraft' } },
    },
    // Exercise only: the trainee's plan against the model answer.
    debrief: {
      on: {
        'step.back': { target: 'review' },
        'wizard.close': { target: 'start', actions: 'closeDraft' },
      },
    },
  },
});

/** Next and back skip the steps that do not apply; nothing typed is ever dropped. */
function stepState(step: StepId, index: number) {
  const later = STEPS.slice(index + 1);
  const earlier = STEPS.slice(0, index).reverse();
  return {
    entry: { type: 'markVisited' as const, params: { step } },
    on: {
      'answers.change': { actions: 'changeAnswers' as const },
      'case.logged': { actions: 'logDecision' as const },
      'wizard.close': { target: '#wizard.start', actions: 'closeDraft' as const },
      ...(later.length > 0 && {
        'step.next': later.map((target) => ({ target: `#wizard.${target}`, guard: { type: 'applies' as const, params: { step: target } } })),
      }),
      ...(earlier.length > 0 && {
        'step.back': earlier.map((target) => ({ target: `#wizard.${target}`, guard: { type: 'applies' as const, params: { step: target } } })),
      }),
    },
  };
}
