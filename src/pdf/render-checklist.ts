import { jsPDF } from 'jspdf';
import { drawChecklist } from './checklist.ts';
import { DOCUMENT_TITLE, PRODUCT_NAME, drawCover } from './cover.ts';
import { attachCaseFile } from './embed-case.ts';
import { drawFindings } from './findings.ts';
import { fingerprintOf } from './fingerprint.ts';
import { Flow } from './flow.ts';
import { drawInterventionPlan } from './intervention-plan.ts';
import { drawOpenQuestions } from './open-questions.ts';
import { drawPageFrames } from './page-frame.ts';
import type { ChecklistPdfInput, PdfContext } from './pdf-input.ts';
import { drawRiskRegister } from './risk-register.ts';
import { drawSignOff } from './sign-off.ts';
import { drawSourcesAnnex } from './sources-annex.ts';
import { drawSummary } from './summary.ts';
import { FONT } from './theme.ts';

/**
 * The operational checklist as a PDF: case file + assessment → jsPDF document.
 * Pure: no DOM, no clock, no randomness. The date, the id and the fonts come in
 * as input, so the same input gives the same bytes in the browser, the CLI and tests.
 */
export function renderChecklistPdf(input: ChecklistPdfInput): jsPDF {
  const fingerprint = fingerprintOf(input.caseFile, input.ruleSet);
  const context: PdfContext = { ...input, fingerprint, documentId: input.options.documentId ?? fingerprint.slice(0, 12).toUpperCase() };
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, input.font);

  const flow = new Flow(doc);
  drawCover(flow, context);
  drawSummary(flow, context);
  drawFindings(flow, context);
  drawRiskRegister(flow, context);
  drawChecklist(flow, context);
  drawInterventionPlan(flow, context);
  drawOpenQuestions(flow, context);
  drawSignOff(flow, context);
  drawSourcesAnnex(flow, context);
  drawPageFrames(doc, context);

  attachCaseFile(doc, JSON.stringify(input.caseFile, null, 2), input.options.generatedAt);
  doc.setProperties({
    title: `${DOCUMENT_TITLE}: Operation ${input.caseFile.operation.codename} (${input.options.marking})`,
    subject: `${input.assessment.verdict.words}. Fingerprint ${fingerprint}`,
    creator: PRODUCT_NAME,
    keywords: input.options.marking,
  });
  doc.setCreationDate(input.options.generatedAt);
  doc.setFileId(fingerprintId(fingerprint, input.options.generatedAt));
  return doc;
}

/** The finished PDF file. */
export function renderChecklistPdfBytes(input: ChecklistPdfInput): Uint8Array {
  return new Uint8Array(renderChecklistPdf(input).output('arraybuffer'));
}

function registerFonts(doc: jsPDF, font: ChecklistPdfInput['font']): void {
  doc.addFileToVFS(`${FONT}.ttf`, font.regular);
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, font.bold);
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'normal');
}

/** The PDF file identifier (32 hex digits), from the content and the date rather than at random. */
function fingerprintId(fingerprint: string, generatedAt: Date): string {
  const time = generatedAt.getTime().toString(16).padStart(12, '0').slice(-12);
  return (fingerprint.slice(0, 20) + time).toUpperCase();
}
