import { TECHNIQUE_NAMES, type StateInvolved, type Technique } from '../domain/case.schema.ts';
import type { Phase } from '../domain/rule.schema.ts';
import type { SourceRef } from '../domain/assessment.schema.ts';

/** Plain-English words for the values the assessment and the case file hold. */
export const PHASE_WORDS: Record<Phase, string> = {
  planning: 'Planning',
  authorisation: 'Authorisation',
  execution: 'During the operation',
  'post-operation': 'After the operation',
};

export function techniqueName(technique: Technique | 'general'): string {
  return technique === 'general' ? 'All techniques' : TECHNIQUE_NAMES[technique];
}

const ROLE_WORDS: Record<StateInvolved['role'], string> = {
  origin: 'origin',
  transit: 'transit',
  destination: 'destination',
  other: 'other role',
};

export function stateLine(state: StateInvolved): string {
  return `${state.name} (${ROLE_WORDS[state.role]}${state.investigating ? ', investigating state' : ''})`;
}

/** An answer from the case file as an officer would say it. */
export function answerWords(value: unknown): string {
  if (value === null || value === undefined || value === '' || value === 'unknown') return 'Not answered yet';
  if (value === 'yes' || value === true) return 'Yes';
  if (value === 'no' || value === false) return 'No';
  if (Array.isArray(value)) return value.length === 0 ? 'None given' : value.map(answerWords).join(', ');
  if (typeof value === 'string' && value in TECHNIQUE_NAMES) return TECHNIQUE_NAMES[value as Technique];
  if (typeof value === 'string') return value.charAt(0).toUpperCase() + value.slice(1).replaceAll('-', ' ');
  return String(value);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Always UTC, so the text does not depend on the computer's time zone or language. */
export function dateTimeWords(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** Each source label once, in the order first cited. */
export function sourceLabels(sources: readonly SourceRef[]): string[] {
  return [...new Set(sources.map((source) => source.label))];
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
