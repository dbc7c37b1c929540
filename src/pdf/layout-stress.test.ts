import { describe, expect, it } from 'vitest';
import type { Assessment, ChecklistEntry } from '../domain/assessment.schema.ts';
import { TECHNIQUES } from '../domain/case.schema.ts';
import { PHASES } from '../domain/rule.schema.ts';
import type { ChecklistPdfInput } from './pdf-input.ts';
import { renderChecklistPdfBytes } from './render-checklist.ts';
import { fixtureCase, pdfInputFor } from '../../tests/support/pdf-input.ts';
import { overlappingWords, wordsOutsideMargins } from '../../tests/support/layout.ts';
import { pageTexts, pdfWords, qpdfCheck } from '../../tests/support/poppler.ts';

const LONG_WORD = 'Interception-point-coordinates-cross-checked-with-every-liaison-officer';

/** The largest fixture (4 techniques, 5 states) with everything made longer: 150 checklist items and more. */
function stressInput(): ChecklistPdfInput {
  const caseFile = fixtureCase('overland-lorry-network');
  caseFile.operation.codename = 'AMBER KESTREL ŁÓDŹ–BĂLȚI–ÖSTERREICH–TÜRKIYE CORRIDOR, PHASE TWO, JOINT TEAM WITH POLAND AND AUSTRIA (DRAFT 3)';
  caseFile.operation.objectives = 'Dismantle the network. '.repeat(40);
  const input = pdfInputFor(caseFile, 'OFFICIAL-SENSITIVE – RESTRICTED TO NAMED OFFICERS OF THE JOINT INVESTIGATION TEAM');
  const base = input.assessment;
  const extra: ChecklistEntry[] = Array.from({ length: 150 - base.checklist.length + 20 }, (_, index) => ({
    id: `stress#${index}`,
    text: `Stress item ${index + 1}: ${'confirm the arrangement in writing with every agency involved and record who confirmed it, '.repeat(1 + (index % 3))}${index % 10 === 0 ? LONG_WORD : 'done'}`.slice(0, 300),
    phase: PHASES[index % PHASES.length]!,
    technique: (['general', ...TECHNIQUES] as const)[index % 5]!,
    role: index % 7 === 0 ? 'Senior investigating officer of the joint investigation team (deputy)' : 'Case officer',
    ruleId: base.findings[0]?.ruleId ?? 'stress',
    conditional: index % 4 === 0,
    sources: base.findings[0]?.sources ?? [],
  }));
  const assessment: Assessment = {
    ...base,
    checklist: [...base.checklist, ...extra],
    findings: [...base.findings, ...base.findings.map((finding) => ({ ...finding, ruleId: `${finding.ruleId}-copy` }))],
    riskRegister: [...base.riskRegister, ...base.riskRegister, ...base.riskRegister],
    interventionPlan: {
      ...base.interventionPlan,
      triggers: [...base.interventionPlan.triggers, ...Array.from({ length: 12 }, (_, i) => `Trigger ${i + 1}: ${'any sign of distress in the load compartment, '.repeat(4)}`)],
      gaps: [...base.interventionPlan.gaps, ...Array.from({ length: 15 }, (_, i) => `Missing: arrangement number ${i + 1} that a rule requires ${'and more words '.repeat(8)}`)],
    },
    openQuestions: [
      ...base.openQuestions,
      ...Array.from({ length: 30 }, (_, i) => ({ fact: `stress.${i}`, question: `Stress question ${i + 1}: ${'is this answered? '.repeat(6)}`, neededBy: [{ ruleId: 'stress', severity: 'blocking' as const }] })),
    ],
  };
  return { ...input, assessment };
}

describe('a long case (4 techniques, 5 states, 150+ checklist items) lays out cleanly', () => {
  const input = stressInput();
  const bytes = renderChecklistPdfBytes(input);
  const pages = pageTexts(bytes);
  const words = pdfWords(bytes);

  it('is a valid PDF with every page numbered', () => {
    expect(input.assessment.checklist.length).toBeGreaterThanOrEqual(150);
    expect(qpdfCheck(bytes).status).toBe(0);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
  });

  it('keeps every checklist item, however long', () => {
    const text = pages.join('').replace(/\s/g, '');
    const missing = input.assessment.checklist.filter((entry) => !text.includes(entry.text.replace(/\s/g, '')));
    expect(missing.map((entry) => entry.id)).toEqual([]);
  });

  it('puts no word outside the margins: content between them, header and footer in their bands', () => {
    expect(wordsOutsideMargins(words).slice(0, 10)).toEqual([]);
  });

  it('draws no word on top of another', () => {
    expect(overlappingWords(words).slice(0, 10)).toEqual([]);
  });
});
