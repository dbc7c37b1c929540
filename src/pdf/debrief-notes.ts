import { paragraphsOf } from './blocks.ts';
import type { Flow } from './flow.ts';
import type { DebriefPdfInput } from './pdf-input.ts';
import { SIZE } from './theme.ts';

export const NOTES_TITLE = "3. Trainer's notes and sources";

/** What the trainer draws out of the scenario, and the words of the papers the model answer rests on. */
export function drawNotesAndSources(flow: Flow, { debrief }: DebriefPdfInput): void {
  flow.section(NOTES_TITLE);
  flow.heading("Trainer's notes on the model answer", SIZE.h2, 12);
  for (const paragraph of paragraphsOf(debrief.notes)) {
    flow.text(paragraph);
    flow.space(2);
  }
  flow.heading('Sources the model answer rests on', SIZE.h2, 24);
  flow.note('The words of the papers of the UN Working Group on the Smuggling of Migrants. Cite as short title and paragraph.');
  flow.space(1);
  flow.table({
    head: [['Source', 'Cited words']],
    body: debrief.sources.map((source) => [source.label, source.excerpt ? `“${source.excerpt}”` : 'Not quoted']),
    columnStyles: { 0: { cellWidth: 48 } },
  });
}
