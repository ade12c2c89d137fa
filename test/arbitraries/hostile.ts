/**
 * Hostile and near-miss inputs for the fuzz suite, the ways to twist a valid input
 * into a near miss, and the checks every result, error and global must pass.
 */
import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { Decimal, HuikuanError, isIsoDate } from '../../src/index.js';

export type Path = readonly (string | number)[];

/** Keys that attack prototypes or shadow built-ins when an object is used as a map. */
export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  'toJSON',
  'then',
  'length',
  'polluted',
  '0',
  '',
] as const;

/** Objects that try to pollute prototypes, built by JSON.parse so `__proto__` is an own key. */
export const POLLUTERS: readonly unknown[] = [
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"__proto__": {"polluted": true}, "id": "x", "weekend": [0], "holidays": [], "workdays": []}'),
  JSON.parse('[{"__proto__": {"polluted": true}}, {"constructor": {"prototype": {"polluted": true}}}]'),
  JSON.parse('{"a": {"__proto__": {"polluted": true}}, "b": [{"__proto__": {"toString": "polluted"}}]}'),
  JSON.parse('{"__proto__": [], "length": 3, "0": "2026-01-01"}'),
  JSON.parse('{"__proto__": {"currency": "CNY", "amount": "1"}}'),
];

/** Strings that look like numbers to a person or to `Number()`, but are not plain decimals (and some that are). */
export const NUMBER_LIKE_STRINGS = [
  'NaN', 'nan', '-NaN', 'Infinity', '+Infinity', '-Infinity', 'inf', 'undefined', 'null', 'true', '0/0',
  '', ' ', '1 ', ' 1', '\u00a01', '1\n', '1,000', '1 000', '1_000', '0x10', '0b1', '0o7', '1e', '1e+', 'e5', '.5', '5.', '-.5',
  '++1', '--1', '+-1', '１２３', '١٢٣', '1e999999', '-1e999999', '1e-999999', '1e309', '1e30', '-1e30', '1e29', '9'.repeat(29),
  '9'.repeat(31), `0.${'0'.repeat(19)}1`, `0.${'0'.repeat(20)}1`, `1.${'1'.repeat(70)}`, '-0', '+0', '0e0', '-0.00', '00012.50', '1E5',
  '1e-7', '-1', '-0.01', '-1e29', '12345678901234567890.12345678901234567890',
] as const;

/** Numbers at and beyond the edges. */
export const EDGE_NUMBERS = [
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0.1, 0.1 + 0.2, 1 / 3, -1, -0.01, 0.5, 1.5, -1.5,
  1e29, 9.999e29, 1e30, -1e30, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON,
  Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53 + 1, 2 ** 31, -(2 ** 31), 2 ** 32, 1e21, 1e-7, 36_501, 1e6, 1e9,
] as const;

/** Strings that look like ISO dates and are not, or are at the edges of the supported range. */
export const DATE_LIKE_STRINGS = [
  '2026-02-29', '2025-02-29', '2024-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32',
  '0000-01-01', '0001-01-01', '9999-12-31', '10000-01-01', '+002026-01-01', '-000001-01-01', '2026-1-5', '2026-01-5',
  '20260105', '2026/01/05', '05/01/2026', '2026-01-05T00:00:00Z', '2026-01-05T00:00:00+08:00', '2026-01-05 ', ' 2026-01-05',
  '2026-01-05\n', '２０２６-０１-０５', 'Invalid Date', '1900-02-29', '2000-02-29', '2011-12-30', '1970-01-01', '1969-12-31',
] as const;

/** Currency codes that huikuan does not know, or that are not codes at all. */
export const CURRENCY_LIKE_STRINGS = ['XXX', 'XYZ', 'ZZZ', 'XAU', 'XTS', 'ABC', 'cny', 'Cny', 'CN', 'CNYY', 'C N', '156', 'CNY ', '人民币', '$'] as const;

/** Fake Decimals: plain objects (as JSON.parse builds them) that look like decimal.js instances to a duck-typing check. */
export const FAKE_DECIMALS: readonly unknown[] = [
  { toStringTag: '[object Decimal]' },
  { toStringTag: '[object Decimal]', d: '12', e: 0, s: 1 },
  { toStringTag: '[object Decimal]', d: [1], e: null, s: 1 },
  { toStringTag: '[object Decimal]', d: [1], e: 0, s: null },
  { toStringTag: '[object Decimal]', d: [1], e: 0, s: 5 },
  { toStringTag: '[object Decimal]', d: [1.5], e: 0, s: 1 },
  { toStringTag: '[object Decimal]', d: [], e: 0, s: 1 },
  { toStringTag: '[object Decimal]', d: [1], e: 1e20, s: 1 },
  { toStringTag: '[object Decimal]', d: { slice: 1 }, e: 0, s: 1 },
];

/** Deeply nested arrays and objects (by JSON.parse, as an import would build them). */
export function deeplyNested(depth: number, kind: 'array' | 'object'): unknown {
  return kind === 'array' ? JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) : JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
}
const DEEP: readonly unknown[] = [deeplyNested(100, 'array'), deeplyNested(2000, 'array'), deeplyNested(100, 'object'), deeplyNested(2000, 'object')];

/** Wraps `value` in `depth` levels of arrays or objects. */
export function nest(value: unknown, depth: number, kind: 'array' | 'object'): unknown {
  let out = value;
  for (let i = 0; i < depth; i++) out = kind === 'array' ? [out] : { a: out };
  return out;
}

function* generate(): Generator<number> {
  yield 1;
}

/** Near misses: right kinds of values with wrong contents, wrong types, and hostile values. */
export const nearMiss: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...NUMBER_LIKE_STRINGS, ...DATE_LIKE_STRINGS, ...CURRENCY_LIKE_STRINGS, ...HOSTILE_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...EDGE_NUMBERS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      null, undefined, true, false, [], {}, [[]], [null], [undefined], [{}], Object.create(null) as unknown,
      new Date(Number.NaN), new Date(0), new Map(), new Set([1]), new Decimal(Number.NaN), new Decimal(Number.POSITIVE_INFINITY),
      new DecimalJs('-0'), new DecimalJs('1e40'), new DecimalJs('0.1'), 10n, Symbol('s'), () => 1, generate(),
      { id: 'x', weekend: [0, 6], holidays: ['2026-02-30'] },
      { id: 'x', weekend: [7], holidays: [], workdays: [] },
      { currency: 'CNY', amount: 'NaN' },
      { currency: 'XXX', amount: '1' },
      [{ currency: 'CNY', amount: '1' }, { currency: 'USD', amount: '1' }],
      { currency: 'CNY', scale: 99 },
      { type: 'flat', rate: '-0.1' },
      { days: 1e9 },
      { months: -1e9 },
      ...POLLUTERS,
      ...FAKE_DECIMALS,
      ...DEEP,
    ),
  },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string() },
);

/** Keys for generated objects: ordinary strings and hostile keys. */
const anyKey = fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_KEYS));

/** Any value at all: JSON, and the things JSON cannot hold (undefined, bigint, Date, Map, sparse arrays, null prototypes, boxed values). */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything({
    key: anyKey,
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  nearMiss,
);

/* ------------------------------------------------------------------ mutations */

const OPS = ['replace', 'retype', 'drop', 'addKey', 'renameKey', 'deepen', 'extreme', 'swap', 'duplicate', 'empty'] as const;

/** One twist of a valid input: what to do (`op`), where (`pick` among the paths), with what. */
export interface Mutation {
  readonly op: (typeof OPS)[number];
  readonly pick: number;
  readonly value: unknown;
  readonly key: string;
  readonly depth: number;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(...OPS),
  pick: fc.nat(),
  value: nearMiss,
  key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 4 })),
  depth: fc.constantFrom(1, 2, 10, 1000),
});

const isDecimalLike = (value: unknown): boolean => Decimal.isDecimal(value);
const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !isDecimalLike(value) && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);

/** How deep `allPaths` looks: deeper nodes (a deeply nested near miss) are twisted as a whole. */
const MAX_PATH_DEPTH = 40;

/** Paths to every node (containers and leaves) inside `value` down to MAX_PATH_DEPTH, in document order, the root first. */
export function allPaths(value: unknown): Path[] {
  const out: Path[] = [];
  const stack: [unknown, Path][] = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    out.push(path);
    if (!isContainer(node) || path.length >= MAX_PATH_DEPTH) continue;
    const children: [unknown, Path][] = Array.isArray(node)
      ? node.map((v, i) => [v, [...path, i]])
      : Object.keys(node).map((key) => [(node as Record<string, unknown>)[key], [...path, key]]);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Every leaf value inside `value` (strings, numbers, booleans, null, Decimals). */
export function leaves(value: unknown): unknown[] {
  return allPaths(value)
    .map((path) => get(value, path))
    .filter((leaf) => !isContainer(leaf));
}

function get(value: unknown, path: Path): unknown {
  let at = value;
  for (const part of path) at = (at as Record<string | number, unknown>)[part];
  return at;
}

const DELETE = Symbol('delete');

/** A copy of an object with own data properties only: `__proto__` stays an own key, never a prototype. */
function copyObject(value: object, change?: (out: Record<string, unknown>) => void): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) define(out, key, (value as Record<string, unknown>)[key]);
  change?.(out);
  return out;
}

function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of `root` with the node at `path` replaced by `f(node)` (or removed); the input is not touched. */
function updateAt(root: unknown, path: Path, f: (node: unknown) => unknown): unknown {
  if (path.length === 0) return f(root);
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const out: unknown[] = [];
    root.forEach((v, i) => {
      if (i !== head) out.push(v);
      else {
        const next = updateAt(v, rest, f);
        if (next !== DELETE) out.push(next);
      }
    });
    return out;
  }
  return copyObject(root as object, (out) => {
    const next = updateAt(out[head as string], rest, f);
    if (next === DELETE) delete out[head as string];
    else define(out, head as string, next);
  });
}

const safeString = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return '[object]';
  }
};
const safeJson = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '{}';
  }
};

/** The same content as a value of another type: a string for a number, an array for an object, ... */
function retype(value: unknown, pick: number): unknown {
  const options: unknown[] =
    typeof value === 'string'
      ? [Number(value), value === '' ? [] : [value], { value }, value.length > 0, null]
      : typeof value === 'number'
        ? [String(value), [value], BigInt(Number.isSafeInteger(value) ? value : 0), value !== 0, null]
        : Array.isArray(value)
          ? [Object.assign({}, value), safeJson(value), value.length, value[0]]
          : isContainer(value)
            ? [Object.values(value), safeJson(value), Object.keys(value).length, null]
            : isDecimalLike(value)
              ? [safeString(value), Number(safeString(value)), { value: safeString(value) }]
              : [safeString(value), [value], { value }, 0];
  return options[pick % options.length];
}

/** Amounts, counts and days at and beyond the edges, derived from a valid one. */
function extreme(value: unknown, pick: number): unknown {
  const s = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '1';
  const n = Number(s);
  const options: unknown[] = [
    s.startsWith('-') ? s.slice(1) : `-${s}`,
    `${s}e29`,
    `${s}${'0'.repeat(30)}`,
    `${s}.${'0'.repeat(20)}1`,
    '1e29',
    '-1e29',
    `0.${'0'.repeat(19)}1`,
    -n,
    n * 1e29,
    n + 0.5,
    n * 1e6,
    Math.trunc(n) + 2 ** 31,
    0,
    '0',
  ];
  return options[pick % options.length];
}

/** `root` (the argument list) with one mutation applied; `words` are values to swap in (enums, other leaves). */
export function applyMutation(root: readonly unknown[], m: Mutation, words: readonly unknown[]): unknown[] {
  const paths = allPaths(root);
  const path = paths[m.pick % paths.length] ?? [];
  const index = Math.floor(m.pick / paths.length);
  const out = updateAt(root, path, (node) => {
    switch (m.op) {
      case 'replace':
        return m.value;
      case 'retype':
        return retype(node, index);
      case 'drop':
        return path.length === 0 ? [] : DELETE;
      case 'addKey':
        return isContainer(node) && !Array.isArray(node) ? copyObject(node, (o) => define(o, m.key, m.value)) : m.value;
      case 'renameKey': {
        if (!isContainer(node) || Array.isArray(node)) return m.value;
        const keys = Object.keys(node);
        const from = keys[index % Math.max(1, keys.length)];
        return copyObject(node, (o) => {
          if (from === undefined) return;
          const moved = o[from];
          delete o[from];
          define(o, m.key, moved);
        });
      }
      case 'deepen':
        return nest(node, m.depth, index % 2 === 0 ? 'array' : 'object');
      case 'extreme':
        return extreme(node, index);
      case 'swap':
        return words.length === 0 ? m.value : words[index % words.length];
      case 'duplicate':
        return Array.isArray(node) && node.length > 0 ? [...node, node[index % node.length]] : isContainer(node) ? [node, node] : [node, node];
      case 'empty':
        return Array.isArray(node) ? [] : isContainer(node) ? {} : typeof node === 'string' ? '' : 0;
    }
  });
  return Array.isArray(out) ? out : [out];
}

/** String literals and enum values of a zod schema and every schema inside it (zod 4 internals, read defensively). */
export function schemaWords(schema: unknown, out: Set<unknown> = new Set(), seen: Set<unknown> = new Set()): Set<unknown> {
  if (typeof schema !== 'object' || schema === null || seen.has(schema)) return out;
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (def === undefined) return out;
  if (def.type === 'enum' && typeof def.entries === 'object' && def.entries !== null) for (const v of Object.values(def.entries)) out.add(v);
  if (def.type === 'literal' && Array.isArray(def.values)) for (const v of def.values) out.add(v);
  for (const key of ['innerType', 'element', 'in', 'out', 'keyType', 'valueType', 'left', 'right', 'rest', 'catchall']) schemaWords(def[key], out, seen);
  for (const key of ['options', 'items']) if (Array.isArray(def[key])) for (const inner of def[key]) schemaWords(inner, out, seen);
  if (typeof def.shape === 'object' && def.shape !== null) for (const inner of Object.values(def.shape)) schemaWords(inner, out, seen);
  return out;
}

/* ------------------------------------------------------------------ checks */

/** Keys whose string values are ISO dates (or null) in every result huikuan returns. */
const DATE_KEY = /^(date|asOf|until|horizon)$|Date$|On$/;
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Problems in a result: NaN, ±Infinity, non-finite or malformed Decimals (including
 * fake ones and negative zero, which JSON prints as "-0"), invalid dates, Date objects,
 * functions, and objects whose prototype is not a plain object's or an array's.
 */
export function resultProblems(result: unknown, isDateResult = false): string[] {
  const problems: string[] = [];
  if (isDateResult && !isIsoDate(result)) problems.push(`(result): not an ISO date: ${String(result)}`);
  const stack: [unknown, string, string][] = [[result, '', '(result)']];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [value, key, where] = stack.pop()!;
    switch (typeof value) {
      case 'number':
        if (!Number.isFinite(value)) problems.push(`${where}: ${value}`);
        continue;
      case 'string':
        if (DATE_KEY.test(key) && !isIsoDate(value)) problems.push(`${where}: not an ISO date: ${JSON.stringify(value)}`);
        continue;
      case 'bigint':
      case 'symbol':
      case 'function':
        problems.push(`${where}: a ${typeof value} in a result`);
        continue;
      case 'object':
        break;
      default:
        continue;
    }
    if (value === null || seen.has(value)) continue;
    seen.add(value);
    if (Decimal.isDecimal(value)) {
      const d = value as Decimal;
      if (!Object.hasOwn(d, 'd') || !Object.hasOwn(d, 'e') || !Object.hasOwn(d, 's') || typeof d.isFinite !== 'function') {
        problems.push(`${where}: not a real Decimal`);
      } else if (!d.isFinite()) problems.push(`${where}: non-finite Decimal ${d.toString()}`);
      else if (!PLAIN_DECIMAL.test(d.toString())) problems.push(`${where}: malformed Decimal ${d.toString()}`);
      else if (d.isZero() && d.isNegative()) problems.push(`${where}: negative zero (JSON prints "-0")`);
      continue;
    }
    if (value instanceof Date) {
      problems.push(`${where}: a Date object (results hold ISO strings)${Number.isNaN(value.getTime()) ? ', and an invalid one' : ''}`);
      continue;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) {
      problems.push(`${where}: an object whose prototype is not a plain object's (${String((proto as { constructor?: { name?: string } } | null)?.constructor?.name)})`);
      continue;
    }
    for (const k of Object.keys(value)) stack.push([(value as Record<string, unknown>)[k], Array.isArray(value) ? key : k, `${where}.${k}`]);
  }
  return problems;
}

const CODES = new Set(['invalid_input', 'currency_mismatch', 'unbalanced', 'unsupported', 'out_of_range']);

/** Problems with a thrown value: anything but a well-formed HuikuanError. */
export function errorProblems(error: unknown): string[] {
  if (!(error instanceof HuikuanError)) {
    return [`threw ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`];
  }
  const problems: string[] = [];
  if (!CODES.has(error.code)) problems.push(`HuikuanError with unknown code ${String(error.code)}`);
  if (typeof error.message !== 'string' || error.message.length === 0) problems.push('HuikuanError without a message');
  if (!Array.isArray(error.issues)) problems.push('HuikuanError issues is not an array');
  else
    for (const issue of error.issues) {
      if (!Array.isArray(issue.path) || !(issue.path as readonly unknown[]).every((p) => typeof p === 'string' || typeof p === 'number') || typeof issue.message !== 'string') {
        problems.push(`HuikuanError with a malformed issue ${JSON.stringify(issue)}`);
      }
    }
  return problems;
}

/* ------------------------------------------------------------------ globals */

type Snapshot = readonly (readonly [string | symbol, unknown])[];
const PROTOTYPES: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Decimal.prototype', Object.getPrototypeOf(new Decimal(0)) as object],
];
const snapshot = (target: object): Snapshot =>
  Reflect.ownKeys(target).map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    return [key, descriptor?.value ?? descriptor?.get] as const;
  });
const BEFORE = PROTOTYPES.map(([, target]) => snapshot(target));
const DECIMAL_SETTINGS = () => [Decimal.precision, Decimal.rounding, Decimal.toExpNeg, Decimal.toExpPos, DecimalJs.precision, DecimalJs.rounding];
const SETTINGS_BEFORE = JSON.stringify(DECIMAL_SETTINGS());

/** Problems with the globals: polluted prototypes, changed Decimal settings. */
export function globalProblems(): string[] {
  const problems: string[] = [];
  if (({} as Record<string, unknown>).polluted !== undefined || ([] as unknown as Record<string, unknown>).polluted !== undefined) {
    problems.push('Object.prototype.polluted is set');
  }
  PROTOTYPES.forEach(([name, target], i) => {
    const now = snapshot(target);
    const before = BEFORE[i]!;
    if (now.length !== before.length || now.some(([key, value], j) => before[j]?.[0] !== key || before[j]?.[1] !== value)) {
      problems.push(`${name} changed: ${now.map(([key]) => String(key)).join(',')}`);
    }
  });
  if (JSON.stringify(DECIMAL_SETTINGS()) !== SETTINGS_BEFORE) problems.push(`Decimal settings changed: ${JSON.stringify(DECIMAL_SETTINGS())}`);
  return problems;
}

/**
 * Whether `value` holds an object whose `length` or `size` is not a number, such as
 * `{ length: { valueOf: 1 } }`: zod 4 runs its length checks on values of the wrong
 * type and throws a TypeError on these (huikuan's functions turn that into a
 * HuikuanError; a caller of an exported schema's own `safeParse` meets zod's behaviour).
 */
export function holdsNonNumericLength(value: unknown): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    for (const key of ['length', 'size']) {
      if (key in node && typeof (node as Record<string, unknown>)[key] !== 'number' && !(node instanceof Map || node instanceof Set)) return true;
    }
    if (node instanceof Map || node instanceof Set) continue;
    for (const key of Object.keys(node)) stack.push((node as Record<string, unknown>)[key]);
  }
  return false;
}

/** A short, safe description of arguments for a failure message (no deep recursion, no throwing). */
export function describeArgs(args: readonly unknown[]): string {
  try {
    const text = JSON.stringify(args, (_key, value: unknown) =>
      typeof value === 'bigint' ? `${value}n` : typeof value === 'number' && !Number.isFinite(value) ? String(value) : value,
    );
    return text.length > 600 ? `${text.slice(0, 600)}…` : text;
  } catch {
    return args.map((a) => typeof a).join(', ');
  }
}
