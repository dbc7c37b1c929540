import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import { Verdict } from '../domain/assessment.schema.ts';
import type { DraftsAccess, DraftsLock } from './drafts-lock.ts';
import { SETTINGS_DATABASE } from './drafts-store.ts';
import { isSealedRecord, openRecord, sealRecord } from './sealed-record.ts';
import { storageFailureMessage, type StoreResult } from './storage-errors.ts';

export const REVIEW_IN_PROGRESS_KEY = 'reviewInProgress';

export const REVIEW_LOCKED = 'Your review in progress is protected: unlock your drafts with your passphrase first.';

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
  /** Fails with REVIEW_LOCKED while a protected review waits to be unlocked. */
  load(): Promise<StoreResult<ReviewInProgress | undefined>>;
  save(review: ReviewInProgress): Promise<StoreResult<void>>;
  clear(): Promise<StoreResult<void>>;
}

const UNPROTECTED: DraftsAccess = { state: 'off' };

/**
 * In the settings database, next to the draft that was open last. A damaged record reads as none.
 * With a lock, sealed while the drafts are protected (sealed-record.ts), as a whole: no field stays readable.
 */
export function createReviewInProgressStore(
  store: UseStore = createStore(SETTINGS_DATABASE, 'settings'),
  lock?: DraftsLock,
): ReviewInProgressStore {
  const currentAccess = () => (lock ? lock.currentAccess() : Promise.resolve(UNPROTECTED));
  return {
    load: async () => {
      try {
        const access = await currentAccess();
        let record = await get<unknown>(REVIEW_IN_PROGRESS_KEY, store);
        if (record !== undefined && access.state === 'locked') return { ok: false, error: REVIEW_LOCKED };
        if (isSealedRecord(record)) {
          const opened = access.state === 'unlocked' ? await openRecord(record, access.key) : undefined;
          record = opened?.ok ? opened.record : undefined;
        }
        const parsed = ReviewInProgress.safeParse(record);
        return { ok: true, value: parsed.success ? parsed.data : undefined };
      } catch (error) {
        return { ok: false, error: storageFailureMessage('resume', error) };
      }
    },
    save: async (review) => {
      try {
        const access = await currentAccess();
        if (access.state === 'locked') return { ok: false, error: REVIEW_LOCKED };
        const record = access.state === 'unlocked' ? await sealRecord(review, [], access.key) : review;
        await set(REVIEW_IN_PROGRESS_KEY, record, store);
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, error: storageFailureMessage('save', error).replace('this draft', 'your review').replace('Export the case file', 'Record your decision') };
      }
    },
    clear: async () => {
      try {
        await del(REVIEW_IN_PROGRESS_KEY, store);
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, error: storageFailureMessage('delete', error) };
      }
    },
  };
}
