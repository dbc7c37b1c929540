import { AUTHORITY_WORDS, type Assessment } from '../domain/assessment.schema.ts';
import { TECHNIQUE_NAMES } from '../domain/case.schema.ts';

const PHASE_WORDS = {
  planning: 'Planning',
  authorisation: 'Authorisation',
  execution: 'Execution',
  'post-operation': 'Post-operation',
} as const;

/** Plain-text assessment for the terminal. */
export function formatAssessment(assessment: Assessment): string {
  const { verdict } = assessment;
  const lines: string[] = [
    `Operation ${assessment.codename}`,
    `Techniques: ${assessment.techniques.map((t) => TECHNIQUE_NAMES[t]).join(', ') || 'none chosen'}`,
    '',
    `VERDICT: ${verdict.words.toUpperCase()}`,
    ...verdict.reasons.map((reason) => `  - ${reason}`),
    `Authority required: ${AUTHORITY_WORDS[verdict.authority]}`,
    ...verdict.authorityReasons.map((reason) => `  - ${reason}`),
    '',
    `FINDINGS (${assessment.findings.length})`,
  ];
  for (const finding of assessment.findings) {
    lines.push(`  [${finding.severity}] ${finding.title} (${finding.ruleId})`);
    lines.push(`    ${finding.explanation}`);
    if (finding.severity === 'blocking' || finding.severity === 'high') lines.push(`    What must change: ${finding.remedy}`);
    const why = finding.because.map((check) => `${check.question} → ${JSON.stringify(check.actual)}`);
    if (why.length > 0) lines.push(`    Why: ${why.join('; ')}`);
    if (finding.basis === 'practice') lines.push(`    Good practice, not stated by the papers: ${finding.practiceNote ?? ''}`);
    for (const source of finding.sources) lines.push(`    Source: ${source.label}: "${source.excerpt}"`);
  }
  lines.push('', `RISK REGISTER (${assessment.riskRegister.length})`);
  for (const risk of assessment.riskRegister) {
    lines.push(
      `  ${risk.title}: before ${risk.before.likelihood}×${risk.before.impact}=${risk.before.score}, after ${risk.after.likelihood}×${risk.after.impact}=${risk.after.score}${risk.confirmed ? '' : ' (possible)'}`,
    );
    if (risk.measuresMissing.length > 0) lines.push(`    Measures missing: ${risk.measuresMissing.join('; ')}`);
  }
  lines.push('', `CHECKLIST (${assessment.checklist.length})`);
  let heading = '';
  for (const item of assessment.checklist) {
    const next = `${PHASE_WORDS[item.phase]} — ${item.technique === 'general' ? 'General' : TECHNIQUE_NAMES[item.technique]}`;
    if (next !== heading) lines.push(`  ${(heading = next)}`);
    lines.push(`    [ ] ${item.text} (${item.role})${item.conditional ? ' — if it applies' : ''}`);
  }
  const plan = assessment.interventionPlan;
  lines.push('', `INTERVENTION PLAN${plan.required ? ' (required: migrants could be harmed)' : ''}`);
  lines.push(`  Authority to stop the operation: ${plan.abortAuthority || 'NOT NAMED'}`);
  for (const entry of plan.entries) {
    lines.push(`  - [${entry.status}] When: ${entry.trigger}`, `      Do: ${entry.action} (${entry.who})`);
  }
  for (const gap of plan.gaps) lines.push(`  ! ${gap}`);
  lines.push('', `OPEN QUESTIONS (${assessment.openQuestions.length})`);
  for (const question of assessment.openQuestions) lines.push(`  ? ${question.question} (${question.fact})`);
  lines.push('', `Rule set: ${assessment.ruleSetVersion}`);
  return lines.join('\n');
}
