import type { jsPDF } from 'jspdf';
import { drawChecklist } from './checklist.ts';
import { DOCUMENT_TITLE, drawCover } from './cover.ts';
import { attachCaseFile } from './embed-case.ts';
import { drawFindings } from './findings.ts';
import { fingerprintOf } from '../domain/fingerprint.ts';
import { Flow } from './flow.ts';
import { drawInterventionPlan } from './intervention-plan.ts';
import { drawOpenQuestions } from './open-questions.ts';
import { drawPageFrames, type PageFrame } from './page-frame.ts';
import { printable } from './printable-text.ts';
import { createPdfDocument, pdfBytes, setDocumentProperties } from './pdf-document.ts';
import type { ChecklistPdfInput, PdfContext } from './pdf-input.ts';
import { drawRiskRegister } from './risk-register.ts';
import { drawSignOff } from './sign-off.ts';
import { drawSourcesAnnex } from './sources-annex.ts';
import { drawSummary } from './summary.ts';
import { PRODUCT_NAME } from './theme.ts';

/**
 * The operational checklist as a PDF: case file + assessment → jsPDF document.
 * Pure: no DOM, no clock, no randomness. The date, the id and the fonts come in
 * as input, so the same input gives the same bytes in the browser, the CLI and tests.
 */
export function renderChecklistPdf(input: ChecklistPdfInput): jsPDF {
  const fingerprint = fingerprintOf(input.caseFile, input.ruleSet);
  const context: PdfContext = {
    ...input,
    caseFile: printable(input.caseFile),
    assessment: printable(input.assessment),
    fingerprint,
    documentId: input.options.documentId ?? fingerprint.slice(0, 12).toUpperCase(),
  };
  const doc = createPdfDocument(input.font);

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
  drawPageFrames(doc, checklistFrame(context));

  attachCaseFile(doc, JSON.stringify(input.caseFile, null, 2), input.options.generatedAt);
  setDocumentProperties(doc, {
    title: `${DOCUMENT_TITLE}: Operation ${input.caseFile.operation.codename} (${input.options.marking})`,
    subject: `${input.assessment.verdict.words}. Fingerprint ${fingerprint}. Rule set ${input.ruleSet.version}`,
    keywords: input.options.marking,
    generatedAt: input.options.generatedAt,
    fingerprint,
  });
  return doc;
}

/** The finished PDF file. */
export function renderChecklistPdfBytes(input: ChecklistPdfInput): Uint8Array {
  return pdfBytes(renderChecklistPdf(input));
}

/** Codename and document id in the header; the fingerprint in the footer of every page. */
function checklistFrame({ caseFile, options, documentId, fingerprint }: PdfContext): PageFrame {
  return {
    marking: options.marking,
    // One line, however the codename was typed: the header has room for no more.
    headerLeft: `${PRODUCT_NAME} · Operation ${caseFile.operation.codename.replace(/\s+/g, ' ')}`,
    headerRight: `Document ${documentId}`,
    footerLeft: `Fingerprint (SHA-256): ${fingerprint}`,
  };
}
