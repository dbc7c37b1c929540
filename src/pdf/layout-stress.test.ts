import { describe, expect, it } from 'vitest';
import type { Assessment, ChecklistEntry } from '../domain/assessment.schema.ts';
import { TECHNIQUES } from '../domain/case.schema.ts';
import { PHASES } from '../domain/rule.schema.ts';
import { FOOTER_LINE_Y, HEADER_LINE_Y } from './page-frame.ts';
import type { ChecklistPdfInput } from './pdf-input.ts';
import { renderChecklistPdfBytes } from './render-checklist.ts';
import { CONTENT_BOTTOM, MARGIN, PAGE } from './theme.ts';
import { fixtureCase, pdfInputFor } from '../../tests/support/pdf-input.ts';
import { pageTexts, pdfWords, qpdfCheck, type PdfWord } from '../../tests/support/poppler.ts';

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
    const tolerance = 1.5;
    const outside = words.filter((word) => {
      const inHeader = word.yMax <= HEADER_LINE_Y;
      const inFooter = word.yMin >= FOOTER_LINE_Y;
      const inContent = word.yMin >= MARGIN.top - tolerance && word.yMax <= CONTENT_BOTTOM + tolerance;
      const withinSides = word.xMin >= MARGIN.left - 0.5 && word.xMax <= PAGE.width - MARGIN.right + 0.5;
      return !withinSides || !(inHeader || inFooter || inContent);
    });
    expect(outside.slice(0, 10).map(describeWord)).toEqual([]);
  });

  it('draws no word on top of another', () => {
    const overlaps: string[] = [];
    for (let page = 1; page <= pages.length; page++) {
      const onPage = words.filter((word) => word.page === page).sort((a, b) => a.yMin - b.yMin);
      onPage.forEach((word, index) => {
        for (const other of onPage.slice(index + 1)) {
          if (other.yMin >= word.yMax) break;
          if (overlapShare(word, other) > 0.2) overlaps.push(`${describeWord(word)} × ${describeWord(other)}`);
        }
      });
    }
    expect(overlaps.slice(0, 10)).toEqual([]);
  });
});

function overlapShare(a: PdfWord, b: PdfWord): number {
  const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  if (width <= 0 || height <= 0) return 0;
  const smaller = Math.min((a.xMax - a.xMin) * (a.yMax - a.yMin), (b.xMax - b.xMin) * (b.yMax - b.yMin));
  return (width * height) / smaller;
}

function describeWord(word: PdfWord): string {
  return `p${word.page} "${word.text}" x ${word.xMin.toFixed(1)}–${word.xMax.toFixed(1)} y ${word.yMin.toFixed(1)}–${word.yMax.toFixed(1)}`;
}
