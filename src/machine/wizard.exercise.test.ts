import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { REPO_ROOT } from '../cli/disk.ts';
import { loadScenario } from '../domain/load-scenario.ts';
import { applyInject, startingAnswersOf } from '../domain/scenario-answers.ts';
import type { Scenario } from '../domain/scenario.schema.ts';
import { wizardMachine } from './wizard.machine.ts';
import type { WizardEvent } from './wizard.types.ts';

function scenario(id: string): Scenario {
  const text = readFileSync(join(REPO_ROOT, 'public', 'scenarios', `${id}.scenario.json`), 'utf8');
  const loaded = loadScenario(text, id);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.scenario;
}
const lorry = scenario('refrigerated-lorry-children');
const start: WizardEvent = { type: 'exercise.start', draftId: 'x1', scenario: lorry, hintsAllowed: false };

function run(...events: WizardEvent[]) {
  const actor = createActor(wizardMachine).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

describe('exercise mode', () => {
  it('opens on the briefing with the starting answers, then the first step', () => {
    const briefing = run(start);
    expect(briefing.value).toBe('briefing');
    expect(briefing.context.answers).toEqual(startingAnswersOf(lorry));
    expect(briefing.context.exercise).toMatchObject({ hintsAllowed: false, released: [], flagged: [] });
    expect(run(start, { type: 'step.next' }).value).toBe('operation');
  });

  it('releases an inject once, merging its facts into the answers', () => {
    const inject = lorry.injects[0]!;
    const snapshot = run(start, { type: 'exercise.release', injectId: inject.id }, { type: 'exercise.release', injectId: inject.id });
    expect(snapshot.context.exercise?.released).toEqual([inject.id]);
    expect(snapshot.context.answers).toEqual(applyInject(startingAnswersOf(lorry), inject));
    expect(snapshot.context.answers).not.toEqual(startingAnswersOf(lorry));
    expect(run(start, { type: 'exercise.release', injectId: 'no-such-inject' }).context.exercise?.released).toEqual([]);
  });

  it('records the problems the trainee flags and unflags', () => {
    const snapshot = run(
      start,
      { type: 'exercise.flag', ruleId: 'cd-lives-put-at-risk', flagged: true },
      { type: 'exercise.flag', ruleId: 'ms-intervention-plan-missing', flagged: true },
      { type: 'exercise.flag', ruleId: 'cd-lives-put-at-risk', flagged: false },
    );
    expect(snapshot.context.exercise?.flagged).toEqual(['ms-intervention-plan-missing']);
  });

  it('lets the trainer allow hints', () => {
    expect(run(start, { type: 'exercise.hints', allowed: true }).context.exercise?.hintsAllowed).toBe(true);
  });

  it('goes to the debrief from any step and back to the plan', () => {
    const debrief = run(start, { type: 'step.next' }, { type: 'step.next' }, { type: 'exercise.debrief' });
    expect(debrief.value).toBe('debrief');
    expect(run(start, { type: 'exercise.debrief' }, { type: 'step.back' }).value).toBe('review');
  });

  it('resets to the start of the scenario in one step, leaving nothing of the last trainee', () => {
    const snapshot = run(
      start,
      { type: 'step.next' },
      { type: 'answers.change', patch: { intervention: { rescueTeam: 'yes' } } },
      { type: 'exercise.release', injectId: lorry.injects[0]!.id },
      { type: 'exercise.flag', ruleId: 'cd-lives-put-at-risk', flagged: true },
      { type: 'exercise.reset' },
    );
    expect(snapshot.value).toBe('briefing');
    expect(snapshot.context.answers).toEqual(startingAnswersOf(lorry));
    expect(snapshot.context.exercise).toMatchObject({ released: [], flagged: [] });
    expect(snapshot.context.visited).toEqual([]);
  });

  it('ignores exercise events outside an exercise', () => {
    const snapshot = run({ type: 'draft.new', draftId: 'd' }, { type: 'exercise.debrief' }, { type: 'exercise.reset' });
    expect(snapshot.value).toBe('operation');
    expect(snapshot.context.exercise).toBeNull();
  });

  it('resumes an exercise draft with its scenario and progress', () => {
    const exercise = { scenario: lorry, hintsAllowed: true, released: [lorry.injects[0]!.id], flagged: ['cd-lives-put-at-risk'] };
    const snapshot = run({ type: 'draft.resume', draftId: 'x2', answers: startingAnswersOf(lorry) as never, step: 'people', exercise });
    expect(snapshot.value).toBe('people');
    expect(snapshot.context.exercise).toEqual(exercise);
  });
});
