import type { DebriefMeasure } from '../domain/debrief.ts';
import { LENS_NAMES } from '../domain/lenses.ts';
import { MET_FILL, NOT_MET_FILL, NOT_PLANNED_WORDS, PLANNED_WORDS, factDifference, factQuestion, sourceLines } from './debrief-words.ts';
import type { Flow } from './flow.ts';
import type { DebriefPdfInput } from './pdf-input.ts';
import { SIZE } from './theme.ts';

export const MEASURES_TITLE = '2. Measures to plan';

/** The measures of the model answer, planned or missing; the sources of the missing ones; facts of the exercise the trainee changed. */
export function drawMeasures(flow: Flow, { debrief, scenario }: DebriefPdfInput): void {
  flow.section(MEASURES_TITLE);
  const { planned, missing } = debrief.measures;
  const byFact = new Map<string, { measure: DebriefMeasure; planned: boolean }>([
    ...planned.map((measure) => [measure.fact, { measure, planned: true }] as const),
    ...missing.map((measure) => [measure.fact, { measure, planned: false }] as const),
  ]);
  const rows = scenario.modelAnswer.measures.flatMap((measure) => byFact.get(measure.fact) ?? []);
  if (rows.length === 0) {
    flow.text('The model answer asks for no particular measure in this scenario.');
  } else {
    flow.note('What a good plan puts in place in this scenario. A measure counts as planned when your answer to its question is "Yes".');
    flow.space(1);
    flow.table({
      head: [['No.', 'Measure the model answer plans', 'Lens', 'Your plan']],
      body: rows.map((row, index) => [`M${index + 1}`, row.measure.label, LENS_NAMES[row.measure.lens], row.planned ? PLANNED_WORDS : NOT_PLANNED_WORDS]),
      columnStyles: { 0: { cellWidth: 10 }, 2: { cellWidth: 30 }, 3: { cellWidth: 28, fontStyle: 'bold' } },
      didParseCell: (data) => {
        const row = rows[data.row.index];
        if (data.section === 'body' && data.column.index === 3 && row) data.cell.styles.fillColor = row.planned ? MET_FILL : NOT_MET_FILL;
      },
    });

    flow.heading('Why the missing measures matter', SIZE.h2, 20);
    if (missing.length === 0) {
      flow.text('Nothing is missing: you planned every measure the model answer asks for.');
    } else {
      flow.table({
        head: [['Missing measure', 'Question in the wizard', 'Sources']],
        body: missing.map((measure) => [
          `M${rows.findIndex((row) => row.measure.fact === measure.fact) + 1}  ${measure.label}`,
          factQuestion(measure.fact),
          sourceLines(measure.sources),
        ]),
        columnStyles: { 0: { cellWidth: 48 }, 1: { cellWidth: 44 } },
      });
    }
  }

  if (debrief.factsContradicted.length > 0) {
    flow.heading('Facts of the exercise your answers differ from', SIZE.h2, 24);
    flow.note(
      'These answers describe the situation, from the briefing or from new information the trainer released, not your plan. ' +
        'The debrief judged your plan with them as briefed. Talk to your trainer about why your answers differ.',
    );
    flow.space(1);
    flow.table({
      head: [['Question', 'As briefed', 'Your answer']],
      body: debrief.factsContradicted.map((fact) => {
        const { briefed, trainee } = factDifference(fact.briefed, fact.trainee);
        return [factQuestion(fact.fact), briefed, trainee];
      }),
      columnStyles: { 0: { cellWidth: 50 } },
    });
  }
}
