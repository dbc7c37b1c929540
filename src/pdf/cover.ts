import { AUTHORITY_WORDS, VERDICTS, VERDICT_WORDS } from '../domain/assessment.schema.ts';
import { TECHNIQUE_NAMES } from '../domain/case.schema.ts';
import type { Flow } from './flow.ts';
import type { PdfContext } from './pdf-input.ts';
import { drawMarkingBox, drawStatementFrame } from './blocks.ts';
import { CONTENT_WIDTH, GREY_TEXT, GROUP_FILL, INK, MARGIN, PRODUCT_NAME, SIZE, VERDICT_STYLE, WHITE, lineHeight } from './theme.ts';
import { answerWords, dateTimeWords, stateLine } from './words.ts';

export const DOCUMENT_TITLE = 'Operational checklist and intervention plan';

/** Page 1: what the operation is, the verdict, who must sign, and what produced this document. */
export function drawCover(flow: Flow, context: PdfContext): void {
  const { caseFile, options } = context;
  flow.text(PRODUCT_NAME, { size: SIZE.h2, colour: GREY_TEXT });
  flow.text(DOCUMENT_TITLE, { size: SIZE.h1, bold: true });
  flow.space(4);
  flow.text('Operation', { size: SIZE.small, colour: GREY_TEXT });
  flow.text(caseFile.operation.codename, { size: SIZE.title, bold: true });
  flow.space(3);
  drawMarkingBox(flow, options.marking);
  flow.space(5);
  drawVerdictBox(flow, context);
  flow.space(3);
  drawVerdictScale(flow, context);
  flow.space(5);
  flow.table({
    body: coverDetails(context),
    columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold', fillColor: GROUP_FILL } },
  });
  flow.note(
    `This document holds sensitive operational information. Handle, store and destroy it under ${options.marking} rules. ` +
      'Use codenames only: never write the real identity of an informant or officer on it. ' +
      'The verdict is what the rules give for the answers in the case file: the decision stays with the authorising officer.',
  );
}

function drawVerdictBox(flow: Flow, { assessment }: PdfContext): void {
  const { doc } = flow;
  const style = VERDICT_STYLE[assessment.verdict.outcome];
  const top = flow.y;
  const textLeft = MARGIN.left + 16;
  const width = CONTENT_WIDTH - 20;
  flow.font(SIZE.h1, true);
  const words = flow.wrap(assessment.verdict.words, width);
  flow.font(SIZE.body);
  const authority = flow.wrap(`Authority required to sign: ${AUTHORITY_WORDS[assessment.verdict.authority]}`, width);
  const height = 8 + words.length * lineHeight(SIZE.h1) + authority.length * lineHeight(SIZE.body) + 4;

  drawStatementFrame(flow, { top, height, label: 'VERDICT' }, style);
  flow.font(SIZE.h1, true);
  words.forEach((line, index) => doc.text(line, textLeft, top + 7.5 + index * lineHeight(SIZE.h1), { baseline: 'top' }));
  flow.font(SIZE.body, true);
  const authorityTop = top + 8 + words.length * lineHeight(SIZE.h1) + 1;
  authority.forEach((line, index) => doc.text(line, textLeft, authorityTop + index * lineHeight(SIZE.body), { baseline: 'top' }));
  flow.y = top + height;
}

/** The four verdicts side by side with this one marked: readable without colour. */
function drawVerdictScale(flow: Flow, { assessment }: PdfContext): void {
  const { doc } = flow;
  const gap = 2;
  const width = (CONTENT_WIDTH - gap * (VERDICTS.length - 1)) / VERDICTS.length;
  const height = 11;
  VERDICTS.forEach((verdict, index) => {
    const x = MARGIN.left + index * (width + gap);
    const chosen = verdict === assessment.verdict.outcome;
    doc.setDrawColor(...INK).setLineWidth(chosen ? 0.8 : 0.2);
    doc.setFillColor(...(chosen ? INK : WHITE));
    doc.rect(x, flow.y, width, height, chosen ? 'FD' : 'S');
    flow.font(SIZE.small, chosen, chosen ? WHITE : GREY_TEXT);
    const label = `${VERDICT_STYLE[verdict].symbol} ${VERDICT_WORDS[verdict]}${chosen ? ' ◄' : ''}`;
    const lines = flow.wrap(label, width - 3);
    const textTop = flow.y + height / 2 - (lines.length * lineHeight(SIZE.small)) / 2;
    lines.forEach((line, row) =>
      doc.text(line, x + width / 2, textTop + row * lineHeight(SIZE.small), { baseline: 'top', align: 'center' }),
    );
  });
  flow.space(height + 2);
  flow.note('The verdict scale runs from proceed (left) to do not proceed (right); this case is the box filled in black.');
}

function coverDetails({ caseFile, assessment, options, documentId, fingerprint }: PdfContext): [string, string][] {
  const legality = caseFile.legality;
  const authorisedBy = [
    answerWords(legality.authorisingAuthority),
    legality.authorisationReference,
    legality.authorisedFrom && legality.authorisedUntil ? `${legality.authorisedFrom} to ${legality.authorisedUntil}` : '',
  ].filter(Boolean);
  const states = caseFile.operation.states.map(stateLine);
  return [
    ['Handling marking', options.marking],
    ['Techniques', assessment.techniques.map((technique) => TECHNIQUE_NAMES[technique]).join(', ') || 'None chosen yet'],
    ['States involved', states.length > 0 ? states.join('\n') : 'None entered yet'],
    ['Lead agency', caseFile.operation.leadAgency || 'Not entered yet'],
    ['Objectives', caseFile.operation.objectives || 'Not entered yet'],
    ['Authority required to sign', AUTHORITY_WORDS[assessment.verdict.authority]],
    ['Authorisation recorded in the case', authorisedBy.join(', ')],
    ['Date generated', dateTimeWords(options.generatedAt)],
    ['Document ID', documentId],
    ['Case file version', String(assessment.caseSchemaVersion)],
    ['Rule set', assessment.ruleSetVersion.split(' ').join(', ')],
    ['Fingerprint (SHA-256 of case file and rules)', fingerprint],
  ];
}
