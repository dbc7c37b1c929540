import type { LogEntry } from '../domain/decision-log.schema.ts';
import { LOG_KIND_WORDS } from '../domain/decision-log.schema.ts';
import type { Flow } from './flow.ts';
import { dateTimeWords } from './words.ts';

export const DECISION_LOG_TITLE = '2. Decision log';

/**
 * Every decision on the case, oldest first. Entries keep the numbers of the log
 * itself (from 0), because the check for tampering names entries by them.
 */
export function drawDecisionLog(flow: Flow, log: readonly LogEntry[], head: string): void {
  flow.section(DECISION_LOG_TITLE);
  if (log.length === 0) {
    flow.text('The case file holds no decisions yet.');
    return;
  }
  flow.note(
    'Every decision on the case, oldest first, numbered from 0. Each entry carries the hash of the entry before it, ' +
      'so changing, removing or reordering an entry afterwards is detected when the case file is opened.',
  );
  flow.space(1);
  flow.table({
    head: [['No.', 'When', 'What', 'By', 'Summary']],
    body: log.map((entry) => [String(entry.seq), dateTimeWords(new Date(entry.at)), capitalise(LOG_KIND_WORDS[entry.kind]), entry.by, entry.summary]),
    columnStyles: { 0: { cellWidth: 10, halign: 'right' }, 1: { cellWidth: 27 }, 2: { cellWidth: 25 }, 3: { cellWidth: 32 } },
  });
  flow.note(`Hash of the newest entry (the log head): ${head}`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
