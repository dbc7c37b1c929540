import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { emptyAnswers, mergeAnswers, type Answers } from './answers.ts';
import { applicableSteps, stepApplies } from './wizard.guards.ts';
import { wizardMachine } from './wizard.machine.ts';
import type { WizardEvent } from './wizard.types.ts';

function run(...events: WizardEvent[]) {
  const actor = createActor(wizardMachine).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}
const choose = (...selected: string[]): WizardEvent => ({ type: 'answers.change', patch: { techniques: { selected } } });
const states = (count: number): WizardEvent => ({
  type: 'answers.change',
  patch: { operation: { states: Array.from({ length: count }, (_, index) => ({ name: `State ${index}`, role: 'transit' })) } },
});
const next: WizardEvent = { type: 'step.next' };
const back: WizardEvent = { type: 'step.back' };
const newDraft: WizardEvent = { type: 'draft.new', draftId: 'd1' };

describe('wizard flow', () => {
  it('starts on the start screen and opens a new draft at the operation step', () => {
    expect(run().value).toBe('start');
    const snapshot = run(newDraft);
    expect(snapshot.value).toBe('operation');
    expect(snapshot.context.draftId).toBe('d1');
    expect(snapshot.context.visited).toEqual(['operation']);
  });

  it('skips the steps of techniques that were not chosen', () => {
    const snapshot = run(newDraft, next, next, choose('controlledDelivery'), next);
    expect(snapshot.value).toBe('controlled-delivery');
    expect(run(newDraft, next, next, choose('controlledDelivery'), next, next).value).toBe('legality');
    expect(run(newDraft, next, next, choose('controlledDelivery'), next, next, back).value).toBe('controlled-delivery');
  });

  it('asks about international cooperation only when more than one state is involved', () => {
    const toAdmissibility = [newDraft, next, next, choose('informant'), next, next, next, next, next] as const;
    expect(run(...toAdmissibility).value).toBe('admissibility');
    expect(run(...toAdmissibility, next).value).toBe('risks');
    expect(run(...toAdmissibility, states(2), next).value).toBe('cooperation');
    expect(run(...toAdmissibility, states(1), next).value).toBe('risks');
  });

  it('reopens any reached step and goes forward again without losing answers', () => {
    const answered: WizardEvent = { type: 'answers.change', patch: { people: { riskToLife: 'yes' } } };
    const snapshot = run(newDraft, next, answered, next, { type: 'step.goto', step: 'operation' });
    expect(snapshot.value).toBe('operation');
    expect(run(newDraft, next, answered, next, { type: 'step.goto', step: 'operation' }, { type: 'step.goto', step: 'techniques' }).value).toBe('techniques');
    expect((snapshot.context.answers.people as Record<string, unknown>).riskToLife).toBe('yes');
  });

  it('refuses to jump to a step not yet reached or no longer applying', () => {
    expect(run(newDraft, { type: 'step.goto', step: 'review' }).value).toBe('operation');
    const deselected = run(newDraft, next, next, choose('informant'), next, next, choose(), { type: 'step.goto', step: 'informant' });
    expect(deselected.value).toBe('legality');
    expect(deselected.context.visited).toContain('informant');
  });

  it('keeps the answers of a step that no longer applies', () => {
    const snapshot = run(
      newDraft,
      choose('informant'),
      { type: 'answers.change', patch: { techniques: { informant: { codename: 'SPARROW' } } } },
      choose('controlledDelivery'),
    );
    expect(snapshot.context.answers.techniques).toEqual({ selected: ['controlledDelivery'], informant: { codename: 'SPARROW' } });
  });

  it('resumes a draft at its saved step', () => {
    const answers = mergeAnswers(emptyAnswers(), { techniques: { selected: ['informant'] } }) as Answers;
    const snapshot = run({ type: 'draft.resume', draftId: 'd9', answers, step: 'informant', visited: ['operation', 'informant'] });
    expect(snapshot.value).toBe('informant');
    expect(snapshot.context.draftId).toBe('d9');
    expect(run({ type: 'draft.resume', draftId: 'd9', answers: emptyAnswers(), step: 'informant' }).value).toBe('operation');
  });

  it('opens an imported case at the review with every applicable step reached', () => {
    const answers = mergeAnswers(emptyAnswers(), { techniques: { selected: ['controlledDelivery'] } }) as Answers;
    const snapshot = run(newDraft, { type: 'case.imported', draftId: 'd2', answers });
    expect(snapshot.value).toBe('review');
    expect(snapshot.context.visited).toEqual(applicableSteps(answers).filter((step) => step !== 'export'));
  });

  it('shows import errors without touching the draft', () => {
    const before = run(newDraft, next);
    const after = run(newDraft, next, { type: 'import.failed', errors: ['case.json: not valid JSON'] });
    expect(after.value).toBe(before.value);
    expect(after.context.answers).toEqual(before.context.answers);
    expect(after.context.importErrors).toEqual(['case.json: not valid JSON']);
    expect(run(newDraft, { type: 'import.failed', errors: ['x'] }, { type: 'import.dismiss' }).context.importErrors).toEqual([]);
  });

  it('ignores attempts to pollute the answers through the merge', () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "people": {"riskToLife": "no"}}') as Record<string, unknown>;
    const snapshot = run(newDraft, { type: 'answers.change', patch });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((snapshot.context.answers.people as Record<string, unknown>).riskToLife).toBe('no');
  });

  it('closes the draft and returns to the start', () => {
    const snapshot = run(newDraft, next, { type: 'wizard.close' });
    expect(snapshot.value).toBe('start');
    expect(snapshot.context.draftId).toBeNull();
  });

  it('knows which steps apply', () => {
    const answers = mergeAnswers(emptyAnswers(), { techniques: { selected: ['informant'] } }) as Answers;
    expect(stepApplies(answers, 'informant')).toBe(true);
    expect(stepApplies(answers, 'controlled-delivery')).toBe(false);
    expect(applicableSteps(answers)).not.toContain('cooperation');
  });
});
