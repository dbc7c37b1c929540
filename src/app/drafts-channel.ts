// How the tabs of the app tell each other that they saved a draft. Only a prompt: a tab that hears
// of a save checks the stored draft itself (draft-session.ts), as it does before each save, so a
// browser without BroadcastChannel only learns of the other tab's save later, when it next saves.

/** The BroadcastChannel name, shared by every tab of the app on this device. */
export const DRAFTS_CHANNEL = 'sit-risk-wizard-drafts';

/** What a tab announces after saving a draft. */
export interface DraftSavedMessage {
  draftId: string;
  updatedAt: string;
  revision: string;
  tabId: string;
}

/** The part of BroadcastChannel a session uses; tests pass one with a name of their own. */
export type DraftsChannel = Pick<BroadcastChannel, 'postMessage' | 'close' | 'addEventListener' | 'removeEventListener'>;

/** A BroadcastChannel, or undefined where the browser has none. */
export function openDraftsChannel(): DraftsChannel | undefined {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(DRAFTS_CHANNEL) : undefined;
}

/** The id of the draft another tab says it saved; undefined for this tab's own messages or anything else. */
export function draftSavedElsewhere(data: unknown, ownTabId: string): string | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const { draftId, tabId } = data as Partial<Record<keyof DraftSavedMessage, unknown>>;
  return typeof draftId === 'string' && tabId !== ownTabId ? draftId : undefined;
}
