import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { expect } from 'vitest';
import { REPO_ROOT } from '../../src/cli/disk.ts';

/** The XSS / injection corpus (tests/fixtures/hostile/xss-corpus.json). */
export const CORPUS: readonly { kind: string; text: string }[] = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'hostile', 'xss-corpus.json'), 'utf8')) as {
    strings: { kind: string; text: string }[];
  }
).strings;

export interface TextField {
  /** Dotted path; `[]` marks a list, e.g. "operation.states[].name". */
  path: string;
  maxLength: number;
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  in?: z.ZodType;
  format?: string;
  checks?: { _zod: { def: { format?: string } } }[];
};

/**
 * Every free-text field of a schema: each plain string, found by walking the zod
 * schema. Strings with a format (dates, times, hashes) are not free text.
 */
export function freeTextFields(schema: z.ZodType, path = ''): TextField[] {
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
      return freeTextFields(def.innerType!, path);
    case 'pipe':
      return freeTextFields(def.in!, path);
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => freeTextFields(child, path ? `${path}.${key}` : key));
    case 'array':
      return freeTextFields(def.element!, `${path}[]`);
    case 'string': {
      const formatted = def.format !== undefined || (def.checks ?? []).some((check) => check._zod.def.format !== undefined);
      const maxLength = (schema as unknown as { maxLength: number | null }).maxLength ?? Infinity;
      return formatted ? [] : [{ path, maxLength }];
    }
    default:
      return [];
  }
}

// The checklist's page header and footer, as pdftotext -raw gives them (sometimes two to a line).
const FRAME_LINE = /^(OFFICIAL-SENSITIVE|SIT Risk Wizard · Operation .*|Fingerprint \(SHA-256\): [0-9a-f]{64}( Page \d+ of \d+)?|Page \d+ of \d+|Document [0-9A-F]{12})$/;

/** The text of the checklist without its page frames, so that text running over a page break reads on. */
export function checklistBody(pages: readonly string[]): string {
  return pages.map((page) => page.split('\n').filter((line) => !FRAME_LINE.test(line.trim())).join('\n')).join('\n');
}

/** Text as it should come back from pdftotext: no spaces, no control or format characters, nothing the font cannot draw. */
export function printable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[\u{10000}-\u{10FFFF}\uD800-\uDFFF\uFE00-\uFE0F\u20E3]/gu, '');
}

/** Line breaks and tabs aside, C0 and C1 control characters: jsPDF drops the rest of the line after one. */
export const hasControlCharacter = (text: string) => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\t]/.test(text);
/** The first letter (or mark) with a direction is right-to-left: jsPDF then lays the whole line out mirrored. */
export const startsRightToLeft = (text: string) => /^[^\p{L}\u200e\u200f]*[\u200f\p{Script=Hebrew}\p{Script=Arabic}]/u.test(text);
export const hasLineBreak = (text: string) => /[\r\n\u2028\u2029]/.test(text);

/** Attributes that load or run something; the app sets none of them (its only links are `href="#…"`). */
const LOADING_ATTRIBUTES = ['src', 'srcset', 'srcdoc', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping'];
const ACTIVE_ELEMENTS = 'script, iframe, frame, object, embed, img, svg, math, style, meta, link, base, video, audio, template';

/** What the DOM is made of: each element's tag and attribute names, in order. */
export function structureOf(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((element) => `${element.tagName}[${element.getAttributeNames().sort().join(',')}]`);
}

/**
 * The text made no element and no attribute: no script, frame, image or SVG, no
 * event handler, no link but to a place on the page (so no javascript: link), no CSS, and (when a render of
 * harmless text is given) exactly the same elements and attributes as that render.
 */
export function expectInert(root: Element, harmless?: string[]): void {
  expect(root.ownerDocument.querySelectorAll(ACTIVE_ELEMENTS).length, 'active elements in the document').toBe(0);
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      expect(name, `event handler on <${element.tagName}>`).not.toMatch(/^on/i);
      expect(LOADING_ATTRIBUTES, `<${element.tagName}> has ${name}`).not.toContain(name.toLowerCase());
      if (name.toLowerCase() === 'href') expect(value, `<${element.tagName}> href`).toMatch(/^#/);
      if (name.toLowerCase() === 'style') expect(value, `<${element.tagName}> style`).not.toMatch(/expression\(|url\(|javascript:/i);
    }
  }
  if (harmless) expect(structureOf(root)).toEqual(harmless);
}

/** Text as the DOM gives it back: text inputs drop line breaks, text areas turn CR LF into LF; compare without them. */
export const withoutLineBreaks = (text: string) => text.replace(/[\r\n]/g, '');

/** Every word of every dictionary key and every name in a PDF, from `qpdf --json`: what would make it act, not show. */
export function pdfNames(json: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(json)) json.forEach((item) => pdfNames(item, names));
  else if (json !== null && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (key.startsWith('/')) names.add(key);
      pdfNames(value, names);
    }
  } else if (typeof json === 'string' && /^\/[^\s]*$/.test(json)) names.add(json);
  return names;
}

/** The values of every `/OpenAction` entry in `qpdf --json` output. */
export function openActions(json: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(json)) json.forEach((item) => openActions(item, found));
  else if (json !== null && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (key === '/OpenAction') found.push(value);
      openActions(value, found);
    }
  }
  return found;
}

/** A destination ("open at page 1, fit width": jsPDF writes one), not an action that could run or launch something. */
export const isDestination = (value: unknown) =>
  Array.isArray(value) && typeof value[0] === 'string' && /^\d+ \d+ R$/.test(value[0]) && /^\/Fit/.test(String(value[1]));
