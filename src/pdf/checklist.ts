import type { ChecklistEntry } from '../domain/assessment.schema.ts';
import { TECHNIQUES } from '../domain/case.schema.ts';
import { PHASES } from '../domain/rule.schema.ts';
import type { Flow } from './flow.ts';
import type { PdfContext } from './pdf-input.ts';
import { GROUP_FILL, INK, SIZE, WHITE } from './theme.ts';
import { PHASE_WORDS, techniqueName } from './words.ts';

export const CHECKLIST_TITLE = '4. Operational checklist';
export const MAY_APPLY_NOTE = 'May apply: depends on an open question.';

type Row = { group: string } | { number: string; entry: ChecklistEntry };

/** Items by phase, then technique, each with a tick box, the role responsible and room for initials. */
export function drawChecklist(flow: Flow, { assessment }: PdfContext): void {
  flow.section(CHECKLIST_TITLE);
  if (assessment.checklist.length === 0) {
    flow.text('No rule that applies to this case adds a checklist item.');
    return;
  }
  flow.note(
    'Tick each item when it is done and initial it. Items marked "May apply" depend on a question that is still open (section 6): ' +
      'treat them as required until the answer shows otherwise.',
  );
  flow.space(1);
  let counter = 0;
  for (const phase of PHASES) {
    const inPhase = assessment.checklist.filter((entry) => entry.phase === phase);
    if (inPhase.length === 0) continue;
    const rows: Row[] = [];
    for (const technique of ['general', ...TECHNIQUES] as const) {
      const group = inPhase.filter((entry) => entry.technique === technique);
      if (group.length === 0) continue;
      rows.push({ group: techniqueName(technique) });
      for (const entry of group) rows.push({ number: `C${++counter}`, entry });
    }
    flow.space(2);
    flow.ensure(30);
    drawPhaseTable(flow, `${PHASE_WORDS[phase]} (${inPhase.length} ${inPhase.length === 1 ? 'item' : 'items'})`, rows);
  }
}

/** The phase name is part of the table head, so it is repeated on every page the phase runs over. */
function drawPhaseTable(flow: Flow, phaseTitle: string, rows: readonly Row[]): void {
  flow.table({
    head: [
      [{ content: phaseTitle, colSpan: 5, styles: { fontSize: SIZE.h3, fillColor: WHITE, lineWidth: 0 } }],
      ['Done', 'No.', 'Item', 'Responsible', 'Initials and date'],
    ],
    body: rows.map((row) =>
      'group' in row
        ? [{ content: row.group, colSpan: 5, styles: { fontStyle: 'bold', fillColor: GROUP_FILL } }]
        : ['', row.number, itemText(row.entry), row.entry.role, ''],
    ),
    columnStyles: {
      0: { cellWidth: 12 },
      1: { cellWidth: 11 },
      3: { cellWidth: 34 },
      4: { cellWidth: 26 },
    },
    bodyStyles: { minCellHeight: 8 },
    didDrawCell: (data) => {
      const row = rows[data.row.index];
      if (data.section !== 'body' || data.column.index !== 0 || !row || 'group' in row) return;
      flow.doc.setDrawColor(...INK).setLineWidth(0.35);
      flow.doc.rect(data.cell.x + 4, data.cell.y + 1.8, 4, 4);
    },
  });
}

function itemText(entry: ChecklistEntry): string {
  return entry.conditional ? `${entry.text}\n${MAY_APPLY_NOTE}` : entry.text;
}
