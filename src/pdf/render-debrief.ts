import type { jsPDF } from 'jspdf';
import { VERDICT_WORDS } from '../domain/assessment.schema.ts';
import { DEBRIEF_TITLE, drawDebriefCover } from './debrief-cover.ts';
import { drawProblems } from './debrief-findings.ts';
import { drawMeasures } from './debrief-measures.ts';
import { drawNotesAndSources } from './debrief-notes.ts';
import { contentFingerprint } from '../domain/fingerprint.ts';
import { Flow } from './flow.ts';
import { drawPageFrames } from './page-frame.ts';
import { createPdfDocument, pdfBytes, setDocumentProperties } from './pdf-document.ts';
import type { DebriefPdfInput } from './pdf-input.ts';
import { trainingFrame, trainingMarking } from './training.ts';

/**
 * The trainee's debrief as a PDF: their verdict, the problems they identified
 * and missed and the measures they planned, side by side with the model answer,
 * each miss with what to do and its sources, a score per lens and the trainer's
 * notes. Pure, like the checklist: the date and the fonts come in as input.
 */
export function renderDebriefPdf(input: DebriefPdfInput): jsPDF {
  const { debrief, scenario, traineeName, options } = input;
  const marking = trainingMarking(options);
  const doc = createPdfDocument(input.font);
  const flow = new Flow(doc);

  drawDebriefCover(flow, input, marking);
  drawProblems(flow, input);
  drawMeasures(flow, input);
  drawNotesAndSources(flow, input);

  const name = traineeName?.trim();
  drawPageFrames(doc, trainingFrame(marking, name ? `${DEBRIEF_TITLE} of ${name}` : DEBRIEF_TITLE, scenario));
  setDocumentProperties(doc, {
    title: `${DEBRIEF_TITLE}${name ? ` of ${name}` : ''}: ${scenario.title} (${marking})`,
    subject: `Your plan: ${VERDICT_WORDS[debrief.verdict.trainee]}. Model answer: ${VERDICT_WORDS[debrief.verdict.model]}.`,
    keywords: marking,
    generatedAt: options.generatedAt,
    fingerprint: contentFingerprint('debrief', { debrief, scenarioId: scenario.id, traineeName: name ?? null, marking }),
  });
  return doc;
}

/** The finished PDF file. */
export function renderDebriefPdfBytes(input: DebriefPdfInput): Uint8Array {
  return pdfBytes(renderDebriefPdf(input));
}
