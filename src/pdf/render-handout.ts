import type { jsPDF } from 'jspdf';
import { drawFormBlock, paragraphsOf } from './blocks.ts';
import { contentFingerprint } from '../domain/fingerprint.ts';
import { Flow } from './flow.ts';
import { drawPageFrames } from './page-frame.ts';
import { createPdfDocument, pdfBytes, setDocumentProperties } from './pdf-document.ts';
import type { HandoutPdfInput } from './pdf-input.ts';
import { CONTENT_BOTTOM, CONTENT_WIDTH, GREY_TEXT, GROUP_FILL, MARGIN, SIZE } from './theme.ts';
import { drawTrainingTitle, techniqueList, trainingFrame, trainingMarking } from './training.ts';
import { dateTimeWords } from './words.ts';

export const HANDOUT_TITLE = 'Scenario handout';

export const TASK_LINES = [
  'Plan the operation in SIT Risk Wizard, step by step, as the officer in charge would.',
  'Say what verdict your plan deserves, mark each problem you see, and plan the measures that deal with it.',
  'The trainer may give you new information during the exercise: adapt your plan to it.',
  'Everything in this scenario is invented. Do not enter real names or real operations.',
];

/**
 * The classroom handout of a scenario: what every trainee may read before the
 * exercise. It holds the briefing, the learning objectives and the techniques,
 * and deliberately none of the model answer, the injects (the trainer releases
 * them during the exercise) or the trainer's notes. Pure, like the checklist.
 */
export function renderHandoutPdf({ scenario, options, font }: HandoutPdfInput): jsPDF {
  const marking = trainingMarking(options);
  const doc = createPdfDocument(font);
  const flow = new Flow(doc);

  drawTrainingTitle(flow, HANDOUT_TITLE, scenario, marking);
  flow.table({
    body: [
      ['Techniques in this exercise', techniqueList(scenario)],
      ['Date printed', dateTimeWords(options.generatedAt)],
      ['Scenario file', scenario.id],
    ],
    columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold', fillColor: GROUP_FILL } },
  });
  drawFormBlock(flow, 'Trainee', ['Name', 'Group', 'Date']);

  flow.heading('What you should learn', SIZE.h2, 14);
  scenario.learningObjectives.forEach((objective, index) => {
    flow.text(objective, { indent: 6, marker: `${index + 1}.` });
    flow.space(0.8);
  });

  flow.heading('Briefing', SIZE.h2, 14);
  for (const paragraph of paragraphsOf(scenario.briefing)) {
    flow.text(paragraph);
    flow.space(2);
  }

  flow.heading('Your task', SIZE.h2, 14);
  flow.bullets(TASK_LINES);
  drawNoteLines(flow);

  drawPageFrames(doc, trainingFrame(marking, HANDOUT_TITLE, scenario));
  setDocumentProperties(doc, {
    title: `${HANDOUT_TITLE}: ${scenario.title} (${marking})`,
    subject: 'Training exercise: fictional scenario, briefing only',
    keywords: marking,
    generatedAt: options.generatedAt,
    fingerprint: contentFingerprint('handout', { scenario: handoutContent(scenario), marking }),
  });
  return doc;
}

/** The finished PDF file. */
export function renderHandoutPdfBytes(input: HandoutPdfInput): Uint8Array {
  return pdfBytes(renderHandoutPdf(input));
}

/** Only what the handout shows goes into its identifier: nothing of the answer can be inferred from it. */
function handoutContent({ id, title, learningObjectives, briefing, techniques }: HandoutPdfInput['scenario']) {
  return { id, title, learningObjectives, briefing, techniques };
}

const NOTE_LINE_GAP = 8;

/** Ruled lines for the trainee's notes in what is left of the last page, when there is room for a few. */
function drawNoteLines(flow: Flow): void {
  flow.space(2);
  const lines = Math.floor((CONTENT_BOTTOM - flow.y - 8) / NOTE_LINE_GAP);
  if (lines < 4) return;
  flow.heading('Your notes', SIZE.h2, 0);
  flow.doc.setDrawColor(...GREY_TEXT).setLineWidth(0.2);
  for (let line = 1; line <= lines; line++) {
    const y = flow.y + line * NOTE_LINE_GAP;
    flow.doc.line(MARGIN.left, y, MARGIN.left + CONTENT_WIDTH, y);
  }
  flow.y += lines * NOTE_LINE_GAP + 2;
}
