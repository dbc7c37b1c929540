// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentStamp } from '../../domain/assessment-stamp.ts';
import { appendEntry } from '../../domain/decision-log.ts';
import type { LogEntry } from '../../domain/decision-log.schema.ts';
import { evaluate } from '../../domain/evaluate.ts';
import { fingerprintOf } from '../../domain/fingerprint.ts';
import { reviewToLogEntry } from '../../domain/review.ts';
import { Review } from '../../domain/review.schema.ts';
import { realRules } from '../../../tests/support/assess.ts';
import { fixtureCase } from '../../../tests/support/pdf-input.ts';
import { LifecycleBanner } from './lifecycle-banner.tsx';

afterEach(cleanup);

const rules = realRules();
const caseFile = fixtureCase('overland-lorry-network');
const fingerprint = fingerprintOf(caseFile, rules);

const produced = appendEntry([], {
  at: '2026-03-05T14:05:00Z',
  kind: 'assessment-produced',
  by: 'Investigating team',
  summary: 'Checklist produced for review',
  details: assessmentStamp(evaluate(caseFile, rules), fingerprint),
});
const approval = reviewToLogEntry(
  Review.parse({
    caseFingerprint: fingerprint,
    ruleSetVersion: rules.version,
    reviewer: { name: 'A. Reyes', rank: 'Superintendent' },
    reviewedAt: '2026-03-10',
    decision: 'approve-with-conditions',
    reasons: ['Read against the SIT background paper'],
    conditions: ['Rescue team on standby at the border'],
    reviewDate: '2026-05-15',
  }),
);
const approved = appendEntry(produced, approval);

function banner(log: readonly LogEntry[], today: string) {
  render(<LifecycleBanner log={log} today={today} />);
  return screen.getByRole('region', { name: 'Authorisation' });
}

describe('lifecycle banner', () => {
  it('shows nothing before anything is logged', () => {
    const { container } = render(<LifecycleBanner log={[]} today="2026-03-01" />);
    expect(container.innerHTML).toBe('');
  });

  it('says a produced checklist waits for review', () => {
    expect(banner(produced, '2026-03-06').textContent).toContain("Waiting for the supervisor's review");
  });

  it('shows the authorisation, its conditions and the decision log', async () => {
    const region = banner(approved, '2026-03-11');
    expect(within(region).getByText('Authorised until 15 May 2026 (65 days left)')).toBeTruthy();
    expect(region.textContent).toContain('Conditions: Rescue team on standby at the border.');
    await userEvent.click(within(region).getByText('Decision log (2 entries)'));
    const entries = within(region).getAllByRole('listitem').map((item) => item.textContent);
    expect(entries).toEqual([
      '5 March 2026: assessment produced, by Investigating team',
      '10 March 2026: approved with conditions, by Superintendent A. Reyes',
    ]);
  });

  it('warns when the review is overdue', () => {
    expect(within(banner(approved, '2026-05-20')).getByText('Review overdue since 15 May 2026')).toBeTruthy();
  });

  it('lists log entries that do not fit rather than hiding them', () => {
    const region = banner(appendEntry([], approval), '2026-03-11');
    expect(region.textContent).toContain('Entry 0 (approved with conditions, 2026-03-10) does not fit: the case was not submitted for review');
  });
});
