import type { Verdict } from '../domain/assessment.schema.ts';
import type { Severity } from '../domain/rule.schema.ts';

/** Page geometry in millimetres (A4 portrait). Content never goes outside MARGIN. */
export const PAGE = { width: 210, height: 297 } as const;
export const MARGIN = { top: 24, right: 16, bottom: 24, left: 16 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const CONTENT_BOTTOM = PAGE.height - MARGIN.bottom;

export const FONT = 'DejaVuSansCondensed';

export const PRODUCT_NAME = 'SIT Risk Wizard';

export const SIZE = { title: 22, h1: 15, h2: 11.5, h3: 10, body: 9.5, table: 8.5, small: 7.5, tiny: 6.5 } as const;

/** Millimetres per point, for turning font sizes into line heights. */
export const PT = 25.4 / 72;
export const LINE_FACTOR = 1.3;
export const lineHeight = (size: number) => size * PT * LINE_FACTOR;

export type Rgb = [number, number, number];
export const INK: Rgb = [0, 0, 0];
export const WHITE: Rgb = [255, 255, 255];
export const GREY_TEXT: Rgb = [70, 70, 70];
export const RULE_LINE: Rgb = [90, 90, 90];
export const HEAD_FILL: Rgb = [222, 222, 222];
export const GROUP_FILL: Rgb = [240, 240, 240];

/**
 * Colour is only ever a second cue: each verdict also has a symbol, a word and a
 * position on the printed scale, so it reads the same on a black-and-white copy.
 */
export const VERDICT_STYLE: Record<Verdict, { symbol: string; fill: Rgb; bar: Rgb }> = {
  proceed: { symbol: '✓', fill: [220, 240, 220], bar: [40, 120, 40] },
  'proceed-with-conditions': { symbol: '●', fill: [250, 240, 200], bar: [170, 130, 0] },
  escalate: { symbol: '▲', fill: [252, 222, 196], bar: [200, 100, 0] },
  'do-not-proceed': { symbol: '✖', fill: [248, 205, 205], bar: [170, 20, 20] },
};

export const SEVERITY_STYLE: Record<Severity, { word: string; symbol: string; fill: Rgb }> = {
  blocking: { word: 'BLOCKING', symbol: '✖', fill: [248, 205, 205] },
  high: { word: 'HIGH', symbol: '▲', fill: [252, 222, 196] },
  advisory: { word: 'ADVISORY', symbol: '●', fill: [250, 240, 200] },
  info: { word: 'INFORMATION', symbol: 'i', fill: [230, 236, 245] },
};

/** Risk score bands; the matrix prints the score in each cell so the band never depends on colour. */
export const RISK_BANDS = [
  { upTo: 4, word: 'Low', fill: [235, 245, 235] as Rgb },
  { upTo: 9, word: 'Medium', fill: [252, 246, 215] as Rgb },
  { upTo: 15, word: 'High', fill: [252, 225, 200] as Rgb },
  { upTo: 25, word: 'Very high', fill: [245, 200, 200] as Rgb },
] as const;

export function riskBand(score: number): (typeof RISK_BANDS)[number] {
  return RISK_BANDS.find((band) => score <= band.upTo) ?? RISK_BANDS[RISK_BANDS.length - 1]!;
}
