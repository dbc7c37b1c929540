import { measured, verdict, type BenchRow } from './bench-row.ts';

const AREA_ORDER = ['bundle', 'rules', 'pdf', 'browser', 'lighthouse'];

/** The one table `npm run bench` prints: one line per row, grouped by area, notes last. */
export function formatTable(rows: readonly BenchRow[]): string {
  const sorted = [...rows].sort((a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area));
  const header = ['area', 'measurement', 'runs', 'median', 'min–max', 'p95', 'budget', 'result', 'note'];
  const body = sorted.map((row) => {
    const decimals = decimalsFor(row);
    const show = (amount: number) => `${amount.toFixed(decimals)}${suffix(row.unit)}`;
    const spread = measured(row) && row.runs > 1 && row.max > row.min;
    return [
      row.area,
      row.what,
      String(row.runs),
      measured(row) ? show(row.median) : '–',
      spread ? `${row.min.toFixed(decimals)}–${show(row.max)}` : '–',
      spread ? show(row.p95) : '–',
      row.budget ? `${row.budget.of === 'p95' ? 'p95 ' : ''}${row.budget.op} ${row.budget.limit}${suffix(row.unit)}` : '',
      verdict(row),
      row.skipped !== undefined ? `skipped: ${row.skipped}` : row.error !== undefined ? `not measured: ${row.error}` : (row.note ?? ''),
    ];
  });
  const numeric = new Set([2, 3, 4, 5]);
  const last = header.length - 1;
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === last ? cell : numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

/** One precision per row, from its median: 0.412 ms, 34.7 ms, 218.8 kB, 2.65×, 78. */
function decimalsFor(row: BenchRow): number {
  if (row.unit === 'ms') return row.median < 10 ? 3 : 1;
  if (row.unit === '×') return 2;
  return row.unit === 'kB' ? 1 : 0;
}

function suffix(unit: string): string {
  return unit === '' || unit === '×' ? unit : ` ${unit}`;
}
