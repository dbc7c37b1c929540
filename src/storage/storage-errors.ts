/** The outcome of every drafts-store call: a value, or one plain-English sentence for the user. */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the user was doing when the browser's storage failed. */
export type StorageAction = 'save' | 'list' | 'open' | 'resume' | 'rename' | 'duplicate' | 'delete' | 'remember';

const WOULD_NOT: Record<StorageAction, string> = {
  save: 'save this draft',
  list: 'show your saved drafts',
  open: 'open this draft',
  resume: 'reopen the draft you were working on',
  rename: 'rename this draft',
  duplicate: 'copy this draft',
  delete: 'delete this draft',
  remember: 'remember which draft you had open',
};

/**
 * A storage failure as the user should read it: what did not happen, the likely
 * reason, and what to do so no work is lost. Never the browser's own message or a
 * stack trace, which mean nothing to an investigator.
 */
export function storageFailureMessage(action: StorageAction, error: unknown): string {
  const advice =
    action === 'delete' ? 'The draft is still there; try again later.' : 'Export the case file to keep your work.';
  return `Your browser would not ${WOULD_NOT[action]} (${likelyReason(error)}). ${advice}`;
}

/** Why the browser's storage most likely failed, in a few plain words. */
export function likelyReason(error: unknown): string {
  const name = error !== null && typeof error === 'object' && 'name' in error ? String(error.name) : '';
  // Firefox used its own name for a full store before it adopted the standard one.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'storage is full';
  // No indexedDB at all, or one that refuses every request: private windows and locked-down browsers.
  if (name === 'ReferenceError' || name === 'SecurityError' || name === 'InvalidStateError') {
    return 'storage is disabled, for example in a private window';
  }
  return 'storage is full or disabled';
}
