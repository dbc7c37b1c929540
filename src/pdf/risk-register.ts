import type { RiskEntry } from '../domain/assessment.schema.ts';
import type { Flow } from './flow.ts';
import type { PdfContext } from './pdf-input.ts';
import { drawRiskMatrices, MATRICES_HEIGHT } from './risk-matrix.ts';
import { SIZE, riskBand } from './theme.ts';

export const RISK_REGISTER_TITLE = '3. Risk register';

/** Every risk scored before and after the measures the case says are in place, then both matrices. */
export function drawRiskRegister(flow: Flow, { assessment }: PdfContext): void {
  flow.section(RISK_REGISTER_TITLE);
  const risks = assessment.riskRegister;
  if (risks.length === 0) {
    flow.text('No rule that applies to this case names a risk.');
    return;
  }
  flow.note(
    'Score = likelihood × impact, each from 1 (lowest) to 5 (highest). "Before" is the risk with no measures; ' +
      '"After" counts only the measures the case file says are in place. "Possible" risks depend on an unanswered question.',
  );
  flow.space(2);
  flow.table({
    head: [['No.', 'Risk', 'Before', 'Measures in place', 'Measures missing', 'After']],
    body: risks.map((risk, index) => [
      riskNumber(index),
      `${risk.title}${risk.confirmed ? '' : '\n(Possible)'}`,
      scoreWords(risk.before),
      risk.measuresInPlace.join('\n') || 'None',
      risk.measuresMissing.join('\n') || 'None',
      scoreWords(risk.after),
    ]),
    columnStyles: {
      0: { cellWidth: 10 },
      2: { cellWidth: 19 },
      3: { cellWidth: 38 },
      4: { cellWidth: 38 },
      5: { cellWidth: 19 },
    },
    didParseCell: (data) => {
      const risk = risks[data.row.index];
      if (data.section !== 'body' || !risk) return;
      if (data.column.index === 2) data.cell.styles.fillColor = riskBand(risk.before.score).fill;
      if (data.column.index === 5) data.cell.styles.fillColor = riskBand(risk.after.score).fill;
      if (data.column.index === 4 && risk.measuresMissing.length > 0) data.cell.styles.fontStyle = 'bold';
    },
  });
  flow.heading('Likelihood × impact, before and after measures', SIZE.h2, MATRICES_HEIGHT);
  drawRiskMatrices(flow, risks.map((risk, index) => ({ ...risk, number: riskNumber(index) })));
}

export function riskNumber(index: number): string {
  return `R${index + 1}`;
}

function scoreWords(score: RiskEntry['before']): string {
  return `${score.likelihood} × ${score.impact} = ${score.score}\n${riskBand(score.score).word}`;
}
