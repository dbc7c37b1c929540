import { AUTHORITY_WORDS } from '../domain/assessment.schema.ts';
import type { Flow } from './flow.ts';
import { numberFindings } from './findings-order.ts';
import type { PdfContext } from './pdf-input.ts';
import { SEVERITY_STYLE, SIZE, VERDICT_STYLE } from './theme.ts';
import { plural } from './words.ts';

export const SUMMARY_TITLE = '1. Summary';

/** Why the verdict is what it is, with the blocking and high findings first. */
export function drawSummary(flow: Flow, { assessment, ruleSet }: PdfContext): void {
  const { verdict } = assessment;
  flow.section(SUMMARY_TITLE);
  flow.text(`Verdict: ${VERDICT_STYLE[verdict.outcome].symbol} ${verdict.words}`, { size: SIZE.h2, bold: true });
  flow.space(2);
  flow.heading('Why', SIZE.h3, 8);
  flow.bullets(verdict.reasons.length > 0 ? verdict.reasons : ['No rule found a problem with the answers given.']);
  flow.heading(`Who must authorise: ${AUTHORITY_WORDS[verdict.authority]}`, SIZE.h3, 8);
  flow.bullets(verdict.authorityReasons.length > 0 ? verdict.authorityReasons : ['No rule asks for a higher authority than a senior officer.']);
  flow.heading('At a glance', SIZE.h3, 8);
  const { interventionPlan } = assessment;
  flow.bullets([
    `${plural(assessment.findings.length, 'finding')}: ${countBySeverity(assessment.findings.map((finding) => finding.severity))}`,
    `${plural(assessment.riskRegister.length, 'risk')} in the register`,
    `${plural(assessment.checklist.length, 'checklist item')}`,
    `${plural(interventionPlan.gaps.length, 'gap')} in the intervention plan`,
    `${plural(assessment.openQuestions.length, 'open question')} still to answer`,
  ]);

  const numbered = numberFindings(assessment.findings, ruleSet);
  if (numbered.length === 0) return;
  flow.heading('Findings, most serious first', SIZE.h3, 20);
  flow.table({
    head: [['No.', 'Severity', 'Finding', 'Subject']],
    body: numbered.map(({ number, finding, moduleTitle }) => [
      number,
      `${SEVERITY_STYLE[finding.severity].symbol} ${SEVERITY_STYLE[finding.severity].word}`,
      finding.title,
      moduleTitle,
    ]),
    columnStyles: { 0: { cellWidth: 11 }, 1: { cellWidth: 29 }, 3: { cellWidth: 52 } },
    didParseCell: (data) => {
      const entry = numbered[data.row.index];
      if (data.section === 'body' && data.column.index === 1 && entry) {
        data.cell.styles.fillColor = SEVERITY_STYLE[entry.finding.severity].fill;
        data.cell.styles.fontStyle = 'bold';
      }
    },
  });
}

function countBySeverity(severities: readonly string[]): string {
  const words = (['blocking', 'high', 'advisory', 'info'] as const)
    .map((severity) => ({ severity, count: severities.filter((item) => item === severity).length }))
    .filter(({ count }) => count > 0)
    .map(({ severity, count }) => `${count} ${SEVERITY_STYLE[severity].word.toLowerCase()}`);
  return words.length > 0 ? words.join(', ') : 'none';
}
