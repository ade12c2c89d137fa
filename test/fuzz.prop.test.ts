/**
 * Fuzz suite: every public function, called with hostile input, either returns a
 * valid result or throws a well-formed HuikuanError. Never a TypeError, RangeError or
 * any other error; never a result holding NaN, ±Infinity, a malformed or non-finite
 * Decimal, negative zero, an invalid ISO date or a Date; never a polluted prototype or
 * a changed Decimal setting.
 *
 * The inputs (see test/arbitraries/hostile.ts): arbitrary JSON and arbitrary values
 * (undefined, bigint, Date, Map, Set, sparse arrays, null prototypes, hostile keys),
 * and near misses of the valid example calls in test/arbitraries/publicApi.ts: a field
 * replaced by a wrong type, a NaN-like or number-like string, a huge, tiny or negative
 * amount, an invalid date, an unknown currency, a fake Decimal, a deeply nested value
 * or an object carrying `__proto__` / `constructor` keys (via JSON.parse); fields
 * dropped, renamed to hostile keys, swapped with enum values or other fields, arrays
 * duplicated or emptied.
 *
 * Every call is followed by a check of the globals: `({}).polluted` is undefined and
 * Object.prototype (and Array, Function, String, Number, Decimal prototypes) keep
 * exactly their own keys and values; the exported presets are unchanged at the end.
 * Every exported zod schema is fuzzed as well: its `safeParse` never throws, and what
 * it accepts passes the same result checks.
 *
 * Run counts: `HUIKUAN_FUZZ_RUNS` (an absolute count, default 100) is the number of
 * runs, for each function, of the two main properties (one argument replaced by an
 * arbitrary value; one to three twists of a valid call); the arbitrary argument
 * lists, the nested-field sweep and each schema take half as many. The default keeps
 * `npm test` to a few seconds; `npm run fuzz` sets 3000. `HUIKUAN_FUZZ_SEED` replays a
 * run with the seed fast-check prints on a failure.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  allPaths,
  anyValue,
  applyMutation,
  describeArgs,
  errorProblems,
  globalProblems,
  holdsNonNumericLength,
  leaves,
  mutation,
  nearMiss,
  resultProblems,
  schemaWords,
} from './arbitraries/hostile.js';
import {
  EXAMPLE_CALLS,
  NOT_API_FUNCTIONS,
  RETURNS_DATE,
  exportedConstants,
  exportedSchemas,
  publicFunction,
  publicFunctionNames,
} from './arbitraries/publicApi.js';

function readCount(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, not ${JSON.stringify(raw)}`);
  return n;
}

const RUNS = readCount('HUIKUAN_FUZZ_RUNS', 100);
const SEED = process.env.HUIKUAN_FUZZ_SEED;
if (SEED !== undefined && !Number.isSafeInteger(Number(SEED))) throw new Error(`HUIKUAN_FUZZ_SEED must be a whole number, not ${JSON.stringify(SEED)}`);
const PARAMS: fc.Parameters<unknown> = SEED === undefined || SEED === '' ? {} : { seed: Number(SEED) };
/** Generous per-test timeout: about 40 ms a run of the slowest function's three properties, on a busy machine. */
const TIMEOUT = 10_000 + RUNS * 40;

/** Enum values of every exported schema and every leaf of every example: values to swap in. */
const WORDS: readonly unknown[] = [
  ...new Set([
    ...exportedSchemas().flatMap(([, schema]) => [...schemaWords(schema)]),
    ...Object.values(EXAMPLE_CALLS).flatMap((calls) => calls.flatMap((args) => leaves(args))),
  ]),
];

const CONSTANTS_BEFORE = JSON.stringify(exportedConstants());

/** Calls `name` and throws (a plain Error, to fail the property) unless the outcome is acceptable. */
function call(name: string, args: readonly unknown[]): 'returned' | 'threw' {
  let problems: string[];
  let outcome: 'returned' | 'threw';
  try {
    const result = publicFunction(name)(...args);
    problems = resultProblems(result, RETURNS_DATE.has(name));
    outcome = 'returned';
  } catch (error) {
    problems = errorProblems(error);
    outcome = 'threw';
  }
  problems.push(...globalProblems());
  if (problems.length > 0) throw new Error(`${name}(${describeArgs(args)}): ${problems.join('; ')}`);
  return outcome;
}

const NAMES = publicFunctionNames();

describe('the fuzz table', () => {
  it('covers every function exported by src/index.ts', () => {
    // A new export must get example calls in test/arbitraries/publicApi.ts (or a reason in NOT_API_FUNCTIONS).
    expect(Object.keys(EXAMPLE_CALLS).sort(), 'EXAMPLE_CALLS lists every exported function').toEqual(NAMES);
    expect(NAMES.length).toBeGreaterThanOrEqual(45);
    for (const name of Object.keys(NOT_API_FUNCTIONS)) expect(typeof publicFunction(name)).toBe('function');
  });

  it('has words to swap in from the schemas (so the walk of zod internals still works)', () => {
    expect(WORDS).toEqual(expect.arrayContaining(['on_target', 'proportional', 'modified_following', 'issue_date', 'act_act', 'stop_supply']));
  });

  it.each(NAMES)('%s: every example call returns a valid result', (name) => {
    for (const args of EXAMPLE_CALLS[name]!) expect(call(name, args)).toBe('returned');
  });
});

describe('every public function returns a valid result or throws a HuikuanError', () => {
  it.each(NAMES)(
    '%s',
    (name) => {
      const calls = EXAMPLE_CALLS[name]!;
      const example = fc.nat({ max: calls.length - 1 });

      // One argument replaced by an arbitrary value, the others valid.
      fc.assert(
        fc.property(example, fc.nat(), anyValue, (which, position, value) => {
          const args = [...calls[which]!];
          args[position % (args.length + 1)] = value;
          call(name, args);
        }),
        { ...PARAMS, numRuns: RUNS },
      );

      // Arbitrary argument lists.
      fc.assert(
        fc.property(fc.array(anyValue, { maxLength: 4 }), (args) => {
          call(name, args);
        }),
        { ...PARAMS, numRuns: Math.ceil(RUNS / 2) },
      );

      // Near misses: one to three twists of a valid call, anywhere inside it.
      fc.assert(
        fc.property(example, fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
          const args = mutations.reduce<unknown[]>((at, m) => applyMutation(at, m, WORDS), [...calls[which]!]);
          call(name, args);
        }),
        { ...PARAMS, numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('every nested field of every example, replaced by a near miss', () => {
  it.each(NAMES)(
    '%s',
    (name) => {
      const cases = EXAMPLE_CALLS[name]!.flatMap((args) => allPaths(args).map((_, pick) => ({ args, pick })));
      fc.assert(
        fc.property(fc.constantFrom(...cases), nearMiss, ({ args, pick }, value) => {
          call(name, applyMutation(args, { op: 'replace', pick, value, key: '', depth: 1 }, WORDS));
        }),
        { ...PARAMS, numRuns: Math.ceil(RUNS / 2) },
      );
    },
    TIMEOUT,
  );
});

describe('every exported zod schema', () => {
  const schemas = exportedSchemas();

  it('is found (the schemas are part of the public API too)', () => {
    expect(schemas.length).toBeGreaterThanOrEqual(50);
  });

  it.each(schemas.map(([name]) => name))('%s: safeParse never throws, and what it accepts is valid', (name) => {
    const schema = schemas.find(([n]) => n === name)![1];
    fc.assert(
      fc.property(anyValue, (value) => {
        let result: { success: boolean; data?: unknown };
        try {
          result = schema.safeParse(value);
        } catch (error) {
          if (holdsNonNumericLength(value)) return; // zod's own behaviour: see holdsNonNumericLength
          throw new Error(`${name}.safeParse(${describeArgs([value])}) threw ${String(error)}`);
        }
        const problems = [...(result.success ? resultProblems(result.data) : []), ...globalProblems()];
        if (problems.length > 0) throw new Error(`${name}.safeParse(${describeArgs([value])}): ${problems.join('; ')}`);
      }),
      { ...PARAMS, numRuns: Math.ceil(RUNS / 2) },
    );
  }, TIMEOUT);
});

afterAll(() => {
  // Fuzzing passed the presets (CHINA_MAINLAND, DEFAULT_ESCALATION_POLICY, ...) to every function thousands of times.
  expect(JSON.stringify(exportedConstants())).toBe(CONSTANTS_BEFORE);
});
