import { loadFontsInBrowser } from './fonts-browser.ts';
import type { ChecklistPdfInput, DebriefPdfInput, HandoutPdfInput, ReviewPdfInput } from './pdf-input.ts';
import { renderChecklistPdfBytes } from './render-checklist.ts';
import { renderDebriefPdfBytes } from './render-debrief.ts';
import { renderHandoutPdfBytes } from './render-handout.ts';
import { renderReviewPdfBytes } from './render-review.ts';

/**
 * Browser entry point for the PDF export. Load it only when the user exports,
 * with `const { checklistPdfBlob } = await import('../pdf/export-pdf.ts')`, so
 * jsPDF and the fonts stay out of the first-screen bundle.
 */
export async function checklistPdfBlob(input: Omit<ChecklistPdfInput, 'font'>): Promise<Blob> {
  return pdfBlob(renderChecklistPdfBytes({ ...input, font: await loadFontsInBrowser() }));
}

/** The trainee's debrief (trainer mode). */
export async function debriefPdfBlob(input: Omit<DebriefPdfInput, 'font'>): Promise<Blob> {
  return pdfBlob(renderDebriefPdfBytes({ ...input, font: await loadFontsInBrowser() }));
}

/** The classroom handout of a scenario: briefing and objectives only (trainer mode). */
export async function handoutPdfBlob(input: Omit<HandoutPdfInput, 'font'>): Promise<Blob> {
  return pdfBlob(renderHandoutPdfBytes({ ...input, font: await loadFontsInBrowser() }));
}

/** The supervisor's review record of an exported checklist. */
export async function reviewPdfBlob(input: Omit<ReviewPdfInput, 'font'>): Promise<Blob> {
  return pdfBlob(renderReviewPdfBytes({ ...input, font: await loadFontsInBrowser() }));
}

function pdfBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

export { extractCaseFromPdf } from './extract-case.ts';
