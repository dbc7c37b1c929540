import type { Draft } from './draft.schema.ts';

/** What identifies one saved version of a draft. */
export type DraftVersion = Pick<Draft, 'revision' | 'updatedAt'>;

/** The version a stored draft is at: its revision, or when it was saved if it predates revisions. */
export function revisionOf(draft: DraftVersion): string {
  return draft.revision ?? draft.updatedAt;
}

/**
 * True when the stored draft is not the version this tab last loaded or saved (`seen`), so
 * another tab or window has saved it since and saving now would overwrite that work.
 * A draft that is not stored (deleted elsewhere, or new) can be saved: nothing is overwritten.
 */
export function savedElsewhere(stored: DraftVersion | undefined, seen: string | undefined): boolean {
  return stored !== undefined && revisionOf(stored) !== seen;
}
