import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfFonts } from './pdf-input.ts';

/** DejaVu Sans Condensed from the dejavu-fonts-ttf package: full Latin coverage (ł ş ğ ă ț …), free licence. */
export const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf',
} as const;

let cached: PdfFonts | undefined;

/** The fonts for the CLI and tests, read from node_modules once. */
export function loadFontsFromDisk(): PdfFonts {
  if (!cached) {
    const require = createRequire(import.meta.url);
    const read = (specifier: string) => readFileSync(require.resolve(specifier)).toString('base64');
    cached = { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) };
  }
  return cached;
}
