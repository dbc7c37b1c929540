import type { Assessment, ChecklistEntry } from './assessment.schema.ts';
import type { NewLogEntry } from './decision-log.schema.ts';

/** The checklist items to complete when an operation ends: the post-operation phase of the assessment. */
export function postOperationItems(assessment: Assessment): ChecklistEntry[] {
  return assessment.checklist.filter((entry) => entry.phase === 'post-operation');
}

/**
 * The 'cancelled' entry that ends the authorisation, carrying the post-operation
 * checklist as it stood: which items were done, which were not.
 */
export function cancellationEntry(assessment: Assessment, done: ReadonlySet<string>, reason: string, at: Date, by: string): NewLogEntry {
  const items = postOperationItems(assessment);
  const doneCount = items.filter((item) => done.has(item.id)).length;
  const checklist = `${doneCount} of ${items.length} post-operation checklist item${items.length === 1 ? '' : 's'} done`;
  return {
    at: at.toISOString(),
    kind: 'cancelled',
    by,
    summary: `Authorisation cancelled: ${reason.trim() || 'the operation has ended'}. ${checklist}`.slice(0, 2000),
    details: {
      postOperationChecklist: checklist,
      items: items.map((item) => ({ id: item.id, text: item.text, done: done.has(item.id) })),
    },
  };
}
