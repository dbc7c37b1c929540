import { VERDICT_WORDS, type Verdict } from '../domain/assessment.schema.ts';
import type { Debrief, Score } from '../domain/debrief.ts';
import { LENS_QUESTIONS } from '../domain/lenses.ts';
import { MET_FILL, NOT_MET_FILL, scoreWords, verdictComparison } from './debrief-words.ts';
import type { Flow } from './flow.ts';
import type { DebriefPdfInput } from './pdf-input.ts';
import { CONTENT_WIDTH, GREY_TEXT, GROUP_FILL, INK, MARGIN, SIZE, VERDICT_STYLE, WHITE, lineHeight } from './theme.ts';
import { drawTrainingTitle, techniqueList } from './training.ts';
import { dateTimeWords } from './words.ts';

export const DEBRIEF_TITLE = 'Training debrief';

/** Page 1: who and which scenario, the two verdicts and whether they match, and the score per lens. */
export function drawDebriefCover(flow: Flow, { debrief, scenario, traineeName, options }: DebriefPdfInput, marking: string): void {
  drawTrainingTitle(flow, DEBRIEF_TITLE, scenario, marking);
  flow.table({
    body: [
      ['Trainee', traineeName?.trim() || 'Not recorded'],
      ['Techniques in this exercise', techniqueList(scenario)],
      ['Date of the debrief', dateTimeWords(options.generatedAt)],
      ['Scenario file and rules', `${scenario.id}; rule set ${debrief.traineeAssessment.ruleSetVersion.split(' ').join(', ')}`],
    ],
    columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold', fillColor: GROUP_FILL } },
  });

  flow.heading('Verdict', SIZE.h2, 30);
  drawVerdictPair(flow, debrief.verdict.trainee, debrief.verdict.model);
  drawResultLine(flow, verdictComparison(debrief.verdict.trainee, debrief.verdict.model), debrief.verdict.match);

  flow.heading('Score per lens', SIZE.h2, 40);
  flow.note(
    'One point for each problem of the model answer you identified and each measure you planned. ' +
      'A problem counts as identified when you flagged it or your plan resolved it.',
  );
  flow.space(1);
  drawScores(flow, debrief);
}

/** Your plan and the model answer side by side, each with its symbol, words and colour. */
function drawVerdictPair(flow: Flow, trainee: Verdict, model: Verdict): void {
  const { doc } = flow;
  const gap = 4;
  const width = (CONTENT_WIDTH - gap) / 2;
  const textWidth = width - 16;
  flow.font(SIZE.h2, true);
  const boxes = [
    { label: 'YOUR PLAN', verdict: trainee, lines: flow.wrap(VERDICT_WORDS[trainee], textWidth) },
    { label: 'MODEL ANSWER', verdict: model, lines: flow.wrap(VERDICT_WORDS[model], textWidth) },
  ];
  const height = 10 + Math.max(...boxes.map((box) => box.lines.length)) * lineHeight(SIZE.h2);
  flow.ensure(height + 16);
  const top = flow.y;
  boxes.forEach((box, index) => {
    const style = VERDICT_STYLE[box.verdict];
    const x = MARGIN.left + index * (width + gap);
    doc.setFillColor(...style.fill).setDrawColor(...INK).setLineWidth(0.6);
    doc.rect(x, top, width, height, 'FD');
    doc.setFillColor(...style.bar).rect(x, top, 10, height, 'F');
    flow.font(SIZE.h1, true, WHITE);
    doc.text(style.symbol, x + 5, top + height / 2, { align: 'center', baseline: 'middle' });
    flow.font(SIZE.small, true, GREY_TEXT);
    doc.text(box.label, x + 13, top + 2.5, { baseline: 'top' });
    flow.font(SIZE.h2, true);
    box.lines.forEach((line, row) => doc.text(line, x + 13, top + 7 + row * lineHeight(SIZE.h2), { baseline: 'top' }));
  });
  flow.y = top + height + 2;
}

/** A ruled line that says in words (and with ✓ or ✖) whether the trainee met the model answer. */
function drawResultLine(flow: Flow, words: string, met: boolean): void {
  const { doc } = flow;
  flow.font(SIZE.body, true);
  const lines = flow.wrap(words, CONTENT_WIDTH - 6);
  const height = lines.length * lineHeight(SIZE.body) + 3.5;
  flow.ensure(height);
  doc.setFillColor(...(met ? MET_FILL : NOT_MET_FILL)).setDrawColor(...INK).setLineWidth(0.4);
  doc.rect(MARGIN.left, flow.y, CONTENT_WIDTH, height, 'FD');
  flow.font(SIZE.body, true);
  lines.forEach((line, index) => doc.text(line, MARGIN.left + 3, flow.y + 1.8 + index * lineHeight(SIZE.body), { baseline: 'top' }));
  flow.space(height + 3);
}

const BAR_WIDTH = 24;

/** Achieved, possible and percent for each lens, with a bar that reads without colour; "not tested" when a lens has nothing to score. */
function drawScores(flow: Flow, debrief: Debrief): void {
  const rows: { name: string; question: string; score: Score; total?: boolean }[] = [
    ...debrief.scores.map((lens) => ({ name: lens.name, question: LENS_QUESTIONS[lens.lens], score: lens })),
    { name: 'Overall', question: 'Every lens together', score: debrief.overall, total: true },
  ];
  flow.table({
    head: [['Lens', 'What it asks', 'Achieved', 'Possible', 'Percent', '']],
    body: rows.map((row) => {
      const words = scoreWords(row.score);
      const cells = [row.name, row.question, words.achieved, words.possible, words.percent, ''];
      return row.total ? cells.map((content) => ({ content, styles: { fontStyle: 'bold' as const, fillColor: GROUP_FILL } })) : cells;
    }),
    columnStyles: {
      0: { cellWidth: 28, fontStyle: 'bold' },
      2: { cellWidth: 17, halign: 'right' },
      3: { cellWidth: 16, halign: 'right' },
      4: { cellWidth: 19, halign: 'right' },
      5: { cellWidth: BAR_WIDTH + 4 },
    },
    didDrawCell: (data) => {
      const row = rows[data.row.index];
      if (data.section !== 'body' || data.column.index !== 5 || !row || row.score.percent === null) return;
      const x = data.cell.x + 2;
      const y = data.cell.y + data.cell.height / 2 - 1.5;
      flow.doc.setDrawColor(...INK).setLineWidth(0.3).rect(x, y, BAR_WIDTH, 3);
      if (row.score.percent > 0) flow.doc.setFillColor(...INK).rect(x, y, (BAR_WIDTH * row.score.percent) / 100, 3, 'F');
    },
  });
}
