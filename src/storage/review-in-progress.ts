import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { Verdict } from '../domain/assessment.schema.ts';
import { SETTINGS_DATABASE } from './drafts-store.ts';
import { storageFailureMessage, type StoreResult } from './storage-errors.ts';

const KEY = 'reviewInProgress';

/** What a document for review was read from: enough to check it again after a reload. */
export const ReviewSource = z.object({
  embeddedCaseJson: z.string(),
  fingerprintPrinted: z.string().optional(),
  verdictPrinted: Verdict.optional(),
  ruleSetVersionPrinted: z.string().optional(),
});
export type ReviewSource = z.infer<typeof ReviewSource>;

/** A supervisor's review not yet recorded: kept on this device so a reload or a crash does not lose it. */
export const ReviewInProgress = z.object({
  fileName: z.string(),
  codename: z.string(),
  source: ReviewSource,
  items: z.record(z.string(), z.object({ status: z.enum(['accepted', 'queried']), comment: z.string() })),
  savedAt: z.string(),
});
export type ReviewInProgress = z.infer<typeof ReviewInProgress>;

export interface ReviewInProgressStore {
  load(): Promise<StoreResult<ReviewInProgress | undefined>>;
  save(review: ReviewInProgress): Promise<StoreResult<void>>;
  clear(): Promise<StoreResult<void>>;
}

/** In the settings database, next to the draft that was open last. A damaged record reads as none. */
export function createReviewInProgressStore(store: UseStore = createStore(SETTINGS_DATABASE, 'settings')): ReviewInProgressStore {
  return {
    load: async () => {
      try {
        const parsed = ReviewInProgress.safeParse(await get(KEY, store));
        return { ok: true, value: parsed.success ? parsed.data : undefined };
      } catch (error) {
        return { ok: false, error: storageFailureMessage('resume', error) };
      }
    },
    save: async (review) => {
      try {
        await set(KEY, review, store);
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, error: storageFailureMessage('save', error).replace('this draft', 'your review').replace('Export the case file', 'Record your decision') };
      }
    },
    clear: async () => {
      try {
        await del(KEY, store);
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, error: storageFailureMessage('delete', error) };
      }
    },
  };
}
