// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assess } from '../../../tests/support/assess.ts';
import { ReviewStep } from '../review/review-step.tsx';
import { LivePanel } from './live-panel.tsx';

afterEach(cleanup);

const unsafeDelivery = assess({
  people: { migrantsPhysicallyInvolved: 'yes', journey: { concealedInVehicleOrContainer: 'yes' } },
  techniques: { selected: ['controlledDelivery'], controlledDelivery: { carries: ['persons'] } },
  intervention: { planInPlace: 'no' },
});

describe('live findings panel', () => {
  it('shows the verdict in a polite live region', () => {
    render(<LivePanel assessment={unsafeDelivery} />);
    const verdict = screen.getByText('Do not proceed').closest('[aria-live]');
    expect(verdict?.getAttribute('aria-live')).toBe('polite');
  });

  it('says what must change for a blocking finding, and why, with the source paragraph', async () => {
    render(<LivePanel assessment={unsafeDelivery} />);
    const finding = screen.getByRole('article', { name: 'Blocking: No intervention plan although migrants could be harmed' });
    expect(within(finding).getByText(/What must change/)).toBeTruthy();
    await userEvent.click(within(finding).getByText('Why?'));
    expect(within(finding).getByText('Is there an intervention plan in case migrants are harmed?', { exact: false })).toBeTruthy();
    expect(within(finding).getByText('SIT background paper (2013), para. 9')).toBeTruthy();
  });

  it('tells the user when the rules could not be loaded', () => {
    render(<LivePanel assessment={undefined} />);
    expect(screen.getByRole('alert').textContent).toContain('could not be loaded');
  });
});

describe('review step', () => {
  it('links each open question to the step where it is answered', async () => {
    const onOpen = vi.fn();
    render(<ReviewStep assessment={unsafeDelivery} canOpen={() => true} onOpen={onOpen} onNext={() => {}} onBack={() => {}} />);
    const question = screen.getByText('Is a rescue team ready?', { exact: false }).closest('li')!;
    await userEvent.click(within(question).getByRole('button', { name: /Answer in “Intervention plan”/ }));
    expect(onOpen).toHaveBeenCalledWith('intervention');
  });
});
