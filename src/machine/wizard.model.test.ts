import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { TECHNIQUES } from '../domain/case.schema.ts';
import { emptyAnswers, mergeAnswers, selectedTechniques, stateCount, type Answers } from './answers.ts';
import { STEPS } from './steps.ts';
import { applicableSteps } from './wizard.guards.ts';
import { wizardMachine } from './wizard.machine.ts';
import type { Scenario } from '../domain/scenario.schema.ts';
import type { WizardEvent } from './wizard.types.ts';

/**
 * Model-based tests: xstate/graph walks the machine with every event, and the test
 * checks that every step is reached and that next/back take the right transition
 * for every combination of chosen techniques and number of states.
 */
const subsets = TECHNIQUES.reduce<string[][]>((all, technique) => [...all, ...all.map((set) => [...set, technique])], [[]]);
// The smallest scenario that opens an exercise: its content does not affect the flow.
const MINI_SCENARIO = {
  scenarioVersion: 1,
  id: 'mini',
  title: 'Mini',
  learningObjectives: ['Flow'],
  briefing: 'Flow only.',
  techniques: ['informant'],
  injects: [],
  modelAnswer: { verdict: 'proceed', findings: ['x'], measures: [], sources: [{ doc: 'sit-2013', para: 9 }], notes: 'none' },
} as unknown as Scenario;
const events: WizardEvent[] = [
  { type: 'draft.new', draftId: 'd' },
  { type: 'step.next' },
  { type: 'step.back' },
  ...STEPS.map((step) => ({ type: 'step.goto' as const, step })),
  ...subsets.map((selected) => ({ type: 'answers.change' as const, patch: { techniques: { selected } } })),
  ...[1, 2].map((count) => ({
    type: 'answers.change' as const,
    patch: { operation: { states: Array.from({ length: count }, (_, i) => ({ name: `S${i}`, role: 'transit' })) } },
  })),
  { type: 'wizard.close' },
  { type: 'exercise.start', draftId: 'x', scenario: MINI_SCENARIO, hintsAllowed: false },
  { type: 'exercise.debrief' },
  { type: 'exercise.reset' },
];
const traversal = {
  events,
  // The step, the chosen techniques and whether several states are involved decide the flow;
  // which steps were visited only unlocks jumps, so it is left out to keep the graph finite.
  serializeState: (snapshot: { value: unknown; context: { answers: Answers; exercise: unknown } }) =>
    JSON.stringify([
      snapshot.value,
      selectedTechniques(snapshot.context.answers).slice().sort(),
      stateCount(snapshot.context.answers) > 1,
      snapshot.context.exercise !== null,
    ]),
  limit: 200_000,
};
type Node = { state: { value: unknown }; transitions: Record<string, { state: { value: unknown } }> };
const adjacency = getAdjacencyMap(wizardMachine, traversal as never) as unknown as Record<string, Node>;
const edges = new Set<string>();
for (const { state, transitions } of Object.values(adjacency)) {
  for (const [eventKey, { state: next }] of Object.entries(transitions)) {
    edges.add(`${String(state.value)} ${JSON.parse(eventKey).type} ${String(next.value)}`);
  }
}

describe('wizard machine, model-based', () => {
  it('reaches every state', () => {
    const reached = new Set(Object.values(adjacency).map(({ state }) => String(state.value)));
    expect([...reached].sort()).toEqual(['start', 'briefing', 'debrief', ...STEPS].sort());
  });

  it('goes to the next and previous applicable step for every choice of techniques and states', () => {
    for (const selected of subsets) {
      for (const count of [1, 2]) {
        const answers = mergeAnswers(emptyAnswers(), {
          techniques: { selected },
          operation: { states: Array.from({ length: count }, () => ({ name: 'S', role: 'transit' })) },
        }) as Answers;
        const steps = applicableSteps(answers);
        steps.slice(0, -1).forEach((step, index) => {
          expect(edges, `${step} → ${steps[index + 1]}`).toContain(`${step} step.next ${steps[index + 1]}`);
          expect(edges, `${steps[index + 1]} ← ${step}`).toContain(`${steps[index + 1]} step.back ${step}`);
        });
      }
    }
  });

  it('replays every shortest path on a real actor and ends where the model says', () => {
    const paths = getShortestPaths(wizardMachine, traversal as never);
    expect(paths.length).toBeGreaterThan(STEPS.length);
    for (const path of paths) {
      const actor = createActor(wizardMachine).start();
      for (const { event } of path.steps) actor.send(event as WizardEvent);
      expect(actor.getSnapshot().value).toEqual(path.state.value);
      actor.stop();
    }
  });

  it('can jump back to every step once reached, and close from every step', () => {
    for (const step of STEPS) {
      expect([...edges].some((edge) => edge.endsWith(`step.goto ${step}`))).toBe(true);
      expect(edges).toContain(`${step} wizard.close start`);
    }
  });
});
