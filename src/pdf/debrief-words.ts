import type { SourceRef, Verdict } from '../domain/assessment.schema.ts';
import { VERDICTS, VERDICT_WORDS } from '../domain/assessment.schema.ts';
import type { IdentifiedHow, Score } from '../domain/debrief.ts';
import { StateInvolved } from '../domain/case.schema.ts';
import { factCatalogue, listFactPaths, type FactInfo } from '../domain/fact-paths.ts';
import type { Rgb } from './theme.ts';
import { VERDICT_STYLE } from './theme.ts';
import { answerWords, stateLine } from './words.ts';

/** Plain-English words for the debrief, for police trainees. Colour is only ever a second cue to a symbol and a word. */

export const MET_FILL: Rgb = [220, 240, 220];
export const NOT_MET_FILL: Rgb = [248, 205, 205];

export const HOW_WORDS: Record<IdentifiedHow, string> = {
  flagged: '✓ You flagged it',
  resolved: '✓ Your plan resolved it',
  'flagged-and-resolved': '✓ Flagged and resolved',
};
export const MISSED_WORDS = '✖ Missed';
export const PLANNED_WORDS = '✓ Planned';
export const NOT_PLANNED_WORDS = '✖ Missing';
export const SUPPORTED_WORDS = '✓ Fair point: the rules raise it on the situation as briefed, though the model answer does not ask for it.';
export const FALSE_ALARM_WORDS = '✖ False alarm: the rules do not raise it on the situation as briefed.';
export const NOT_TESTED = 'not tested';

export function verdictLabel(verdict: Verdict): string {
  return `${VERDICT_STYLE[verdict].symbol} ${VERDICT_WORDS[verdict]}`;
}

/** Whether the two verdicts match, and if not which way the trainee's plan leans. */
export function verdictComparison(trainee: Verdict, model: Verdict): string {
  if (trainee === model) return '✓ MATCH: your plan reaches the same verdict as the model answer.';
  const lessCautious = VERDICTS.indexOf(trainee) < VERDICTS.indexOf(model);
  return lessCautious
    ? '✖ NO MATCH: your plan is less cautious than the model answer. It would let the operation go further than the model answer allows.'
    : '✖ NO MATCH: your plan is more cautious than the model answer. Look at which of your answers hold it back.';
}

export function scoreWords(score: Score): { achieved: string; possible: string; percent: string } {
  if (score.percent === null) return { achieved: '–', possible: '–', percent: NOT_TESTED };
  return { achieved: String(score.achieved), possible: String(score.possible), percent: `${score.percent}%` };
}

/** Each paragraph once, with every excerpt quoted under it. */
export function sourceLines(sources: readonly SourceRef[]): string {
  if (sources.length === 0) return 'No paragraph of the papers is cited for this.';
  const byLabel = new Map<string, string[]>();
  for (const source of sources) {
    const excerpts = byLabel.get(source.label) ?? [];
    if (source.excerpt && !excerpts.includes(source.excerpt)) excerpts.push(source.excerpt);
    byLabel.set(source.label, excerpts);
  }
  return [...byLabel.entries()].map(([label, excerpts]) => [label, ...excerpts.map((excerpt) => `“${excerpt}”`)].join('\n')).join('\n\n');
}

/** The question the case file asks for a fact, e.g. "Are children among the migrants?". */
export function factQuestion(fact: string): string {
  return factCatalogue().get(fact)?.question ?? fact;
}

/**
 * A fact of the exercise as briefed and as the trainee answered it, in words.
 * For the list of states, only what differs, state by state, so two lists that
 * differ in one permission do not print as the same names twice.
 */
export function factDifference(briefed: unknown, trainee: unknown): { briefed: string; trainee: string } {
  if (isStateList(briefed) && isStateList(trainee)) return stateListDifference(briefed, trainee);
  return { briefed: valueWords(briefed), trainee: valueWords(trainee) };
}

function valueWords(value: unknown): string {
  if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
    return value.map((item) => (isState(item) ? stateLine(item) : JSON.stringify(item))).join('\n');
  }
  return answerWords(value);
}

let stateQuestions: Map<string, FactInfo> | undefined;

function stateListDifference(briefed: readonly StateInvolved[], trainee: readonly StateInvolved[]): { briefed: string; trainee: string } {
  stateQuestions ??= listFactPaths(StateInvolved);
  const lines = { briefed: [] as string[], trainee: [] as string[] };
  const names = [...new Set([...briefed, ...trainee].map((state) => state.name))];
  for (const name of names) {
    const asBriefed = briefed.find((state) => state.name === name);
    const asAnswered = trainee.find((state) => state.name === name);
    if (!asBriefed || !asAnswered) {
      lines.briefed.push(asBriefed ? stateLine(asBriefed) : `${name}: not on the route`);
      lines.trainee.push(asAnswered ? stateLine(asAnswered) : `${name}: not on your route`);
      continue;
    }
    for (const [path, info] of stateQuestions) {
      const a = readPath(asBriefed, path);
      const b = readPath(asAnswered, path);
      if (JSON.stringify(a) === JSON.stringify(b)) continue;
      lines.briefed.push(`${name}: ${info.question} ${answerWords(a)}`);
      lines.trainee.push(`${name}: ${info.question} ${answerWords(b)}`);
    }
  }
  return { briefed: lines.briefed.join('\n'), trainee: lines.trainee.join('\n') };
}

function readPath(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((inner, key) => (inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>)[key] : undefined), value);
}

function isStateList(value: unknown): value is StateInvolved[] {
  return Array.isArray(value) && value.every(isState);
}

function isState(value: unknown): value is StateInvolved {
  return value !== null && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' && typeof (value as { role?: unknown }).role === 'string';
}
