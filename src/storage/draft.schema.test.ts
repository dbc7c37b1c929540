import { describe, expect, it } from 'vitest';
import { Draft, codenameOf, summarizeDraft } from './draft.schema.ts';

const draft: Draft = {
  id: 'd1',
  name: 'Grey Gull planning',
  createdAt: '2026-11-24T09:00:00.000Z',
  updatedAt: '2026-11-24T10:30:00.000Z',
  step: 'people',
  answers: { schemaVersion: 1, operation: { codename: ' GREY GULL ' } },
};

describe('a draft', () => {
  it('keeps answers that are not a valid case file yet', () => {
    const unfinished = { ...draft, answers: { operation: { codename: '' }, legality: { warrantDate: '2026-13-4' } } };
    expect(Draft.parse(unfinished)).toEqual(unfinished);
  });

  it('needs a name, a step and ISO timestamps', () => {
    expect(Draft.safeParse({ ...draft, name: '   ' }).success).toBe(false);
    expect(Draft.safeParse({ ...draft, step: '' }).success).toBe(false);
    expect(Draft.safeParse({ ...draft, updatedAt: '24/11/2026' }).success).toBe(false);
  });
});

describe('a draft summary', () => {
  it('shows the codename typed so far, without the answers', () => {
    expect(summarizeDraft(draft)).toEqual({
      id: 'd1',
      name: 'Grey Gull planning',
      updatedAt: '2026-11-24T10:30:00.000Z',
      step: 'people',
      codename: 'GREY GULL',
    });
  });

  it('has no codename when none has been typed or the answers have another shape', () => {
    for (const answers of [undefined, null, 'text', [], {}, { operation: null }, { operation: { codename: 7 } }, { operation: { codename: '  ' } }]) {
      expect(codenameOf(answers)).toBeUndefined();
      expect(summarizeDraft({ ...draft, answers })).not.toHaveProperty('codename');
    }
  });
});
