import type { Finding } from '../domain/assessment.schema.ts';
import { TECHNIQUE_NAMES, type Technique } from '../domain/case.schema.ts';
import type { Flow } from './flow.ts';
import { numberFindings, type NumberedFinding } from './findings-order.ts';
import type { PdfContext } from './pdf-input.ts';
import { GROUP_FILL, SEVERITY_STYLE, SIZE } from './theme.ts';
import { answerWords, sourceLabels } from './words.ts';

export const FINDINGS_TITLE = '2. Findings by subject';

/** Every finding under its rule module: what is wrong, why it was raised, what to do, where it comes from. */
export function drawFindings(flow: Flow, { assessment, ruleSet }: PdfContext): void {
  flow.section(FINDINGS_TITLE);
  const numbered = numberFindings(assessment.findings, ruleSet);
  if (numbered.length === 0) {
    flow.text('No rule found a problem with the answers given.');
    return;
  }
  flow.note('Each finding shows the answers in the case file that raised it and the paragraphs of the source papers it rests on. The full wording of each cited passage is in the annex.');
  flow.space(2);
  for (const ruleModule of ruleSet.modules) {
    const inModule = numbered.filter((entry) => entry.finding.module === ruleModule.module);
    if (inModule.length === 0) continue;
    flow.heading(ruleModule.title, SIZE.h2, 30);
    for (const entry of inModule) drawFinding(flow, entry);
  }
}

function drawFinding(flow: Flow, { number, finding }: NumberedFinding): void {
  const severity = SEVERITY_STYLE[finding.severity];
  flow.table({
    head: [[{ content: `${number}   ${severity.symbol} ${severity.word}   ${finding.title}`, colSpan: 2 }]],
    body: findingRows(finding),
    headStyles: { fillColor: severity.fill, fontSize: SIZE.body },
    columnStyles: { 0: { cellWidth: 34, fontStyle: 'bold', fillColor: GROUP_FILL } },
  });
}

function findingRows(finding: Finding): [string, string][] {
  const rows: [string, string][] = [
    ['What is wrong', finding.explanation],
    ['What to do', finding.remedy],
  ];
  if (finding.basis === 'practice') {
    rows.push(['Good practice', `The papers do not say this in so many words. ${finding.practiceNote ?? ''}`.trim()]);
  }
  rows.push(['Raised by these answers', becauseLines(finding).join('\n') || 'Raised for every case using this technique']);
  rows.push(['Sources', sourceLabels(finding.sources).join('\n') || 'Good practice; no paragraph cited']);
  rows.push(['Applies to', `${appliesTo(finding.techniques)} (rule ${finding.ruleId})`]);
  return rows;
}

/** Each question once, with the answer given: the facts that made the rule fire. */
export function becauseLines(finding: Finding): string[] {
  const seen = new Set<string>();
  return finding.because.flatMap((check) => {
    if (seen.has(check.fact)) return [];
    seen.add(check.fact);
    return [`${check.question} → ${answerWords(check.actual)}`];
  });
}

function appliesTo(techniques: readonly string[]): string {
  if (techniques.includes('any')) return 'All techniques';
  return techniques.map((technique) => TECHNIQUE_NAMES[technique as Technique] ?? technique).join(', ');
}
