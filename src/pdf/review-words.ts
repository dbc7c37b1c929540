import type { ReviewItem } from '../domain/review.schema.ts';
import { dateTimeWords } from './words.ts';

/** Plain-English words the sections of the review PDF share. */

export const REVIEW_TITLE = "Supervisor's review";

export const ITEM_KIND_WORDS: Record<ReviewItem['kind'], string> = {
  finding: 'Finding',
  checklist: 'Checklist item',
  intervention: 'Intervention plan',
};

export const ITEM_STATUS_WORDS: Record<ReviewItem['status'], string> = {
  accepted: 'Accepted',
  queried: 'Queried',
};

/** A YYYY-MM-DD date as "6 March 2026": the date part of dateTimeWords, so both read alike. */
export function dateWords(isoDate: string): string {
  return dateTimeWords(new Date(`${isoDate}T00:00:00Z`)).split(',')[0]!;
}

export function reviewerWords({ rank, name }: { rank: string; name: string }): string {
  return `${rank} ${name}`;
}
