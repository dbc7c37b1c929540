import type { Assessment } from '../domain/assessment.schema.ts';
import type { ReviewItem } from '../domain/review.schema.ts';
import type { Flow } from './flow.ts';
import type { ReviewPdfInput } from './pdf-input.ts';
import { GROUP_FILL, SIZE, VERDICT_STYLE } from './theme.ts';
import { ITEM_KIND_WORDS, ITEM_STATUS_WORDS } from './review-words.ts';

export const ITEMS_TITLE = '1. Items reviewed';

const QUERIED_FILL = VERDICT_STYLE['proceed-with-conditions'].fill;

type Row = { group: string } | { item: ReviewItem };

/** Each finding, checklist item and intervention-plan entry the supervisor decided on: queried ones first, with the comment. */
export function drawReviewItems(flow: Flow, { record, assessment }: ReviewPdfInput): void {
  flow.section(ITEMS_TITLE);
  const { items } = record.review;
  if (items.length === 0) {
    flow.text('The reviewer did not record a decision on single items.');
    return;
  }
  flow.note('Queried items need an answer from the officer in charge before the case comes back for review. Accepted items need nothing more.');
  flow.space(1);
  const rows: Row[] = [];
  for (const status of ['queried', 'accepted'] as const) {
    const withStatus = items.filter((item) => item.status === status);
    if (withStatus.length === 0) continue;
    rows.push({ group: `${ITEM_STATUS_WORDS[status]} (${withStatus.length})` });
    rows.push(...withStatus.map((item) => ({ item })));
  }
  flow.table({
    head: [['Item', 'Kind', 'Decision', 'Comment']],
    body: rows.map((row) =>
      'group' in row
        ? [{ content: row.group, colSpan: 4, styles: { fontStyle: 'bold', fillColor: GROUP_FILL, fontSize: SIZE.body } }]
        : [itemText(row.item, assessment), ITEM_KIND_WORDS[row.item.kind], ITEM_STATUS_WORDS[row.item.status], row.item.comment ?? ''],
    ),
    columnStyles: { 0: { cellWidth: 64 }, 1: { cellWidth: 22 }, 2: { cellWidth: 19 } },
    didParseCell: (data) => {
      const row = rows[data.row.index];
      if (data.section !== 'body' || data.column.index !== 2 || !row || 'group' in row || row.item.status !== 'queried') return;
      data.cell.styles.fontStyle = 'bold';
      data.cell.styles.fillColor = QUERIED_FILL;
    },
  });
}

/** What the item says in the assessment of the reviewed case; its ref when the current rules no longer produce it. */
export function itemText(item: ReviewItem, assessment: Assessment): string {
  const words = itemWords(item, assessment);
  return words ?? `${item.ref}\n(not raised by the current rules)`;
}

function itemWords({ kind, ref }: ReviewItem, assessment: Assessment): string | undefined {
  if (kind === 'finding') return assessment.findings.find((finding) => finding.ruleId === ref)?.title;
  if (kind === 'checklist') return assessment.checklist.find((entry) => entry.id === ref)?.text;
  const actions = assessment.interventionPlan.entries.filter((entry) => entry.ruleId === ref).map((entry) => entry.action);
  if (actions.length === 0) return undefined;
  return actions.length === 1 ? actions[0] : actions.map((action) => `• ${action}`).join('\n');
}
