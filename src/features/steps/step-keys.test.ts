// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { emptyAnswers, mergeAnswers, type Answers } from '../../machine/answers.ts';
import type { StepId } from '../../machine/steps.ts';
import { wizardMachine } from '../../machine/wizard.machine.ts';
import { currentStep, upcomingStep } from '../../machine/wizard.selectors.ts';
import { useStepKeys } from './step-keys.ts';

describe('the step prepared after the one on screen', () => {
  it('is where "Continue" leads, technique steps and the cooperation step included, up to the export', () => {
    const actor = createActor(wizardMachine).start();
    expect(upcomingStep(actor.getSnapshot())).toBeUndefined();
    actor.send({ type: 'draft.new', draftId: 'd1' });
    const patch = {
      operation: { states: [{ name: 'Ruritania' }, { name: 'Freedonia' }] },
      techniques: { selected: ['informant', 'controlledDelivery'] },
    };
    actor.send({ type: 'answers.change', patch });
    const seen: StepId[] = [];
    for (let guard = 0; guard < 20; guard++) {
      const here = actor.getSnapshot();
      const upcoming = upcomingStep(here);
      actor.send({ type: 'step.next' });
      const reached = currentStep(actor.getSnapshot());
      if (reached === currentStep(here)) {
        expect(upcoming).toBeUndefined();
        break;
      }
      expect(upcoming).toBe(reached);
      seen.push(upcoming!);
    }
    expect(seen).toContain('informant');
    expect(seen).toContain('controlled-delivery');
    expect(seen).toContain('cooperation');
    expect(seen.at(-1)).toBe('export');
  });
});

describe('step keys', () => {
  const answered = (patch: Record<string, unknown>, from: Answers = emptyAnswers()) => mergeAnswers(from, patch);

  function keysFor(step: StepId, upcoming: StepId | undefined, answers: Answers) {
    type Props = { step: StepId; upcoming: StepId | undefined; answers: Answers };
    return renderHook((props: Props) => useStepKeys(props.step, props.upcoming, props.answers), {
      initialProps: { step, upcoming, answers },
    });
  }

  it('shows the prepared form on "Continue", and keeps its key while the user answers it', () => {
    const answers = emptyAnswers();
    const hook = keysFor('operation', 'people', answers);
    const prepared = hook.result.current.upcoming;
    hook.rerender({ step: 'people', upcoming: 'techniques', answers });
    expect(hook.result.current.shown).toBe(prepared);
    hook.rerender({ step: 'people', upcoming: 'techniques', answers: answered({ people: { riskToLife: 'yes' } }, answers) });
    expect(hook.result.current.shown).toBe(prepared);
  });

  it('prepares the next form again when the answers it starts from change, and only then', () => {
    const answers = answered({ techniques: { selected: [] } });
    const hook = keysFor('techniques', 'informant', answers);
    const before = hook.result.current.upcoming;
    hook.rerender({ step: 'techniques', upcoming: 'informant', answers: answered({ people: { riskToLife: 'yes' } }, answers) });
    expect(hook.result.current.upcoming).toBe(before);
    const ticked = answered({ techniques: { selected: ['informant'] } }, answers);
    hook.rerender({ step: 'techniques', upcoming: 'informant', answers: ticked });
    expect(hook.result.current.upcoming).not.toBe(before);
    const prepared = hook.result.current.upcoming;
    hook.rerender({ step: 'informant', upcoming: 'legality', answers: ticked });
    expect(hook.result.current.shown).toBe(prepared);
  });

  it('never hands a form once shown out as a prepared one: "Back" then "Continue" makes it afresh', () => {
    const answers = emptyAnswers();
    const hook = keysFor('operation', 'people', answers);
    const shown = [hook.result.current.shown];
    hook.rerender({ step: 'people', upcoming: 'techniques', answers });
    shown.push(hook.result.current.shown);
    hook.rerender({ step: 'operation', upcoming: 'people', answers });
    shown.push(hook.result.current.shown);
    expect(shown).not.toContain(hook.result.current.upcoming);
    hook.rerender({ step: 'people', upcoming: 'techniques', answers });
    expect(new Set([...shown, hook.result.current.shown]).size).toBe(4);
  });
});
