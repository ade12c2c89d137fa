import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { HuikuanError, formatPath, invalidInput, issuesFromZod } from '../../src/core/errors.js';
import { assertIterable } from '../../src/core/iterate.js';
import { parseEach, parseItems } from '../../src/core/parseItems.js';
import { parseArg } from '../../src/core/validate.js';
import { thrown } from '../support/thrown.js';

const issue = (i: number) => ({ path: ['items', i], message: `bad ${i}` });

describe('HuikuanError', () => {
  it('has no issues unless given some', () => {
    const error = new HuikuanError('out_of_range', 'addDays: the result falls outside 0001-01-01..9999-12-31');
    expect(error.issues).toEqual([]);
    expect([error.name, error.code, error.message]).toEqual([
      'HuikuanError',
      'out_of_range',
      'addDays: the result falls outside 0001-01-01..9999-12-31',
    ]);
  });
});

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], '(input)'],
    [['amount'], 'amount'],
    [[3], '[3]'],
    [['items', 0], 'items[0]'],
    [['items', 0, 'amount'], 'items[0].amount'],
    [['options', 'lines', 2, 'due', 'steps', 0], 'options.lines[2].due.steps[0]'],
    [[0, 1, 'x'], '[0][1].x'],
  ])('%j is %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('invalidInput', () => {
  it('names every issue when there are at most five', () => {
    const error = invalidInput('f', [0, 1, 2, 3, 4].map(issue));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Invalid input to f: items[0]: bad 0; items[1]: bad 1; items[2]: bad 2; items[3]: bad 3; items[4]: bad 4');
    expect(error.issues).toHaveLength(5);
  });

  it('names the first five and counts the rest', () => {
    const error = invalidInput('f', [0, 1, 2, 3, 4, 5].map(issue));
    expect(error.message).toBe(
      'Invalid input to f: items[0]: bad 0; items[1]: bad 1; items[2]: bad 2; items[3]: bad 3; items[4]: bad 4 (and 1 more)',
    );
    expect(error.issues).toEqual([0, 1, 2, 3, 4, 5].map(issue));
  });
});

describe('issuesFromZod', () => {
  it('prefixes each path and keeps numbers as numbers', () => {
    const result = z.object({ lines: z.array(z.object({ amount: z.string() })) }).safeParse({ lines: [{ amount: 1 }] });
    expect(result.success).toBe(false);
    expect(issuesFromZod(result.error!, ['options'])).toEqual([
      { path: ['options', 'lines', 0, 'amount'], message: 'Invalid input: expected string, received number' },
    ]);
  });

  it('turns symbol keys into strings, so issues stay plain data', () => {
    const key = Symbol('tag');
    const error = new z.ZodError([{ code: 'custom', path: [key, 1], message: 'is wrong', input: undefined }]);
    expect(issuesFromZod(error, ['x'])).toEqual([{ path: ['x', 'Symbol(tag)', 1], message: 'is wrong' }]);
  });
});

describe('parseArg', () => {
  it('returns the parsed value, or throws naming the argument', () => {
    expect(parseArg(z.coerce.number(), '7', 'f', 'n')).toBe(7);
    const error = thrown(() => parseArg(z.number({ error: 'must be a number' }), 'x', 'f', 'n'));
    expect(error.message).toBe('Invalid input to f: n: must be a number');
    expect(error.issues).toEqual([{ path: ['n'], message: 'must be a number' }]);
  });
});

describe('assertIterable', () => {
  function* generator() {
    yield 1;
  }
  it.each([[[]], [new Set([1])], [new Map()], [generator()]])('accepts %o', (value) => {
    expect(() => assertIterable(value, 'f', 'items')).not.toThrow();
  });

  it.each([['abc'], [42], [null], [undefined], [{}], [{ [Symbol.iterator]: 'not a function' }], [() => []]])(
    'rejects %o',
    (value) => {
      const error = thrown(() => assertIterable(value, 'f', 'items'));
      expect(error.message).toBe('Invalid input to f: items: must be an iterable collection such as an array');
      expect(error.issues).toEqual([{ path: ['items'], message: 'must be an iterable collection such as an array' }]);
    },
  );
});

describe('parseEach and parseItems', () => {
  const schema = z.number({ error: 'must be a number' }).transform((n) => n * 2);

  it('parses every item, in order', () => {
    expect(parseItems(schema, [1, 2, 3], 'f', 'items')).toEqual([2, 4, 6]);
    expect(parseItems(schema, new Set([5]), 'f', 'items')).toEqual([10]);
    expect(parseItems(schema, [], 'f', 'items')).toEqual([]);
  });

  it('names the index of a bad item', () => {
    const error = thrown(() => parseItems(schema, [1, 2, 'three', 4], 'f', 'items'));
    expect(error.message).toBe('Invalid input to f: items[2]: must be a number');
    expect(error.issues).toEqual([{ path: ['items', 2], message: 'must be a number' }]);
  });

  it('validates lazily, one item at a time, as a stream is consumed', () => {
    const pulled: number[] = [];
    function* source() {
      for (let i = 0; ; i++) {
        pulled.push(i);
        yield i < 3 ? i : 'bad';
      }
    }
    const parsed = parseEach(schema, source(), 'f', 'items');
    expect(parsed.next().value).toBe(0);
    expect(parsed.next().value).toBe(2);
    expect(pulled).toEqual([0, 1]);
    expect(parsed.next().value).toBe(4);
    expect(() => parsed.next()).toThrowError(expect.objectContaining({ issues: [{ path: ['items', 3], message: 'must be a number' }] }));
  });

  it('rejects a non-iterable before reading anything', () => {
    const error = thrown(() => parseItems(schema, 'abc', 'f', 'items'));
    expect(error.issues).toEqual([{ path: ['items'], message: 'must be an iterable collection such as an array' }]);
  });
});
