import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Generators of broken and hostile files for the importer fuzz tests. Values are
 * built as JSON *text*, never as objects: an object literal cannot hold an own
 * `"__proto__"` key, and JSON.stringify cannot write 10,000 levels of nesting.
 */

export type JsonPath = (string | number)[];

/** Every path in a JSON value, containers included (the root is []). */
export function pathsOf(value: unknown, path: JsonPath = []): JsonPath[] {
  const own: JsonPath[] = [path];
  if (Array.isArray(value)) return own.concat(...value.map((item, index) => pathsOf(item, [...path, index])));
  if (value !== null && typeof value === 'object') {
    return own.concat(...Object.entries(value).map(([key, inner]) => pathsOf(inner, [...path, key])));
  }
  return own;
}

export interface Edit {
  /** JSON text put in place of the value at `path`. */
  replace?: { path: JsonPath; json: string };
  /** Members added to every object for which `where` is true, as `"key": json`. */
  add?: { where: (path: JsonPath) => boolean; key: string; json: string };
  /** The key at this path is left out. */
  drop?: JsonPath;
}

/** The JSON text of `value` with the edit applied. */
export function jsonWith(value: unknown, edit: Edit, path: JsonPath = []): string {
  if (edit.replace && samePath(edit.replace.path, path)) return edit.replace.json;
  if (Array.isArray(value)) return `[${value.map((item, index) => jsonWith(item, edit, [...path, index])).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value)
      .filter(([key]) => !(edit.drop && samePath(edit.drop, [...path, key])))
      .map(([key, inner]) => `${JSON.stringify(key)}:${jsonWith(inner, edit, [...path, key])}`);
    if (edit.add?.where(path)) members.push(`${JSON.stringify(edit.add.key)}:${edit.add.json}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

const samePath = (a: JsonPath, b: JsonPath) => a.length === b.length && a.every((key, index) => key === b[index]);

const NESTINGS: [string, string][] = [
  ['[', ']'],
  ['{"a":', '}'],
  ['{"__proto__":', '}'],
  ['[{"people":', '}]'],
];

/** 2 to 12,000 levels of [[[…]]] or {"a":{"a":…}}: JSON.parse copes, anything recursive after it may not. */
export const deepNesting: fc.Arbitrary<string> = fc
  .record({
    depth: fc.oneof(fc.integer({ min: 2, max: 300 }), fc.integer({ min: 5_000, max: 12_000 }), fc.constant(10_000)),
    nesting: fc.constantFrom(...NESTINGS),
    inner: fc.constantFrom('null', '1', '"yes"', '{}', '[]'),
  })
  .map(({ depth, nesting: [open, close], inner }) => open.repeat(depth) + inner + close.repeat(depth));

/** `__proto__`, `constructor` and `prototype` objects that would pollute a careless merge. */
export const pollutingJson: fc.Arbitrary<string> = fc.constantFrom(
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"toString":"x","valueOf":1,"polluted":"yes"}}',
  '[{"__proto__":{"polluted":"yes"}}]',
);

export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** What a hostile file may hold in place of any value. */
export const hostileJson: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null') },
  {
    weight: 3,
    arbitrary: fc.constantFrom('null', 'true', 'false', '0', '-1', '1e400', '-1e400', '1.5', '""', '"  "', '[]', '{}', '"yes"', '"2"', '[null]', '{"":""}'),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).map((text) => JSON.stringify(text)) },
  { weight: 1, arbitrary: fc.integer({ min: 20_001, max: 120_000 }).map((length) => JSON.stringify('x'.repeat(length))) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 20_000 }).map((length) => `[${new Array<string>(length).fill('"yes"').join(',')}]`) },
  { weight: 1, arbitrary: fc.integer({ min: 201, max: 5_000 }).map((length) => `{${Array.from({ length }, (_, i) => `"k${i}":1`).join(',')}}`) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 2, arbitrary: pollutingJson },
);

/** A key a hostile file may add anywhere. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...POLLUTING_KEYS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'x'.repeat(5_000)) },
);

/** One change to a real file: a value replaced, a key added or dropped, or polluting keys at every level. */
export function editedJson(bases: readonly unknown[]): fc.Arbitrary<string> {
  const withPaths = bases.map((base) => ({ base, paths: pathsOf(base) }));
  const objectPaths = withPaths.map(({ base, paths }) => paths.filter((path) => isObjectAt(base, path)));
  return fc
    .record({ which: fc.nat(bases.length - 1), pick: fc.nat(), json: hostileJson, key: hostileKey, kind: fc.nat(9) })
    .map(({ which, pick, json, key, kind }) => {
      const { base, paths } = withPaths[which]!;
      const objects = objectPaths[which]!;
      if (kind <= 5) return jsonWith(base, { replace: { path: paths[pick % paths.length]!, json } });
      if (kind <= 7) {
        const at = objects[pick % objects.length]!;
        return jsonWith(base, { add: { where: (path) => samePath(path, at), key, json } });
      }
      if (kind === 8) return jsonWith(base, { add: { where: () => true, key: POLLUTING_KEYS[pick % 3]!, json: '{"polluted":"yes"}' } });
      return jsonWith(base, { drop: paths[1 + (pick % (paths.length - 1))]! });
    });
}

function isObjectAt(value: unknown, path: JsonPath): boolean {
  const node = path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], value);
  return node !== null && typeof node === 'object' && !Array.isArray(node);
}

/** A real file cut short, or with a few characters changed. */
export function damagedText(texts: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.record({ which: fc.nat(texts.length - 1), cut: fc.nat() }).map(({ which, cut }) => {
      const text = texts[which]!;
      return text.slice(0, cut % text.length);
    }),
    fc
      .record({
        which: fc.nat(texts.length - 1),
        changes: fc.array(fc.record({ at: fc.nat(), by: fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 5 }),
      })
      .map(({ which, changes }) =>
        changes.reduce((text, { at, by }) => {
          const index = at % text.length;
          return text.slice(0, index) + by + text.slice(index + 1);
        }, texts[which]!),
      ),
  );
}

/** Whole files that are not what was expected: any JSON value, any text, very deep nesting. */
export const wrongFile: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value) ?? 'null'),
  fc.string({ unit: 'binary', maxLength: 200 }),
  deepNesting,
  fc.constantFrom('', ' ', '\uFEFF', 'null', '{}', '[]', '{"__proto__":{"polluted":"yes"}}', '{"schemaVersion":1,"__proto__":{}}'),
);

// What a message may not contain unless the file itself did: signs of a stack trace or of our source.
const LEAKS = ['    at ', '.ts:', '.tsx:', '.js:', 'node_modules', 'file://', 'Error:'];

/**
 * Each message is a non-empty line that starts with `prefix` (the file name, for
 * the import screen) or, for the domain readers, with a field path or a whole-file
 * remark, and shows nothing of the program's insides. `input` (or a function that
 * gives it, for large files) is what was read: a message may repeat what the file said.
 */
export function expectCleanMessages(errors: unknown, input: string | (() => string), prefix?: string): void {
  expect(Array.isArray(errors)).toBe(true);
  const lines = errors as unknown[];
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.length).toBeLessThanOrEqual(120);
  for (const line of lines) {
    expect(typeof line).toBe('string');
    const message = line as string;
    let body = message;
    if (prefix !== undefined) {
      expect(message.startsWith(`${prefix}: `), message).toBe(true);
      body = message.slice(prefix.length + 2);
    }
    expect(body.trim().length, message).toBeGreaterThan(0);
    if (prefix === undefined) expect(body, message).toMatch(/^(\(whole file\): \S|not valid JSON \(|file is too large|\S[^]*?: \S)/);
    for (const leak of LEAKS) {
      if (message.includes(leak) && !(typeof input === 'string' ? input : input()).includes(leak)) {
        expect(message, 'the message shows the program\'s insides').not.toContain(leak);
      }
    }
  }
}

const PROTOTYPE_KEYS = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  function: Object.getOwnPropertyNames(Function.prototype).sort(),
};

/** Nothing has been added to the prototypes every object shares. */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS.object);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(PROTOTYPE_KEYS.array);
  expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(PROTOTYPE_KEYS.function);
}

/** Every object in an accepted result is a plain object or array: no prototype was swapped by a `__proto__` key. */
export function expectPlainData(value: unknown, path = '(root)'): void {
  if (value === null || typeof value !== 'object') return;
  const prototype = Object.getPrototypeOf(value);
  expect(prototype === Object.prototype || prototype === Array.prototype, `${path} has an unusual prototype`).toBe(true);
  for (const [key, inner] of Object.entries(value)) expectPlainData(inner, `${path}.${key}`);
}

/** A File as the browser's file picker gives one, made of the given bytes. */
export function fileOf(name: string, bytes: Uint8Array, size = bytes.length) {
  return {
    name,
    size,
    text: async () => new TextDecoder().decode(bytes),
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

/** The file name the import screen shows in front of each message. */
export const shownName = (name: string) => name.trim() || 'The chosen file';
