import type { Flow } from './flow.ts';
import { ruleTitle } from './findings-order.ts';
import type { PdfContext } from './pdf-input.ts';
import { SEVERITY_STYLE } from './theme.ts';

export const OPEN_QUESTIONS_TITLE = '6. Open questions';

/** Questions whose answers the rules still need, with room to write the answer in. */
export function drawOpenQuestions(flow: Flow, { assessment, ruleSet }: PdfContext): void {
  flow.section(OPEN_QUESTIONS_TITLE);
  const questions = assessment.openQuestions;
  if (questions.length === 0) {
    flow.text('None: every question the rules need has been answered.');
    return;
  }
  flow.note('An unanswered question is treated as unknown, never as "no". Answer these in the case file and assess again before the operation is authorised.');
  flow.space(2);
  flow.table({
    head: [['No.', 'Question', 'Needed to decide', 'Answer']],
    body: questions.map((question, index) => [
      `Q${index + 1}`,
      question.question,
      question.neededBy
        .map((need) => `${SEVERITY_STYLE[need.severity].symbol} ${ruleTitle(ruleSet, need.ruleId)} (${SEVERITY_STYLE[need.severity].word.toLowerCase()})`)
        .join('\n'),
      '',
    ]),
    columnStyles: { 0: { cellWidth: 11 }, 1: { cellWidth: 62 }, 3: { cellWidth: 30 } },
    bodyStyles: { minCellHeight: 10 },
  });
}
