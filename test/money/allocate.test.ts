import { describe, expect, it } from 'vitest';
import { allocate, splitEvenly } from '../../src/money/index.js';

const strings = (parts: readonly { toString(): string }[]) => parts.map(String);

describe('allocate', () => {
  it.each([
    // [amount, ratios, currency, remainder, expected] — floors plus leftover units, by hand.
    ['100', [1, 1, 1], 'CNY', undefined, ['33.34', '33.33', '33.33']],
    ['100', [1, 1, 1], 'CNY', 'first', ['33.34', '33.33', '33.33']],
    ['100', [1, 1, 1], 'CNY', 'last', ['33.33', '33.33', '33.34']],
    ['1000', [30, 60, 10], 'JPY', undefined, ['300', '600', '100']],
    ['0.05', [1, 1, 1, 1, 1, 1], 'CNY', undefined, ['0.01', '0.01', '0.01', '0.01', '0.01', '0']],
    // 10 × 0.25 = 2.5, 10 × 0.75 = 7.5: both remainders .5, the tie goes to the earlier part.
    ['10', ['0.25', '0.75'], 'JPY', undefined, ['3', '7']],
    // Remainders 0.3, 0.6, 0.1 (units 333.3, 666.6, 0.1 of 1000 × 1/3, 2/3 ...): largest first.
    ['10.00', [3, 6, 1], 'CNY', undefined, ['3', '6', '1']],
    ['1', [1, 1, 1], 'CNY', undefined, ['0.34', '0.33', '0.33']],
    ['0.02', [1, 1, 1], 'CNY', undefined, ['0.01', '0.01', '0']],
    ['0.02', [1, 1, 1], 'CNY', 'last', ['0', '0', '0.02']],
    ['100', [0, 1, 0, 1], 'CNY', undefined, ['0', '50', '0', '50']],
    ['0.01', [0, 1, 1], 'CNY', 'last', ['0', '0', '0.01']],
    ['0.01', [0, 1, 1], 'CNY', 'first', ['0', '0.01', '0']],
    ['-100', [1, 1, 1], 'CNY', undefined, ['-33.34', '-33.33', '-33.33']],
    ['1.000', [1, 2], 'KWD', undefined, ['0.333', '0.667']],
    // Where the rules part ways: 2 fen over three parts, 0.666… fen each.
    ['0.02', [1, 1, 1], 'CNY', 'largest_remainder', ['0.01', '0.01', '0']],
    ['0.02', [1, 1, 1], 'CNY', 'first', ['0.02', '0', '0']],
    // 100.00 as 2 : 3 : 5 : 7 (docs/money.md): floors 1176, 1764, 2941, 4117 fen leave 2,
    // remainders .470, .705, .176, .647, so parts 1 and 3 get them.
    ['100', [2, 3, 5, 7], 'CNY', undefined, ['11.76', '17.65', '29.41', '41.18']],
    ['100', [2, 3, 5, 7], 'CNY', 'first', ['11.78', '17.64', '29.41', '41.17']],
    ['100', [2, 3, 5, 7], 'CNY', 'last', ['11.76', '17.64', '29.41', '41.19']],
    ['0', [1, 2], 'CNY', undefined, ['0', '0']],
    // A 30/60/10 contract of 1,234,567.89: 370,370.367, 740,740.734, 123,456.789.
    ['1234567.89', ['0.3', '0.6', '0.1'], 'CNY', undefined, ['370370.37', '740740.73', '123456.79']],
  ] as const)('%s by %j in %s (%s) → %j', (amount, ratios, currency, remainder, expected) => {
    const parts = allocate(amount, ratios, remainder === undefined ? { currency } : { currency, remainder });
    expect(strings(parts)).toEqual(expected);
  });

  it('takes an explicit scale for an unknown currency', () => {
    expect(strings(allocate('1.0000', [1, 2], { currency: 'XAU', scale: 4 }))).toEqual(['0.3333', '0.6667']);
  });

  it('is exact for the largest amounts at the finest scale', () => {
    const amount = '999999999999999999999999999999.999999999999';
    const parts = allocate(amount, [1, 2], { currency: 'XAU', scale: 12 });
    expect(parts.map(String)).toEqual(['333333333333333333333333333333.333333333333', '666666666666666666666666666666.666666666666']);
    expect(parts[0]!.plus(parts[1]!).toString()).toBe(amount);
  });

  it('reports one issue for an empty ratio list', () => {
    expect(() => allocate('1', [], { currency: 'CNY' })).toThrowError(
      expect.objectContaining({ issues: [{ path: ['ratios'], message: 'must hold at least one ratio' }] }),
    );
  });

  it('never prints negative zero', () => {
    const parts = allocate('-0.01', [1, 1], { currency: 'CNY' });
    expect(JSON.stringify(parts)).toBe('["-0.01","0"]');
  });

  it.each([
    [['1.001', [1], { currency: 'CNY' }], 'amount has 3 decimal places but CNY allows 2'],
    [['1', [], { currency: 'CNY' }], 'ratios: must hold at least one ratio'],
    [['1', [0, 0], { currency: 'CNY' }], 'ratios: must not all be zero'],
    [['1', [1, -1], { currency: 'CNY' }], 'ratios[1]: must not be negative'],
    // Found by the fuzz suite: a malformed ratio once reached the all-zero check unparsed.
    [['1', [''], { currency: 'CNY' }], 'ratios[0]: must be a plain decimal string'],
    [['1', 'abc', { currency: 'CNY' }], 'ratios: must be an array'],
    [['1', [1], {}], 'options.currency'],
    [['1', [1], { currency: 'CNY', remainder: 'middle' }], 'options.remainder'],
  ])('rejects %j', (args, message) => {
    expect(() => (allocate as (...a: unknown[]) => unknown)(...args)).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }),
    );
  });

  it('does not mutate its input', () => {
    const ratios = Object.freeze(['1', 2, '3']);
    const options = Object.freeze({ currency: 'CNY' });
    allocate('6', ratios, options);
    expect(ratios).toEqual(['1', 2, '3']);
    expect(options).toEqual({ currency: 'CNY' });
  });
});

describe('splitEvenly', () => {
  it.each([
    ['100', 3, 'CNY', undefined, ['33.34', '33.33', '33.33']],
    ['10', 4, 'JPY', 'last', ['2', '2', '2', '4']],
    ['10', 4, 'JPY', undefined, ['3', '3', '2', '2']],
    ['-0.05', 2, 'CNY', undefined, ['-0.03', '-0.02']],
    ['7', 1, 'CNY', undefined, ['7']],
    ['10', 4, 'JPY', 'first', ['4', '2', '2', '2']],
    ['10', 4, 'JPY', 'largest_remainder', ['3', '3', '2', '2']],
    // 1,000.00 in 12: 83.33 each leaves 4 fen (docs: "ends in 83.37").
    ['1000', 12, 'CNY', 'last', [...Array<string>(11).fill('83.33'), '83.37']],
    ['1000', 12, 'CNY', 'first', ['83.37', ...Array<string>(11).fill('83.33')]],
    ['1000', 12, 'CNY', undefined, [...Array<string>(4).fill('83.34'), ...Array<string>(8).fill('83.33')]],
  ] as const)('%s into %i %s parts (%s) → %j', (amount, count, currency, remainder, expected) => {
    const options = remainder === undefined ? { currency } : { currency, remainder };
    expect(strings(splitEvenly(amount, count, options))).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const options = Object.freeze({ currency: 'CNY', remainder: 'last' as const });
    expect(strings(splitEvenly('1', 3, options))).toEqual(['0.33', '0.33', '0.34']);
    expect(options).toEqual({ currency: 'CNY', remainder: 'last' });
  });

  it('gives the extra units to the earliest parts, however many parts tie', () => {
    const parts = strings(splitEvenly('0.50', 100, { currency: 'CNY' }));
    expect(parts).toEqual([...Array<string>(50).fill('0.01'), ...Array<string>(50).fill('0')]);
  });

  it.each([0, -1, 1.5, 1_000_001, Number.NaN, '3'])('rejects count %j', (count) => {
    expect(() => splitEvenly('1', count as number, { currency: 'CNY' })).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('count') }),
    );
  });
});
