import type { Assessment, Verdict } from '../domain/assessment.schema.ts';
import type { DocumentCheck } from '../domain/document-check.ts';
import type { ReviewRecord } from '../domain/review-record.schema.ts';
import type { ReviewItem } from '../domain/review.schema.ts';
import type { CaseFile } from '../domain/case.schema.ts';

/** A checklist or case file opened for review, checked against the rules in use now. */
export interface OpenedDocument {
  fileName: string;
  /** What it was read from, so an unfinished review can be checked again after a reload. */
  source: {
    embeddedCaseJson: string;
    fingerprintPrinted?: string | undefined;
    verdictPrinted?: Verdict | undefined;
    ruleSetVersionPrinted?: string | undefined;
  };
  check: DocumentCheck & { caseFile: CaseFile; fingerprintNow: string };
  /** The case under the rules in use now: what the supervisor goes through. */
  assessment: Assessment;
}

export type OpenResult = { ok: true; document: OpenedDocument } | { ok: false; errors: string[] };

/** A supervisor's view of one item so far: accepted, or queried with a comment. */
export interface ItemReview {
  status: ReviewItem['status'];
  comment: string;
}

export interface ReviewContext {
  document: OpenedDocument | null;
  /** By itemKey (review-items.ts). Items not in here are not reviewed yet. */
  items: Record<string, ItemReview>;
  record: ReviewRecord | null;
  /** Why the last file could not be opened for review. */
  errors: string[];
}

/** What a file the supervisor chose is, to the machine: opaque; the app's actor reads it. */
export interface FileToReview {
  name: string;
  size: number;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type ReviewEvent =
  | { type: 'document.open'; file: FileToReview }
  | { type: 'document.close' }
  /** An unfinished review kept on this device, reopened where the supervisor left it. */
  | { type: 'review.restore'; document: OpenedDocument; items: Record<string, ItemReview> }
  | { type: 'item.accept'; key: string }
  | { type: 'item.query'; key: string; comment: string }
  | { type: 'item.clear'; key: string }
  | { type: 'items.acceptRest' }
  | { type: 'review.record'; record: ReviewRecord }
  | { type: 'review.amend' };
