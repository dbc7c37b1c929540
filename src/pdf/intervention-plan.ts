import type { InterventionItem } from '../domain/assessment.schema.ts';
import type { CaseFile } from '../domain/case.schema.ts';
import type { Flow } from './flow.ts';
import type { PdfContext } from './pdf-input.ts';
import { GROUP_FILL, SEVERITY_STYLE, SIZE } from './theme.ts';
import { answerWords } from './words.ts';

export const INTERVENTION_TITLE = '5. Intervention plan';

const STATUS_WORDS: Record<InterventionItem['status'], string> = {
  planned: '✓ Planned',
  missing: '✖ MISSING',
  unconfirmed: '? Not confirmed',
  'to-plan': 'To plan',
};

/** The arrangements the case file records, each with its answer. */
export const ARRANGEMENTS: { label: string; answer: (intervention: CaseFile['intervention']) => string }[] = [
  { label: 'Rescue team ready', answer: (i) => i.rescueTeam },
  { label: 'Medical care arranged', answer: (i) => i.medicalCare },
  { label: 'Search and rescue at sea ready', answer: (i) => i.searchAndRescueAtSea },
  { label: 'Interpreters ready for the migrants', answer: (i) => i.interpreters },
  { label: 'Child-protection services ready', answer: (i) => i.childProtectionServices },
  { label: 'Consular notification arranged', answer: (i) => i.consularNotification },
  { label: 'Shelter and victim support arranged', answer: (i) => i.victimSupport },
  { label: 'Referral to asylum procedures possible', answer: (i) => i.asylumReferral },
  { label: 'Written protocol with partner agencies and NGOs', answer: (i) => i.partnerProtocol },
];

/** When to stop, who decides, what to do and who does it, the arrangements in place, and every gap. */
export function drawInterventionPlan(flow: Flow, { assessment, caseFile }: PdfContext): void {
  const plan = assessment.interventionPlan;
  flow.section(INTERVENTION_TITLE);
  if (!plan.required) flow.note('The case file says no migrants are at risk, so no rule requires an intervention plan; it is shown for completeness.');

  flow.heading('Gaps in the plan', SIZE.h3, 10);
  if (plan.gaps.length === 0) flow.text('None: the plan covers everything the rules require.');
  else flow.bullets(plan.gaps.map((gap) => `GAP: ${gap}`), { bold: true, marker: '✖' });

  flow.heading('Who can stop the operation', SIZE.h3, 10);
  flow.text(plan.abortAuthority || '✖ MISSING: nobody is named with the authority to stop the operation.', { bold: !plan.abortAuthority });

  flow.heading('Stop the operation if', SIZE.h3, 10);
  if (plan.triggers.length > 0) flow.bullets(plan.triggers);
  else flow.text('✖ No triggers to stop the operation are written down in the case file.', { bold: true });

  if (assessment.techniques.includes('controlledDelivery')) drawDeliveryRoute(flow, caseFile);

  flow.heading('Arrangements recorded in the case file', SIZE.h3, 20);
  flow.table({
    head: [['Arrangement', 'Answer']],
    body: ARRANGEMENTS.map(({ label, answer }) => [label, answerWords(answer(caseFile.intervention))]),
    columnStyles: { 1: { cellWidth: 40 } },
    didParseCell: (data) => {
      if (data.section === 'body' && data.column.index === 1 && data.cell.raw === 'No') data.cell.styles.fontStyle = 'bold';
    },
  });

  if (plan.entries.length > 0) {
    flow.heading('Actions the rules require', SIZE.h3, 20);
    flow.table({
      head: [['When', 'What to do', 'Who acts', 'Status']],
      body: plan.entries.map((entry) => [capitalise(entry.trigger), entry.action, entry.who, STATUS_WORDS[entry.status]]),
      columnStyles: { 0: { cellWidth: 44 }, 2: { cellWidth: 32 }, 3: { cellWidth: 24 } },
      didParseCell: (data) => {
        const entry = plan.entries[data.row.index];
        if (data.section === 'body' && data.column.index === 3 && entry && entry.status !== 'planned') {
          data.cell.styles.fontStyle = 'bold';
          if (entry.status === 'missing') data.cell.styles.fillColor = SEVERITY_STYLE.blocking.fill;
        }
      },
    });
  }
}

function drawDeliveryRoute(flow: Flow, caseFile: CaseFile): void {
  const delivery = caseFile.techniques.controlledDelivery;
  flow.heading('Controlled delivery', SIZE.h3, 20);
  flow.table({
    body: [
      ['Route', delivery.route || 'Not entered yet'],
      ['Route known in advance', answerWords(delivery.routeKnown)],
      ['Watched at all times', answerWords(delivery.continuousSurveillance)],
      ['Can be stopped at any point', answerWords(delivery.canStopAtAnyPoint)],
      ['Who intercepts', delivery.interceptingAgency || 'Not entered yet'],
      ['Where it is intercepted', delivery.interceptionPoint || 'Not entered yet'],
    ],
    columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold', fillColor: GROUP_FILL } },
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
