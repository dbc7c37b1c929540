import { useEffect, useMemo, useRef, useState } from 'react';
import type { SnapshotFrom } from 'xstate';
import { loadedRules } from '../../app/rule-set.ts';
import type { reviewMachine } from '../../machine/review.machine.ts';
import type { ReviewEvent } from '../../machine/review.types.ts';
import type { DraftsLock } from '../../storage/drafts-lock.ts';
import { createReviewInProgressStore } from '../../storage/review-in-progress.ts';
import { openFromSource } from '../../storage/review-document-io.ts';

/**
 * Keeps an unfinished review on this device and reopens it: a reload or a crash
 * does not cost the supervisor the items already gone through. The kept review is
 * forgotten once the decision is recorded or the document closed. Returns a
 * message when the browser would not keep it.
 */
export function useKeptReview(
  snapshot: SnapshotFrom<typeof reviewMachine>,
  send: (event: ReviewEvent) => void,
  now: () => Date,
  lock: DraftsLock | undefined,
): string | undefined {
  // Sealed with the drafts' passphrase when the drafts are protected.
  const store = useMemo(() => createReviewInProgressStore(undefined, lock), [lock]);
  const [restored, setRestored] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    void store.load().then((kept) => {
      if (kept.ok && kept.value && loadedRules.ok) {
        const opened = openFromSource(kept.value.fileName, kept.value.source, loadedRules.ruleSet);
        if (opened.ok) send({ type: 'review.restore', document: opened.document, items: kept.value.items });
      }
      setRestored(true);
    });
  }, [store, send]);

  const { document, items } = snapshot.context;
  const reviewing = snapshot.matches('reviewing');
  const finished = snapshot.matches('recorded') || snapshot.matches('empty');
  useEffect(() => {
    if (!restored) return;
    clearTimeout(timer.current);
    if (reviewing && document) {
      // Waits for a pause in typing a comment, like the drafts' autosave.
      timer.current = setTimeout(() => {
        const review = { fileName: document.fileName, codename: document.check.caseFile.operation.codename, source: document.source, items, savedAt: now().toISOString() };
        void store.save(review).then((saved) => setProblem(saved.ok ? undefined : saved.error));
      }, 250);
    } else if (finished) {
      void store.clear();
    }
    return () => clearTimeout(timer.current);
  }, [restored, reviewing, finished, document, items, store, now]);

  return problem;
}
