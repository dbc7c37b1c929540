import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { assessmentStamp } from '../domain/assessment-stamp.ts';
import type { CaseFile } from '../domain/case.schema.ts';
import { appendEntry, logHead } from '../domain/decision-log.ts';
import { LOG_KIND_WORDS } from '../domain/decision-log.schema.ts';
import { checkDocument } from '../domain/document-check.ts';
import { evaluate } from '../domain/evaluate.ts';
import { fingerprintOf } from '../domain/fingerprint.ts';
import { reviewToLogEntry } from '../domain/review.ts';
import { REVIEW_RECORD_FORMAT, ReviewRecord } from '../domain/review-record.schema.ts';
import { REVIEW_DECISION_WORDS, Review, type ReviewInput } from '../domain/review.schema.ts';
import { DECISION_LOG_TITLE } from './decision-log-table.ts';
import { REVIEW_ATTACHMENT } from './embed-case.ts';
import { extractCaseFromPdf } from './extract-case.ts';
import { loadFontsFromDisk } from './fonts-node.ts';
import type { ReviewPdfInput } from './pdf-input.ts';
import { renderReviewPdfBytes } from './render-review.ts';
import { DOCUMENT_CHECK_TITLE } from './review-cover.ts';
import { ITEMS_TITLE } from './review-items.ts';
import { REVIEW_SIGN_OFF_TITLE } from './review-sign-off.ts';
import { overlappingWords, wordsOutsideMargins } from '../../tests/support/layout.ts';
import { FIXED_DATE, fixtureCase } from '../../tests/support/pdf-input.ts';
import { bodyText, missingFrom, pageTexts, pdfWords, qpdfCheck, run, squash, withPdfFile } from '../../tests/support/poppler.ts';
import { realRules } from '../../tests/support/assess.ts';
import { returnReview } from '../../tests/support/review.ts';

// In the browser the fonts are fetched from the app's own origin; here they come from disk.
vi.mock('./fonts-browser.ts', () => ({ loadFontsInBrowser: async () => loadFontsFromDisk() }));
const { reviewPdfBlob } = await import('./export-pdf.ts');

const rules = realRules();
const caseFile = fixtureCase('overland-lorry-network');
const assessment = evaluate(caseFile, rules);
const fingerprint = fingerprintOf(caseFile, rules);

const PARTNER_QUERY = 'Which NGO receives the migrants at the interception point, and who there has agreed to it in writing?';
const CUSTODY_QUERY = 'Name the officer who keeps the evidence log on the night, and who takes over at the border.';

/** A return with two queries (a finding and a checklist item) and one accepted intervention-plan entry, listed accepted first. */
const returned: ReviewInput = returnReview(caseFile, rules, {
  reasons: ['The partner protocol is missing', 'The evidence log has no named keeper'],
  items: [
    { kind: 'intervention', ref: 'ch-children-dangerous-journey', status: 'accepted' },
    { kind: 'finding', ref: 'vw-partner-protocol-missing', status: 'queried', comment: PARTNER_QUERY },
    { kind: 'checklist', ref: 'ad-chain-of-custody-missing#1', status: 'queried', comment: CUSTODY_QUERY },
  ],
});

/** The record a supervisor exports: the checklist as produced (logged, then checked), and the review appended to its log. */
function recordOf(reviewInput: ReviewInput, reviewed: CaseFile = caseFile): ReviewRecord {
  const review = Review.parse(reviewInput);
  const produced = appendEntry(reviewed.log, {
    at: FIXED_DATE.toISOString(),
    kind: 'assessment-produced',
    by: 'Investigating team (Border Police)',
    summary: `Checklist produced for review: ${assessment.verdict.words}`,
    details: assessmentStamp(assessment, fingerprint),
  });
  const check = checkDocument({ embeddedCaseJson: JSON.stringify({ ...reviewed, log: produced }), fingerprintPrinted: fingerprint, currentRuleSet: rules });
  const log = appendEntry(produced, reviewToLogEntry(review));
  return ReviewRecord.parse({
    format: REVIEW_RECORD_FORMAT,
    formatVersion: 1,
    review,
    caseFile: { ...reviewed, log },
    logHead: logHead(log),
    documentCheck: { altered: check.altered, sameRules: check.sameRules, messages: check.messages },
  });
}

function inputOf(record: ReviewRecord, marking = 'OFFICIAL-SENSITIVE'): ReviewPdfInput {
  return { record, assessment: evaluate(record.caseFile, rules), font: loadFontsFromDisk(), options: { marking, generatedAt: FIXED_DATE } };
}

/** The review's own header and footer lines, left out like the checklist's (bodyText) so wrapped text reads on. */
const REVIEW_FRAME_LINE = /^(Review of [0-9A-F]{12}|Reviewed checklist fingerprint \(SHA-256\): [0-9a-f]{64})$/;

function read(input: ReviewPdfInput) {
  const bytes = renderReviewPdfBytes(input);
  const pages = pageTexts(bytes);
  const body = pages.map((page) => page.split('\n').filter((line) => !REVIEW_FRAME_LINE.test(line.trim())).join('\n'));
  return { bytes, pages, text: bodyText(body) };
}

describe('the review PDF of a returned checklist, read back with pdftotext', () => {
  const record = recordOf(returned);
  const input = inputOf(record);
  const { bytes, pages, text } = read(input);

  it('passes qpdf --check and embeds every font it uses', () => {
    const check = qpdfCheck(bytes);
    expect(check.status, check.output).toBe(0);
    const fonts = withPdfFile(bytes, (path) => run('pdffonts', [path]).stdout).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.split(/\s+/).slice(-5, -4)[0], font).toBe('yes');
  });

  it('opens with the operation, the decision, the reviewer, the dates and what was reviewed', () => {
    const cover = squash(pages[0] ?? '');
    expect(
      missingFrom(cover, [
        "Supervisor's review",
        caseFile.operation.codename,
        'OFFICIAL-SENSITIVE',
        REVIEW_DECISION_WORDS.return,
        'Superintendent A. Reyes',
        '6 March 2026',
        'Review the authorisation by 20 March 2026',
        fingerprint,
        record.logHead,
        '5 March 2026, 14:05 UTC',
        ...rules.version.split(' '),
      ]),
    ).toEqual([]);
  });

  it('gives the reasons as a numbered list and no conditions heading when there are none', () => {
    expect(text).toContain('1. The partner protocol is missing 2. The evidence log has no named keeper');
    expect(text).not.toContain('Conditions');
  });

  it('says under its heading whether the checklist was altered', () => {
    expect(record.documentCheck.messages[0]).toMatch(/^Not altered/);
    const check = text.slice(text.indexOf(DOCUMENT_CHECK_TITLE));
    expect(text.indexOf(DOCUMENT_CHECK_TITLE)).toBeGreaterThan(0);
    expect(missingFrom(check, record.documentCheck.messages)).toEqual([]);
  });

  it('lists each item reviewed by its title or text, queried ones first with their comments', () => {
    const items = text.slice(text.indexOf(ITEMS_TITLE), text.indexOf(DECISION_LOG_TITLE));
    const partner = assessment.findings.find((finding) => finding.ruleId === 'vw-partner-protocol-missing')!.title;
    const custody = assessment.checklist.find((entry) => entry.id === 'ad-chain-of-custody-missing#1')!.text;
    const actions = assessment.interventionPlan.entries.filter((entry) => entry.ruleId === 'ch-children-dangerous-journey').map((entry) => entry.action);
    expect(actions.length).toBe(2);
    expect(missingFrom(items, [partner, custody, ...actions, PARTNER_QUERY, CUSTODY_QUERY])).toEqual([]);
    expect(items).toMatch(new RegExp(`Queried \\(2\\) .*${escape(partner)} Finding Queried ${escape(PARTNER_QUERY)}`));
    expect(items).toContain(`${custody} Checklist item Queried ${CUSTODY_QUERY}`);
    expect(items.indexOf('Accepted (1)')).toBeGreaterThan(items.indexOf(CUSTODY_QUERY));
    expect(items.indexOf(actions[0]!)).toBeGreaterThan(items.indexOf('Accepted (1)'));
  });

  it('lists every entry of the decision log with what it was and who decided', () => {
    const log = text.slice(text.indexOf(DECISION_LOG_TITLE), text.indexOf(REVIEW_SIGN_OFF_TITLE));
    expect(record.caseFile.log.map((entry) => entry.kind)).toEqual(['assessment-produced', 'returned']);
    for (const entry of record.caseFile.log) {
      const what = LOG_KIND_WORDS[entry.kind];
      expect(missingFrom(log, [what.charAt(0).toUpperCase() + what.slice(1), entry.by, entry.summary]), entry.kind).toEqual([]);
    }
    expect(log).toContain('6 March 2026, 00:00 UTC');
    expect(log).toContain(record.logHead);
  });

  it('ends with the sign-off of the reviewer', () => {
    const signOff = text.slice(text.indexOf(REVIEW_SIGN_OFF_TITLE));
    expect(missingFrom(signOff, ['Reviewer Superintendent A. Reyes', 'Decision Returned for more work', 'Date of review 6 March 2026', 'Signature'])).toEqual([]);
  });

  it('names the reviewed checklist and numbers the page on every page', () => {
    const id = fingerprint.slice(0, 12).toUpperCase();
    const wrong = pages.flatMap((page, index) => {
      const problems = missingFrom(squash(page), [
        `Page ${index + 1} of ${pages.length}`,
        `Operation ${caseFile.operation.codename}`,
        `Review of ${id}`,
        `Reviewed checklist fingerprint (SHA-256): ${fingerprint}`,
      ]);
      if (squash(page).split('OFFICIAL-SENSITIVE').length - 1 < 2) problems.push('marking at top and bottom');
      return problems.map((problem) => `page ${index + 1}: ${problem}`);
    });
    expect(pages.length).toBeGreaterThan(2);
    expect(wrong).toEqual([]);
  });

  it('has a title and subject that say what it is', () => {
    const info = withPdfFile(bytes, (path) => run('pdfinfo', [path]).stdout);
    expect(info).toContain(`Title:           Supervisor's review: Operation ${caseFile.operation.codename} (OFFICIAL-SENSITIVE)`);
    expect(info).toContain(`Subject:         Returned for more work. Review of fingerprint ${fingerprint}`);
  });

  it('keeps every word inside the margins, none on top of another', () => {
    const words = pdfWords(bytes);
    expect(wordsOutsideMargins(words).slice(0, 10)).toEqual([]);
    expect(overlappingWords(words).slice(0, 10)).toEqual([]);
  });
});

describe('the review record attached to the PDF', () => {
  const record = recordOf(returned);
  const bytes = renderReviewPdfBytes(inputOf(record));

  it('reads back with extractCaseFromPdf as the same review record', () => {
    const json = extractCaseFromPdf(bytes);
    expect(json).toBeDefined();
    expect(ReviewRecord.parse(JSON.parse(json!))).toEqual(record);
  });

  it('is listed and saved by other PDF readers as review-record.json', () => {
    withPdfFile(bytes, (path) => {
      expect(run('pdfdetach', ['-list', path]).stdout).toContain(`1: ${REVIEW_ATTACHMENT.name}`);
      const saved = join(dirname(path), 'saved.json');
      expect(run('pdfdetach', ['-save', '1', '-o', saved, path]).status).toBe(0);
      expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(record);
    });
  });
});

describe('the same review gives the same PDF', () => {
  const input = inputOf(recordOf(returned));
  const bytes = renderReviewPdfBytes(input);

  it('byte for byte, with a fixed date', () => {
    const again = renderReviewPdfBytes(inputOf(recordOf(returned)));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('and another review gives another PDF file identifier', () => {
    const fileId = (pdf: Uint8Array) => /\/ID \[ <([0-9A-F]+)>/.exec(new TextDecoder('latin1').decode(pdf))?.[1];
    const other = renderReviewPdfBytes(inputOf(recordOf({ ...returned, reasons: ['Another reason'] })));
    expect(fileId(bytes)).toMatch(/^[0-9A-F]{32}$/);
    expect(fileId(other)).not.toBe(fileId(bytes));
  });

  it('comes from reviewPdfBlob in the browser as an application/pdf blob', async () => {
    const { font: _font, ...withoutFont } = input;
    const blob = await reviewPdfBlob(withoutFont);
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });
});

describe('an approval with conditions', () => {
  const conditions = ['Sign the partner protocol with the NGO before the lorry leaves Łódź', 'Brief the child-protection services in writing'];
  const record = recordOf({ ...returned, decision: 'approve-with-conditions', conditions, items: [] });
  const { text } = read(inputOf(record));

  it('shows the decision and its conditions as a numbered list', () => {
    expect(text).toContain(REVIEW_DECISION_WORDS['approve-with-conditions']);
    expect(text).toContain(`Conditions 1. ${conditions[0]} 2. ${conditions[1]}`);
  });

  it('says that no single items were reviewed', () => {
    expect(text).toContain('The reviewer did not record a decision on single items.');
  });
});

describe('a refusal of items the current rules no longer raise', () => {
  const record = recordOf({
    ...returned,
    decision: 'refuse',
    reviewDate: undefined,
    items: [{ kind: 'finding', ref: 'xx-retired-rule', status: 'queried', comment: 'Why was this rule ignored?' }],
  });
  const { text } = read(inputOf(record));

  it('prints the ref of the item and no review date', () => {
    expect(text).toContain('xx-retired-rule (not raised by the current rules) Finding Queried Why was this rule ignored?');
    expect(text).not.toContain('Review the authorisation by');
  });
});

describe('a review with very long text lays out cleanly', () => {
  const LONG_WORD = 'Interception-point-coordinates-cross-checked-with-every-liaison-officer-and-the-prosecutor';
  const long = (start: string) => `${start} ${`${LONG_WORD} and the arrangements for the children are not written down anywhere; `.repeat(30)}`.slice(0, 2000).trim();
  const withLongName: CaseFile = {
    ...caseFile,
    operation: { ...caseFile.operation, codename: 'AMBER KESTREL ŁÓDŹ–BĂLȚI–ÖSTERREICH–TÜRKIYE CORRIDOR, PHASE TWO, JOINT TEAM WITH POLAND AND AUSTRIA (DRAFT 3)' },
  };
  const record = recordOf(
    {
      ...returned,
      reasons: Array.from({ length: 12 }, (_, index) => long(`Reason ${index + 1}:`)),
      items: [
        ...assessment.findings.map((finding, index) => ({
          kind: 'finding' as const,
          ref: finding.ruleId,
          status: index % 2 === 0 ? ('queried' as const) : ('accepted' as const),
          comment: long(`Query ${index + 1}:`),
        })),
        ...assessment.checklist.map((entry) => ({ kind: 'checklist' as const, ref: entry.id, status: 'accepted' as const })),
      ],
    },
    withLongName,
  );
  const input = inputOf(record, 'OFFICIAL-SENSITIVE – RESTRICTED TO NAMED OFFICERS OF THE JOINT INVESTIGATION TEAM');
  const { bytes, pages, text } = read(input);

  it('is a valid PDF with every page numbered', () => {
    expect(qpdfCheck(bytes).status).toBe(0);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
  });

  it('keeps every comment, however long', () => {
    const queried = record.review.items.filter((item) => item.status === 'queried');
    expect(queried.length).toBeGreaterThan(3);
    expect(queried.every((item) => item.comment!.length >= 1990)).toBe(true);
    // A long word may be cut across lines; compare without the spaces wrapping adds.
    const unspaced = text.replace(/\s/g, '');
    expect(queried.filter((item) => !unspaced.includes(item.comment!.replace(/\s/g, ''))).map((item) => item.ref)).toEqual([]);
  });

  it('keeps every word inside the margins, none on top of another', () => {
    const words = pdfWords(bytes);
    expect(wordsOutsideMargins(words).slice(0, 10)).toEqual([]);
    expect(overlappingWords(words).slice(0, 10)).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
