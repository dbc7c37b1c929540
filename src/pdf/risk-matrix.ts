import type { RiskEntry } from '../domain/assessment.schema.ts';
import type { Flow } from './flow.ts';
import { CONTENT_WIDTH, GREY_TEXT, INK, MARGIN, RISK_BANDS, SIZE, lineHeight, riskBand } from './theme.ts';

const AXIS = 16;
const CELL_WIDTH = (CONTENT_WIDTH - AXIS) / 5;
const CELL_HEIGHT = 15;
const TITLE = 6;
const FOOT = 10;
const GAP = 4;
const LEGEND = 8;
const ONE_MATRIX = TITLE + 5 * CELL_HEIGHT + FOOT;
export const MATRICES_HEIGHT = 2 * ONE_MATRIX + GAP + LEGEND;

type NumberedRisk = RiskEntry & { number: string };

interface Placed {
  number: string;
  likelihood: number;
  impact: number;
}

/** Two 5 × 5 grids, before and after, one above the other so the same cell sits in the same place. */
export function drawRiskMatrices(flow: Flow, risks: readonly NumberedRisk[]): void {
  drawMatrix(flow, 'Before measures', risks.map((risk) => ({ number: risk.number, ...risk.before })));
  flow.space(GAP);
  drawMatrix(flow, 'After the measures in place', risks.map((risk) => ({ number: risk.number, ...risk.after })));
  drawLegend(flow);
}

function drawMatrix(flow: Flow, title: string, placed: readonly Placed[]): void {
  const { doc } = flow;
  const gridLeft = MARGIN.left + AXIS;
  const gridTop = flow.y + TITLE;
  flow.font(SIZE.body, true);
  doc.text(title, gridLeft, flow.y, { baseline: 'top' });
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    const y = gridTop + (5 - likelihood) * CELL_HEIGHT;
    flow.font(SIZE.small, true);
    doc.text(String(likelihood), gridLeft - 2, y + CELL_HEIGHT / 2, { baseline: 'middle', align: 'right' });
    for (let impact = 1; impact <= 5; impact++) {
      const x = gridLeft + (impact - 1) * CELL_WIDTH;
      const score = likelihood * impact;
      doc.setFillColor(...riskBand(score).fill).setDrawColor(...INK).setLineWidth(0.2);
      doc.rect(x, y, CELL_WIDTH, CELL_HEIGHT, 'FD');
      flow.font(SIZE.tiny, false, GREY_TEXT);
      doc.text(`score ${score}`, x + CELL_WIDTH - 1, y + 0.8, { baseline: 'top', align: 'right' });
      const here = placed.filter((risk) => risk.likelihood === likelihood && risk.impact === impact).map((risk) => risk.number);
      drawCellLabels(flow, here, x, y);
    }
  }
  const gridBottom = gridTop + 5 * CELL_HEIGHT;
  flow.font(SIZE.small, true);
  for (let impact = 1; impact <= 5; impact++) {
    doc.text(String(impact), gridLeft + (impact - 0.5) * CELL_WIDTH, gridBottom + 1, { baseline: 'top', align: 'center' });
  }
  flow.font(SIZE.small, false, GREY_TEXT);
  doc.text('Impact →', gridLeft + (5 * CELL_WIDTH) / 2, gridBottom + 5, { baseline: 'top', align: 'center' });
  // jsPDF's align option ignores rotation, so centre the rotated label by hand.
  const label = 'Likelihood →';
  doc.text(label, MARGIN.left + 5, gridTop + (5 * CELL_HEIGHT + doc.getTextWidth(label)) / 2, { angle: 90 });
  flow.y = gridTop + 5 * CELL_HEIGHT + FOOT;
}

/** Risk numbers wrapped inside the cell; when they cannot all fit, the last line says how many more. */
function drawCellLabels(flow: Flow, numbers: readonly string[], x: number, y: number): void {
  if (numbers.length === 0) return;
  const layout = (size: number) => {
    flow.font(size, true);
    const lines = packLines(numbers, (line) => flow.doc.getTextWidth(line) <= CELL_WIDTH - 2.5);
    return { size, lines, maxLines: Math.floor((CELL_HEIGHT - 3.5) / lineHeight(size)) };
  };
  const normal = layout(SIZE.small);
  const { size, lines, maxLines } = normal.lines.length <= normal.maxLines ? normal : layout(SIZE.tiny);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines - 1);
    const shown = kept.join(' ').split(' ').length;
    lines.splice(0, lines.length, ...kept, `+${numbers.length - shown} more`);
  }
  flow.font(size, true);
  lines.forEach((line, index) => flow.doc.text(line, x + 1.2, y + 3.4 + index * lineHeight(size), { baseline: 'top' }));
}

function packLines(words: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate) || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  return current ? [...lines, current] : lines;
}

function drawLegend(flow: Flow): void {
  const { doc } = flow;
  let x = MARGIN.left + AXIS;
  let from = 1;
  flow.font(SIZE.small);
  for (const band of RISK_BANDS) {
    doc.setFillColor(...band.fill).setDrawColor(...INK).setLineWidth(0.2).rect(x, flow.y, 4, 4, 'FD');
    const label = `${band.word}: score ${from}–${band.upTo}`;
    doc.text(label, x + 5.5, flow.y + 2, { baseline: 'middle' });
    x += 5.5 + doc.getTextWidth(label) + 8;
    from = band.upTo + 1;
  }
  flow.space(LEGEND);
}
