import { loadFontsInBrowser } from './fonts-browser.ts';
import type { ChecklistPdfInput } from './pdf-input.ts';
import { renderChecklistPdfBytes } from './render-checklist.ts';

/**
 * Browser entry point for the PDF export. Load it only when the user exports,
 * with `const { checklistPdfBlob } = await import('../pdf/export-pdf.ts')`, so
 * jsPDF and the fonts stay out of the first-screen bundle.
 */
export async function checklistPdfBlob(input: Omit<ChecklistPdfInput, 'font'>): Promise<Blob> {
  const font = await loadFontsInBrowser();
  const bytes = renderChecklistPdfBytes({ ...input, font });
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

export { extractCaseFromPdf } from './extract-case.ts';
