import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { single, type BenchRow, type Budget } from './bench-row.ts';

/** Issue 8: the JavaScript loaded for the first screen, gzip, at most 120 kB. */
export const FIRST_SCREEN_BUDGET: Budget = { of: 'median', op: '≤', limit: 120 };

export interface Chunk {
  /** Path inside the build folder, with forward slashes: `assets/index-abc.js`. */
  file: string;
  raw: number;
  gzip: number;
  /** Loaded with the first screen: named by index.html or statically imported by such a chunk. */
  upFront: boolean;
}

/**
 * The JS and CSS files of a production build, each marked up-front or lazy. Up-front: the
 * scripts, module preloads and style sheets index.html names, and every module they import
 * statically, transitively. Everything else (dynamic `import()` targets and their own imports)
 * is lazy: it loads only when a feature such as the PDF export is used.
 */
export async function chunkSizes(outDir: string): Promise<Chunk[]> {
  await init;
  const files = listFiles(outDir).filter((file) => /\.(m?js|css)$/.test(file));
  const upFront = new Set<string>();
  const visit = (file: string) => {
    if (upFront.has(file) || !files.includes(file)) return;
    upFront.add(file);
    if (!file.endsWith('.css')) {
      const [imports] = parse(readFileSync(join(outDir, file), 'utf8'));
      // d === -1: a static import or re-export; dynamic import() is lazy by definition.
      for (const entry of imports) if (entry.d === -1 && entry.n) visit(resolveFrom(file, entry.n));
    }
  };
  for (const reference of firstScreenReferences(readFileSync(join(outDir, 'index.html'), 'utf8'))) visit(resolveFrom('index.html', reference));
  return files
    .map((file) => {
      const bytes = readFileSync(join(outDir, file));
      return { file, raw: bytes.length, gzip: gzipSync(bytes).length, upFront: upFront.has(file) };
    })
    .sort((a, b) => Number(b.upFront) - Number(a.upFront) || b.gzip - a.gzip);
}

/** `src` of every script and `href` of every module preload and style sheet in the page. */
export function firstScreenReferences(html: string): string[] {
  const references: string[] = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const rel = attribute('rel')?.toLowerCase();
    const url = tag.toLowerCase().startsWith('<script') ? attribute('src') : rel === 'modulepreload' || rel === 'stylesheet' ? attribute('href') : undefined;
    if (url && !/^[a-z]+:/i.test(url)) references.push(url);
  }
  return references;
}

/** Rows for the table: one per chunk, then the up-front total against the budget. */
export function chunkRows(chunks: readonly Chunk[]): BenchRow[] {
  const kB = (bytes: number) => bytes / 1000;
  const total = (list: readonly Chunk[]) => kB(list.reduce((sum, chunk) => sum + chunk.gzip, 0));
  const js = (chunk: Chunk) => !chunk.file.endsWith('.css');
  const rows = chunks.map((chunk) =>
    single('bundle', `${chunk.upFront ? 'up-front' : 'lazy    '}  ${chunk.file}`, 'kB', kB(chunk.gzip), { note: `${kB(chunk.raw).toFixed(1)} kB raw` }),
  );
  const upFront = chunks.filter((chunk) => chunk.upFront);
  const lazy = chunks.filter((chunk) => !chunk.upFront);
  rows.push(
    single('bundle', 'first screen: up-front JavaScript, gzip', 'kB', total(upFront.filter(js)), {
      budget: FIRST_SCREEN_BUDGET,
      note: `${upFront.filter(js).length} JS files; with CSS ${total(upFront).toFixed(1)} kB`,
    }),
    single('bundle', 'lazy JavaScript, gzip (loaded when needed)', 'kB', total(lazy.filter(js)), { note: `${lazy.filter(js).length} JS files` }),
  );
  return rows;
}

/** `reference` as written in `from` (absolute to the site root, or relative), as a build path. */
function resolveFrom(from: string, reference: string): string {
  const path = reference.split(/[?#]/)[0]!;
  return path.startsWith('/') ? path.slice(1) : posix.normalize(posix.join(posix.dirname(from), path));
}

function listFiles(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? listFiles(root, path) : [relative(root, path).split('\\').join('/')];
  });
}
