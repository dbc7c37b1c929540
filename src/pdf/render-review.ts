import type { jsPDF } from 'jspdf';
import { printable } from './printable-text.ts';
import { REVIEW_DECISION_WORDS } from '../domain/review.schema.ts';
import { contentFingerprint } from '../domain/fingerprint.ts';
import { drawDecisionLog } from './decision-log-table.ts';
import { REVIEW_ATTACHMENT, attachCaseFile } from './embed-case.ts';
import { Flow } from './flow.ts';
import { drawPageFrames, type PageFrame } from './page-frame.ts';
import { createPdfDocument, pdfBytes, setDocumentProperties } from './pdf-document.ts';
import type { ReviewPdfInput } from './pdf-input.ts';
import { drawReviewCover } from './review-cover.ts';
import { drawReviewItems } from './review-items.ts';
import { drawReviewSignOff } from './review-sign-off.ts';
import { REVIEW_TITLE } from './review-words.ts';
import { PRODUCT_NAME } from './theme.ts';

/**
 * The supervisor's review record as a PDF: the decision and its reasons, each
 * item accepted or queried, the case's decision log and a signature block, with
 * the whole review record attached as JSON. Pure, like the checklist: the date
 * and the fonts come in as input, so the same input gives the same bytes.
 */
export function renderReviewPdf(input: ReviewPdfInput): jsPDF {
  const { record, options } = input;
  const doc = createPdfDocument(input.font);
  const flow = new Flow(doc);
  // What is drawn is cleaned for jsPDF (printable-text.ts); the attachment keeps the record as it is.
  const shown: ReviewPdfInput = { ...input, record: printable(record), assessment: printable(input.assessment) };

  drawReviewCover(flow, shown);
  drawReviewItems(flow, shown);
  drawDecisionLog(flow, shown.record.caseFile.log, record.logHead);
  drawReviewSignOff(flow, shown.record.review);
  drawPageFrames(doc, reviewFrame(shown));

  attachCaseFile(doc, JSON.stringify(record, null, 2), options.generatedAt, REVIEW_ATTACHMENT);
  setDocumentProperties(doc, {
    title: `${REVIEW_TITLE}: Operation ${record.caseFile.operation.codename} (${options.marking})`,
    subject: `${REVIEW_DECISION_WORDS[record.review.decision]}. Review of fingerprint ${record.review.caseFingerprint}`,
    keywords: options.marking,
    generatedAt: options.generatedAt,
    fingerprint: contentFingerprint('review', record),
  });
  return doc;
}

/** The finished PDF file. */
export function renderReviewPdfBytes(input: ReviewPdfInput): Uint8Array {
  return pdfBytes(renderReviewPdf(input));
}

/** Every page names the checklist it reviews: by its document id in the header, by its full fingerprint in the footer. */
function reviewFrame({ record, options }: ReviewPdfInput): PageFrame {
  const fingerprint = record.review.caseFingerprint;
  return {
    marking: options.marking,
    headerLeft: `${PRODUCT_NAME} · Operation ${record.caseFile.operation.codename.replace(/\s+/g, ' ')}`,
    headerRight: `Review of ${options.documentId ?? fingerprint.slice(0, 12).toUpperCase()}`,
    footerLeft: `Reviewed checklist fingerprint (SHA-256): ${fingerprint}`,
  };
}
