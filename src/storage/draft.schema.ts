import { z } from 'zod';
import { upgradeCaseAnswers } from '../domain/migrate.ts';

/** A draft's name as the user sees it in the drafts list. */
export const DraftName = z
  .string()
  .trim()
  .min(1, 'Give the draft a name')
  .max(200, 'Keep the draft name under 200 characters');

/**
 * One saved piece of work. `answers` is the case-file input exactly as typed,
 * deliberately not checked against CaseFile: a draft must keep work that is not
 * valid yet (a half-typed date, a missing codename), or the user would lose it.
 * Answers saved in an older case format are read in the current one (migrate.ts).
 */
export const Draft = z.object({
  id: z.string().min(1),
  name: DraftName,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /**
   * A new value at every save, so a tab can tell whether another tab has saved the draft since it
   * last read it (draft-revision.ts). Drafts saved before it existed have none: their `updatedAt`
   * stands in for it.
   */
  revision: z.string().min(1).optional(),
  /** The wizard step the user was on, so a reload resumes there. */
  step: z.string().min(1),
  /** Steps the user had reached, so the progress list can reopen them after a reload. */
  visited: z.array(z.string()).optional(),
  answers: z.unknown().transform(upgradeCaseAnswers),
  /** A trainer's classroom exercise this draft belongs to, if any. */
  exercise: z.unknown().optional(),
});
export type Draft = z.infer<typeof Draft>;

/** What the drafts list shows for one draft, without its answers. */
export const DraftSummary = z.object({
  id: z.string(),
  name: z.string(),
  updatedAt: z.iso.datetime(),
  step: z.string(),
  /** The operation codename typed so far, if any. */
  codename: z.string().optional(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export function summarizeDraft(draft: Draft): DraftSummary {
  const codename = codenameOf(draft.answers);
  return {
    id: draft.id,
    name: draft.name,
    updatedAt: draft.updatedAt,
    step: draft.step,
    ...(codename ? { codename } : {}),
  };
}

/** answers.operation.codename when it is a non-empty string; answers may have any shape. */
export function codenameOf(answers: unknown): string | undefined {
  const operation = field(answers, 'operation');
  const codename = field(operation, 'codename');
  return typeof codename === 'string' && codename.trim() !== '' ? codename.trim() : undefined;
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
