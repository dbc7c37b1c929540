import { describe, expect, it } from 'vitest';
import { revisionOf, savedElsewhere } from './draft-revision.ts';

const MORNING = '2026-11-24T09:00:00.000Z';
const NOON = '2026-11-24T12:00:00.000Z';

describe('has another tab saved the draft since this tab last saw it?', () => {
  it('no, while the stored draft is the version this tab loaded or saved', () => {
    expect(savedElsewhere({ revision: 'r1', updatedAt: MORNING }, 'r1')).toBe(false);
  });

  it('yes, once the stored draft is at another version, whatever its time', () => {
    expect(savedElsewhere({ revision: 'r2', updatedAt: NOON }, 'r1')).toBe(true);
    // Clocks of two tabs agree, but a later time is not needed: any other version counts.
    expect(savedElsewhere({ revision: 'r2', updatedAt: MORNING }, 'r1')).toBe(true);
  });

  it('no, when nothing is stored: the draft is new, or was deleted elsewhere, so nothing is overwritten', () => {
    expect(savedElsewhere(undefined, undefined)).toBe(false);
    expect(savedElsewhere(undefined, 'r1')).toBe(false);
  });

  it('yes, when this tab has never stored the draft but someone else has', () => {
    expect(savedElsewhere({ revision: 'r1', updatedAt: MORNING }, undefined)).toBe(true);
  });

  it('reads a draft saved before revisions existed by its time, until it is saved again', () => {
    const old = { updatedAt: MORNING };
    expect(revisionOf(old)).toBe(MORNING);
    expect(savedElsewhere(old, revisionOf(old))).toBe(false);
    expect(savedElsewhere({ revision: 'r1', updatedAt: NOON }, revisionOf(old))).toBe(true);
    // Renamed in the drafts list: the revision is dropped and the rename's time is the new version.
    expect(savedElsewhere({ updatedAt: NOON }, 'r1')).toBe(true);
  });
});
