import type { Assessment } from '../domain/assessment.schema.ts';
import type { CaseFile } from '../domain/case.schema.ts';
import type { RuleSet } from '../domain/load-rules.ts';
import type { SeedLibrary } from '../domain/seed.schema.ts';

/** The two TrueType files embedded in the PDF, as base64. */
export interface PdfFonts {
  regular: string;
  bold: string;
}

export interface PdfOptions {
  /** Handling marking printed at the top and bottom of every page, e.g. OFFICIAL-SENSITIVE. */
  marking: string;
  /** Injected so the same input gives the same bytes. */
  generatedAt: Date;
  /** Printed in the header; defaults to the start of the fingerprint. */
  documentId?: string;
}

export interface ChecklistPdfInput {
  caseFile: CaseFile;
  assessment: Assessment;
  ruleSet: RuleSet;
  library: SeedLibrary;
  options: PdfOptions;
  font: PdfFonts;
}

/** What every section needs: the input plus values worked out once. */
export interface PdfContext extends ChecklistPdfInput {
  fingerprint: string;
  documentId: string;
}
