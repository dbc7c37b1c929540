import type { Assessment } from '../domain/assessment.schema.ts';
import type { CaseFile } from '../domain/case.schema.ts';
import type { Debrief } from '../domain/debrief.ts';
import type { RuleSet } from '../domain/load-rules.ts';
import type { ReviewRecord } from '../domain/review-record.schema.ts';
import type { Scenario } from '../domain/scenario.schema.ts';
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

/** The supervisor's review of an exported checklist. */
export interface ReviewPdfInput {
  record: ReviewRecord;
  /** Of record.caseFile under the current rules: where the reviewed items' titles and texts are looked up. */
  assessment: Assessment;
  font: PdfFonts;
  /** `documentId`, when given, names the reviewed checklist in the header instead of its fingerprint. */
  options: PdfOptions;
}

/** What every section needs: the input plus values worked out once. */
export interface PdfContext extends ChecklistPdfInput {
  fingerprint: string;
  documentId: string;
}

/** The handling marking of training documents unless the trainer sets another. */
export const TRAINING_MARKING = 'TRAINING — FICTIONAL SCENARIO';

export interface TrainingPdfOptions {
  /** Injected so the same input gives the same bytes. */
  generatedAt: Date;
  /** Printed at the top and bottom of every page; defaults to TRAINING_MARKING. */
  marking?: string | undefined;
}

/** The classroom handout: what the trainees may see before the exercise. */
export interface HandoutPdfInput {
  scenario: Scenario;
  options: TrainingPdfOptions;
  font: PdfFonts;
}

/** The trainee's debrief: their plan against the model answer. */
export interface DebriefPdfInput {
  debrief: Debrief;
  scenario: Scenario;
  traineeName?: string | undefined;
  options: TrainingPdfOptions;
  font: PdfFonts;
}
