import type { Flow } from './flow.ts';
import { CONTENT_WIDTH, MARGIN, SIZE, lineHeight } from './theme.ts';

/** Items numbered 1, 2, 3 …, the numbers right-aligned in a column wide enough for the largest. */
export function drawNumbered(flow: Flow, items: readonly string[]): void {
  flow.font(SIZE.body);
  const indent = flow.doc.getTextWidth(`${items.length}.`) + 3;
  items.forEach((item, index) => {
    flow.font(SIZE.body);
    const lines = flow.wrap(item, CONTENT_WIDTH - indent);
    // The same space flow.text keeps together, so the number and its first line land on one page.
    flow.ensure(Math.min(lines.length, 4) * lineHeight(SIZE.body));
    flow.doc.text(`${index + 1}.`, MARGIN.left + indent - 2, flow.y, { baseline: 'top', align: 'right' });
    flow.text(item, { indent });
    flow.space(0.8);
  });
}
