import { afterAll, describe, expect, it } from 'vitest';
import { Decimal } from '../src/index.js';
import { EXAMPLE_CALLS, exportedConstants, publicFunction, publicFunctionNames } from './arbitraries/publicApi.js';

/**
 * No public function mutates its input, and none hands back the caller's own objects
 * inside its result (so changing a result cannot change an input). One table-driven
 * test per public function, over every example call in test/arbitraries/publicApi.ts;
 * the list of functions is derived from the exports of src/index.ts, so a new export
 * without example calls fails here.
 */

/** A deep copy that keeps Decimals (immutable) and functions, and copies Dates, Maps and Sets. */
function deepClone<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Decimal.isDecimal(value)) return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [deepClone(k), deepClone(v)])) as T;
  if (value instanceof Set) return new Set([...value].map(deepClone)) as T;
  if (Array.isArray(value)) return value.map(deepClone) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, { value: deepClone((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}

/** Freezes a value and everything inside it: any write then throws (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key]);
  }
  return value;
}

/**
 * An exact description of a value: types, key order, undefined and -0, Decimals by
 * value, prototypes and frozenness, so any change to an input shows.
 */
function fingerprint(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Decimal.isDecimal(value)) return `Decimal(${(value as Decimal).toString()})`;
  if (value instanceof Date) return `Date(${value.getTime()})`;
  const frozen = Object.isFrozen(value) ? 'frozen ' : '';
  if (value instanceof Map) return `${frozen}Map{${[...value].map(([k, v]) => `${fingerprint(k)}=>${fingerprint(v)}`).join(',')}}`;
  if (value instanceof Set) return `${frozen}Set{${[...value].map(fingerprint).join(',')}}`;
  if (Array.isArray(value)) return `${frozen}[${value.map(fingerprint).join(',')}](${value.length})`;
  const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : 'exotic ';
  return `${frozen}${proto}{${Reflect.ownKeys(value)
    .map((key) => `${String(key)}:${fingerprint((value as Record<string | symbol, unknown>)[key])}`)
    .join(',')}}`;
}

/** Every object (not Decimal) reachable from `value`. */
function objectsIn(value: unknown, out = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || Decimal.isDecimal(value) || out.has(value)) return out;
  out.add(value);
  for (const key of Object.keys(value)) objectsIn((value as Record<string, unknown>)[key], out);
  return out;
}

const NAMES = publicFunctionNames();
const CONSTANTS_BEFORE = fingerprint(exportedConstants());

describe('no public function mutates its input', () => {
  it('covers every function exported by src/index.ts', () => {
    expect(Object.keys(EXAMPLE_CALLS).sort()).toEqual(NAMES);
  });

  it.each(NAMES)('%s', (name) => {
    const fn = publicFunction(name);
    for (const example of EXAMPLE_CALLS[name]!) {
      // The shared examples themselves, presets included.
      const shared = fingerprint(example);
      fn(...example);
      expect(fingerprint(example)).toBe(shared);

      // Plain copies: compared exactly after the call.
      const args = deepClone(example);
      const before = fingerprint(args);
      const result = fn(...args);
      expect(fingerprint(args)).toBe(before);

      // The result holds none of the caller's objects: changing it cannot change them.
      const inputs = objectsIn(args);
      expect([...objectsIn(result)].filter((o) => inputs.has(o))).toEqual([]);

      // Frozen copies: a write anywhere would throw. Same result.
      const frozen = deepFreeze(deepClone(example));
      expect(JSON.stringify(fn(...frozen))).toBe(JSON.stringify(result));
    }
  });
});

describe('the exported presets', () => {
  it.each(exportedConstants().map(([name]) => name))('%s is deeply frozen', (name) => {
    const value = exportedConstants().find(([n]) => n === name)![1];
    const unfrozen = [...objectsIn(value)].filter((o) => !Object.isFrozen(o));
    expect(unfrozen).toEqual([]);
  });
});

afterAll(() => {
  // The examples pass the presets (CHINA_MAINLAND, DEFAULT_ESCALATION_POLICY, ...) as they are.
  expect(fingerprint(exportedConstants())).toBe(CONSTANTS_BEFORE);
});
