// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftSession } from '../../app/draft-session.ts';
import { SessionContext, type SessionValue } from '../../app/session-context.ts';
import { DraftConflictAlert } from './draft-conflict.tsx';

afterEach(cleanup);

function renderAlert(conflict: SessionValue['conflict']) {
  const session = { keepMine: vi.fn(async () => {}), loadTheirs: vi.fn(async () => {}), saveMineAsCopy: vi.fn(async () => {}) };
  const onChosen = vi.fn();
  const value = { session: session as unknown as DraftSession, conflict } as SessionValue;
  render(
    <SessionContext.Provider value={value}>
      <DraftConflictAlert onChosen={onChosen} />
    </SessionContext.Provider>,
  );
  return { session, onChosen };
}

describe('the alert when another tab saved the open draft', () => {
  it('is not there without a conflict', () => {
    renderAlert(undefined);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says what happened and offers the three choices, each explained', () => {
    renderAlert({ draftId: 'd1' });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2 }).textContent).toBe('This draft was changed in another tab');
    const buttons = within(alert).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Keep my version', 'Load the other version', 'Save mine as a copy']);
    expect(within(alert).getByRole('button', { name: 'Load the other version' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Load the other version', description: /discarded/ })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Save mine as a copy', description: /Keep both/ })).toBeTruthy();
  });

  it.each([
    ['Keep my version', 'keepMine'],
    ['Load the other version', 'loadTheirs'],
    ['Save mine as a copy', 'saveMineAsCopy'],
  ] as const)('"%s" does it, then hands the focus back to the step', async (label, method) => {
    const { session, onChosen } = renderAlert({ draftId: 'd1' });
    await userEvent.click(screen.getByRole('button', { name: label }));
    await vi.waitFor(() => expect(onChosen).toHaveBeenCalledOnce());
    expect(session[method]).toHaveBeenCalledOnce();
    const others = (['keepMine', 'loadTheirs', 'saveMineAsCopy'] as const).filter((other) => other !== method);
    for (const other of others) expect(session[other]).not.toHaveBeenCalled();
  });
});
