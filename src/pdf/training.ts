import { TECHNIQUE_NAMES } from '../domain/case.schema.ts';
import type { Scenario } from '../domain/scenario.schema.ts';
import { drawMarkingBox } from './blocks.ts';
import type { Flow } from './flow.ts';
import type { PageFrame } from './page-frame.ts';
import { TRAINING_MARKING, type TrainingPdfOptions } from './pdf-input.ts';
import { GREY_TEXT, PRODUCT_NAME, SIZE } from './theme.ts';

/** What the training documents (handout and debrief) share on top of the checklist's frame, flow and theme. */

export const FICTIONAL_LINE = 'Training exercise — fictional';
export const TRAINING_FOOTER = 'Training exercise — fictional scenario. Not for operational use.';

export function trainingMarking(options: TrainingPdfOptions): string {
  return options.marking ?? TRAINING_MARKING;
}

/** Header: what the document is and which scenario; footer: that it is an exercise. */
export function trainingFrame(marking: string, documentTitle: string, scenario: Scenario): PageFrame {
  return {
    marking,
    headerLeft: `${PRODUCT_NAME} · ${documentTitle}: ${scenario.title}`,
    headerRight: `Scenario ${scenario.id}`,
    footerLeft: TRAINING_FOOTER,
  };
}

/** The top of page 1: product, kind of document, that it is fictional, the scenario's title and the marking. */
export function drawTrainingTitle(flow: Flow, documentTitle: string, scenario: Scenario, marking: string): void {
  flow.text(PRODUCT_NAME, { size: SIZE.h2, colour: GREY_TEXT });
  flow.text(documentTitle, { size: SIZE.h1, bold: true });
  flow.text(FICTIONAL_LINE, { size: SIZE.h3, bold: true, colour: GREY_TEXT });
  flow.space(4);
  flow.text('Scenario', { size: SIZE.small, colour: GREY_TEXT });
  flow.text(scenario.title, { size: SIZE.title, bold: true });
  flow.space(3);
  drawMarkingBox(flow, marking);
  flow.space(4);
}

export function techniqueList(scenario: Pick<Scenario, 'techniques'>): string {
  return scenario.techniques.map((technique) => TECHNIQUE_NAMES[technique]).join(', ');
}
