import { z } from 'zod';
import { Draft } from './draft.schema.ts';

/**
 * What stays readable of a draft while drafts are protected: enough to sort the list and for
 * the two-tab guard (draft-revision.ts) to compare versions, nothing about the operation.
 * The name (it usually holds the codename), step, answers and exercise are sealed.
 */
export const DRAFT_PLAIN_FIELDS = ['id', 'createdAt', 'updatedAt', 'revision'] as const;

/** A draft as stored while drafts are protected (sealed-record.ts); `sealed` is checked when opened. */
export const SealedDraft = Draft.pick({ id: true, createdAt: true, updatedAt: true, revision: true }).extend({
  sealed: z.record(z.string(), z.unknown()),
});
export type SealedDraft = z.infer<typeof SealedDraft>;
