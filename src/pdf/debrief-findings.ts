import type { SourceRef } from '../domain/assessment.schema.ts';
import type { Debrief, DebriefFinding } from '../domain/debrief.ts';
import { LENS_NAMES } from '../domain/lenses.ts';
import {
  FALSE_ALARM_WORDS,
  HOW_WORDS,
  MET_FILL,
  MISSED_WORDS,
  NOT_MET_FILL,
  SUPPORTED_WORDS,
  sourceLines,
  verdictLabel,
} from './debrief-words.ts';
import type { Flow } from './flow.ts';
import type { DebriefPdfInput } from './pdf-input.ts';
import { CONTENT_WIDTH, GROUP_FILL, PT, SEVERITY_STYLE, SIZE } from './theme.ts';

/** jsPDF's line height for table text (autotable uses the document's factor, 1.15 by default). */
const TABLE_LINE_FACTOR = 1.15;

export const PROBLEMS_TITLE = '1. Problems to spot';

type Problem = { number: string; finding: DebriefFinding } & ({ missed: false; how: string } | { missed: true });

/**
 * The problems of the model answer next to what the trainee did with each and
 * what the trainee flagged beyond it; then every miss, and every problem the
 * trainee's own plan introduced, with what to do and the paragraphs it rests on.
 */
export function drawProblems(flow: Flow, { debrief, scenario }: DebriefPdfInput): void {
  flow.section(PROBLEMS_TITLE);
  const { trainee } = debrief.verdict;
  flow.heading(`Why your plan gets “${verdictLabel(trainee)}”`, SIZE.h3, 8);
  const reasons = debrief.traineeAssessment.verdict.reasons;
  flow.bullets(reasons.length > 0 ? reasons : ['No rule found a problem with your plan.']);

  const problems = numberProblems(debrief, scenario.modelAnswer.findings);
  flow.heading('The model answer and your plan, side by side', SIZE.h2, 24);
  flow.note(
    'The problems a good plan identifies in this scenario, in the order of the model answer. ✓ means you identified the problem: ' +
      'you flagged it during the exercise, or your plan resolved it (your answers no longer raise it). ✖ means you missed it.',
  );
  flow.space(1);
  flow.table({
    head: [['No.', 'Problem the model answer expects', 'Severity', 'Lens', 'Your plan']],
    body: problems.map(({ number, finding, ...result }) => [
      number,
      finding.title,
      `${SEVERITY_STYLE[finding.severity].symbol} ${SEVERITY_STYLE[finding.severity].word}`,
      LENS_NAMES[finding.lens],
      result.missed ? MISSED_WORDS : result.how,
    ]),
    columnStyles: { 0: { cellWidth: 10 }, 2: { cellWidth: 25 }, 3: { cellWidth: 26 }, 4: { cellWidth: 42, fontStyle: 'bold' } },
    didParseCell: (data) => {
      const problem = problems[data.row.index];
      if (data.section === 'body' && data.column.index === 4 && problem) data.cell.styles.fillColor = problem.missed ? NOT_MET_FILL : MET_FILL;
    },
  });

  flow.heading('Problems you flagged beyond the model answer', SIZE.h2, 20);
  if (debrief.findings.extra.length === 0) {
    flow.text('None: you flagged no problem that the model answer does not expect.');
  } else {
    flow.table({
      head: [['Problem you flagged', 'Lens', 'Judgement']],
      body: debrief.findings.extra.map((extra) => [
        extra.title,
        extra.lens ? LENS_NAMES[extra.lens] : 'Not a rule of this rule set',
        extra.supported ? SUPPORTED_WORDS : FALSE_ALARM_WORDS,
      ]),
      columnStyles: { 1: { cellWidth: 28 }, 2: { cellWidth: 70 } },
    });
  }

  const missed = debrief.findings.missed;
  // Kept with the first problem (a problem never breaks across pages), so the heading is not left alone at the foot of a page.
  flow.heading('What you missed', SIZE.h2, missed[0] ? detailHeight(flow, missed[0], missed[0].remedy, missed[0].sources) + 8 : 10);
  if (missed.length === 0) {
    flow.text('Nothing: you identified every problem the model answer expects.');
  } else {
    flow.note('Each problem you missed, what a good plan does about it, and the words of the papers it rests on.');
    flow.space(1);
    for (const finding of missed) {
      const number = problems.find((problem) => problem.finding.ruleId === finding.ruleId)?.number ?? '';
      drawProblemDetail(flow, number, finding, finding.remedy, finding.sources);
    }
  }

  // Shown only when there are some: most plans add none, and a heading with "none" under it would often take a page of its own.
  const introduced = debrief.findings.introduced;
  if (introduced.length > 0) {
    flow.heading('Problems your plan created', SIZE.h2, detailHeight(flow, introduced[0]!, introduced[0]!.remedy, introduced[0]!.sources) + 8);
    flow.note('The situation as briefed did not have these problems: your own answers raised them.');
    flow.space(1);
    introduced.forEach((finding, index) => drawProblemDetail(flow, `N${index + 1}`, finding, finding.remedy, finding.sources));
  }
}

/** Model-answer order, numbered P1, P2 … so the side-by-side table and the misses refer to the same problem. */
function numberProblems(debrief: Debrief, order: readonly string[]): Problem[] {
  const entries: Omit<Problem, 'number'>[] = [
    ...debrief.findings.identified.map((finding) => ({ finding, missed: false as const, how: HOW_WORDS[finding.how] })),
    ...debrief.findings.missed.map((finding) => ({ finding, missed: true as const })),
  ];
  const rank = (ruleId: string) => {
    const index = order.indexOf(ruleId);
    return index === -1 ? order.length : index;
  };
  return entries
    .sort((a, b) => rank(a.finding.ruleId) - rank(b.finding.ruleId))
    .map((entry, index) => ({ ...entry, number: `P${index + 1}` }) as Problem);
}

const DETAIL_LABEL_WIDTH = 30;
const CELL_PADDING = 1.6;

/** How tall drawProblemDetail's table will be, near enough to keep a heading with it. */
function detailHeight(flow: Flow, finding: DebriefFinding, remedy: string, sources: readonly SourceRef[]): number {
  const lines = (text: string, size: number, width: number, bold = false) => {
    flow.font(size, bold);
    return flow.wrap(text, width - 2 * CELL_PADDING).length * size * PT * TABLE_LINE_FACTOR + 2 * CELL_PADDING;
  };
  const valueWidth = CONTENT_WIDTH - DETAIL_LABEL_WIDTH;
  return (
    lines(`P00   ${finding.severity.toUpperCase()}   ${finding.title}`, SIZE.body, CONTENT_WIDTH, true) +
    lines(LENS_NAMES[finding.lens], SIZE.table, valueWidth) +
    lines(remedy, SIZE.table, valueWidth) +
    lines(sourceLines(sources), SIZE.table, valueWidth)
  );
}

function drawProblemDetail(flow: Flow, number: string, finding: DebriefFinding, remedy: string, sources: readonly SourceRef[]): void {
  const severity = SEVERITY_STYLE[finding.severity];
  flow.table({
    head: [[{ content: `${number}   ${severity.symbol} ${severity.word}   ${finding.title}`, colSpan: 2 }]],
    body: [
      ['Lens', LENS_NAMES[finding.lens]],
      ['What to do', remedy || 'See the sources.'],
      ['Sources', sourceLines(sources)],
    ],
    headStyles: { fillColor: severity.fill, fontSize: SIZE.body },
    columnStyles: { 0: { cellWidth: DETAIL_LABEL_WIDTH, fontStyle: 'bold', fillColor: GROUP_FILL } },
    // Each problem whole on one page, so a miss is never parted from its sources.
    pageBreak: 'avoid',
  });
}
