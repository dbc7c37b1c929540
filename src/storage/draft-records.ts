import type { z } from 'zod';
import { formatIssues } from '../domain/format-issues.ts';
import { Draft, DraftName, summarizeDraft } from './draft.schema.ts';
import type { DraftVersion } from './draft-revision.ts';
import { DRAFTS_LOCKED, type DraftsAccess } from './drafts-lock.ts';
import type { ListedDraft } from './drafts-store.ts';
import { DRAFT_PLAIN_FIELDS, SealedDraft } from './sealed-draft.schema.ts';
import { isSealedRecord, openRecord, sealRecord } from './sealed-record.ts';
import type { StoreResult } from './storage-errors.ts';

/**
 * A draft as the drafts store keeps it: plain, or sealed while the drafts are protected
 * (sealed-draft.schema.ts). Either can be in the store at any time (a protection change cut
 * short), so every reader takes both. Loaded with the first call that reads or writes a draft.
 */

export const PROTECTED_DRAFT_NAME = 'Protected draft';

const SEALED_DAMAGED =
  'The saved draft is damaged or was protected with another passphrase, so it cannot be opened.';
const SEALED_WITHOUT_LOCK =
  'The saved draft is protected with a passphrase this device no longer uses, so it cannot be opened.';

/** The draft a stored record holds, or why it cannot be read. */
export async function readRecord(record: unknown, access: DraftsAccess): Promise<StoreResult<Draft>> {
  if (access.state === 'locked') return { ok: false, error: DRAFTS_LOCKED };
  if (!isSealedRecord(record)) return parsedDraft(record);
  if (access.state === 'off') return { ok: false, error: SEALED_WITHOUT_LOCK };
  const outside = SealedDraft.safeParse(record);
  if (!outside.success) return { ok: false, error: damagedMessage(record, outside.error) };
  const opened = await openRecord(record, access.key);
  return opened.ok ? parsedDraft(opened.record) : { ok: false, error: SEALED_DAMAGED };
}

/** What the list shows for a record; while locked, only what is readable without the key. */
export async function summarizeRecord(record: unknown, access: DraftsAccess): Promise<StoreResult<ListedDraft>> {
  if (access.state !== 'locked') {
    const read = await readRecord(record, access);
    return read.ok ? { ok: true, value: summarizeDraft(read.value) } : read;
  }
  // A record still plain (a turnOn cut short) is listed like the others, so the list does not change on unlocking.
  const parsed = outsideOf(record);
  if (!parsed.success) return { ok: false, error: damagedMessage(record, parsed.error) };
  const { id, updatedAt } = parsed.data;
  return { ok: true, value: { id, name: PROTECTED_DRAFT_NAME, updatedAt, step: '', locked: true } };
}

/** The record to store for a draft: sealed while the drafts are protected. */
export async function recordOf(draft: Draft, access: DraftsAccess): Promise<StoreResult<unknown>> {
  if (access.state === 'locked') return { ok: false, error: DRAFTS_LOCKED };
  if (access.state === 'off') return { ok: true, value: draft };
  return { ok: true, value: await sealRecord(draft, DRAFT_PLAIN_FIELDS, access.key) };
}

/** The version a stored record is at, read without opening it; undefined when it is no readable draft. */
export function versionOf(record: unknown): DraftVersion | undefined {
  const parsed = outsideOf(record);
  return parsed.success ? parsed.data : undefined;
}

/** What a record says without being opened: its plain fields (id, dates, revision) checked. */
function outsideOf(record: unknown) {
  return isSealedRecord(record) ? SealedDraft.safeParse(record) : Draft.safeParse(record);
}

export function savableDraft(draft: Draft): StoreResult<Draft> {
  const parsed = Draft.safeParse(draft);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: `This draft could not be saved (${details(parsed.error)}). Export the case file to keep your work.` };
}

export function validName(name: string): StoreResult<string> {
  const parsed = DraftName.safeParse(name);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: `${parsed.error.issues[0]?.message ?? 'Give the draft a name'}.` };
}

function parsedDraft(record: unknown): StoreResult<Draft> {
  const parsed = Draft.safeParse(record);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: damagedMessage(record, parsed.error) };
}

function damagedMessage(record: unknown, error: z.ZodError): string {
  const isObject = record !== null && typeof record === 'object' && !Array.isArray(record);
  const name = isObject ? (record as { name?: unknown }).name : undefined;
  const label = typeof name === 'string' && name.trim() !== '' ? ` "${name.trim()}"` : '';
  const why = isObject ? details(error) : 'it holds no draft';
  return `The saved draft${label} is damaged or was saved by another version of SIT Risk Wizard, so it cannot be opened (${why}).`;
}

/** The first few field problems, enough to tell support what is wrong without flooding the user. */
function details(error: z.ZodError): string {
  const lines = formatIssues(error);
  return lines.slice(0, 3).join('; ') + (lines.length > 3 ? `; and ${lines.length - 3} more` : '');
}
