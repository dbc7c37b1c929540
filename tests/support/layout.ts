import { FOOTER_LINE_Y, HEADER_LINE_Y } from '../../src/pdf/page-frame.ts';
import { CONTENT_BOTTOM, MARGIN, PAGE } from '../../src/pdf/theme.ts';
import type { PdfWord } from './poppler.ts';

/** Words (from pdfWords) that are outside the side margins, or neither in the header, the footer nor the content band. */
export function wordsOutsideMargins(words: readonly PdfWord[], tolerance = 1.5): string[] {
  return words
    .filter((word) => {
      const inHeader = word.yMax <= HEADER_LINE_Y;
      const inFooter = word.yMin >= FOOTER_LINE_Y;
      const inContent = word.yMin >= MARGIN.top - tolerance && word.yMax <= CONTENT_BOTTOM + tolerance;
      const withinSides = word.xMin >= MARGIN.left - 0.5 && word.xMax <= PAGE.width - MARGIN.right + 0.5;
      return !withinSides || !(inHeader || inFooter || inContent);
    })
    .map(describeWord);
}

/** Pairs of words on the same page whose boxes overlap by more than a fifth of the smaller one. */
export function overlappingWords(words: readonly PdfWord[]): string[] {
  const overlaps: string[] = [];
  const pages = Math.max(0, ...words.map((word) => word.page));
  for (let page = 1; page <= pages; page++) {
    const onPage = words.filter((word) => word.page === page).sort((a, b) => a.yMin - b.yMin);
    onPage.forEach((word, index) => {
      for (const other of onPage.slice(index + 1)) {
        if (other.yMin >= word.yMax) break;
        if (overlapShare(word, other) > 0.2) overlaps.push(`${describeWord(word)} × ${describeWord(other)}`);
      }
    });
  }
  return overlaps;
}

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
