// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswers } from '../../machine/answers.ts';
import { StepForm } from './step-form.tsx';
import { STEP_FIELDS } from './step-fields.ts';

afterEach(cleanup);

function renderStep(step: 'operation' | 'people', answers = emptyAnswers()) {
  const onChange = vi.fn();
  const onNext = vi.fn();
  render(<StepForm items={STEP_FIELDS[step]!} answers={answers} onChange={onChange} onNext={onNext} onBack={() => {}} />);
  return { onChange, onNext };
}

describe('a step form', () => {
  it('labels every question and starts every answer as not known yet', () => {
    renderStep('people');
    const group = screen.getByRole('group', { name: 'Is there a risk to the life of migrants, officers or others?' });
    expect(group).toBeTruthy();
    expect((screen.getAllByRole('radio', { name: 'Not known yet', checked: true }) as HTMLInputElement[]).length).toBeGreaterThan(15);
    expect(screen.getByLabelText('How many migrants are expected?')).toBeTruthy();
  });

  it('sends every change to the wizard as it is made', async () => {
    const { onChange } = renderStep('people');
    const group = screen.getByRole('group', { name: 'Is there a risk to the life of migrants, officers or others?' });
    await userEvent.click(group.querySelector<HTMLInputElement>('input[value="yes"]')!);
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    const patch = onChange.mock.calls.at(-1)?.[0] as { people: { riskToLife: string } };
    expect(patch.people.riskToLife).toBe('yes');
  });

  it('announces what is wrong, next to the field and in a summary, and does not move on', async () => {
    const { onNext } = renderStep('operation');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Operation codename (never a real name): Enter an operation codename');
    const codename = screen.getByLabelText('Operation codename (never a real name)');
    expect(codename.getAttribute('aria-invalid')).toBe('true');
    const describedBy = codename.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(
      'Enter an operation codename',
    );
    expect(onNext).not.toHaveBeenCalled();

    await userEvent.type(codename, 'NIGHT HERON');
    await waitFor(() => expect(codename.getAttribute('aria-invalid')).toBeNull());
    expect(codename.getAttribute('aria-describedby') ?? '').not.toContain('error');
    await userEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(1));
  });

  it('reminds the user to use codenames where people are named', () => {
    renderStep('operation');
    expect(screen.getByText('Use a codename. Never enter the real name of an informant or officer.')).toBeTruthy();
  });

  it('adds and names the states on the route', async () => {
    const { onChange } = renderStep('operation');
    await userEvent.click(screen.getByRole('button', { name: 'Add a state' }));
    await userEvent.type(screen.getByLabelText('State'), 'Ruritania');
    await waitFor(() => {
      const patch = onChange.mock.calls.at(-1)?.[0] as { operation: { states: { name: string; investigating: boolean }[] } };
      expect(patch.operation.states).toMatchObject([{ name: 'Ruritania', investigating: true }]);
    });
    expect(screen.getByRole('group', { name: 'Does the law of this state permit controlled delivery?' })).toBeTruthy();
  });
});
