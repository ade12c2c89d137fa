import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { CURRENCIES, HuikuanError, minorUnits, roundMoney, type RoundingMode } from '../../src/money/index.js';

describe('minorUnits', () => {
  it.each([
    ['CNY', 2], ['HKD', 2], ['TWD', 2], ['USD', 2], ['EUR', 2], ['GBP', 2], ['JPY', 0], ['KRW', 0],
    ['SGD', 2], ['AUD', 2], ['CAD', 2], ['CHF', 2], ['INR', 2], ['KWD', 3], ['BHD', 3],
  ])('%s has %i minor units (ISO 4217)', (code, units) => {
    expect(minorUnits(code)).toBe(units);
  });

  it('refuses to guess an unknown currency', () => {
    expect(() => minorUnits('XAU')).toThrowError(expect.objectContaining({ code: 'unsupported' }));
    expect(() => minorUnits('cny')).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('does not treat inherited object keys as currencies', () => {
    expect(() => minorUnits('__proto__')).toThrow(HuikuanError);
    expect(Object.isFrozen(CURRENCIES)).toBe(true);
    expect(Object.values(CURRENCIES).every((info) => Object.isFrozen(info))).toBe(true);
  });
});

describe('roundMoney', () => {
  // Each row checked by hand: the digit after the last kept place decides.
  it.each<[string, RoundingMode, string, string]>([
    ['2.345', 'half_up', '2.35', '-2.35'],
    ['2.345', 'half_even', '2.34', '-2.34'],
    ['2.355', 'half_even', '2.36', '-2.36'],
    ['2.345', 'down', '2.34', '-2.34'],
    ['2.341', 'up', '2.35', '-2.35'],
    ['2.349', 'floor', '2.34', '-2.35'],
    ['2.341', 'ceiling', '2.35', '-2.34'],
    ['2.344', 'half_up', '2.34', '-2.34'],
    ['2.3', 'up', '2.3', '-2.3'],
  ])('%s by %s is %s (and its negative %s)', (amount, mode, positive, negative) => {
    expect(roundMoney(amount, 'CNY', { mode }).toString()).toBe(positive);
    expect(roundMoney(`-${amount}`, 'CNY', { mode }).toString()).toBe(negative);
  });

  it.each([
    ['1234.5', 'JPY', '1235'],
    ['1234.4999', 'KRW', '1234'],
    ['1.0005', 'KWD', '1.001'],
    ['0.005', 'CNY', '0.01'],
    ['0.0049', 'CNY', '0'],
    ['-0.004', 'CNY', '0'],
  ])('%s %s rounds half up to %s', (amount, currency, expected) => {
    const rounded = roundMoney(amount, currency);
    expect(rounded.toString()).toBe(expected);
    expect(JSON.stringify(rounded)).toBe(`"${expected}"`);
  });

  it('takes an explicit scale, which an unknown currency requires', () => {
    expect(roundMoney('1.23456', 'XAU', { scale: 4 }).toString()).toBe('1.2346');
    expect(roundMoney('1.23456', 'CNY', { scale: 0 }).toString()).toBe('1');
    expect(() => roundMoney('1', 'XAU')).toThrowError(expect.objectContaining({ code: 'unsupported' }));
  });

  it('is exact where floats are not', () => {
    expect(roundMoney(1.005, 'CNY').toString()).toBe('1.01'); // (1.005).toFixed(2) === '1.00'
    expect(roundMoney('0.1', 'CNY').plus(roundMoney('0.2', 'CNY')).toString()).toBe('0.3');
  });

  it.each([
    [['1,000', 'CNY'], 'amount'],
    [['1', 'rmb'], 'currency'],
    [['1', 'CNY', { mode: 'nearest' }], 'options.mode'],
    [['1', 'CNY', { scale: 1.5 }], 'options.scale'],
    [['1', 'CNY', { scale: 13 }], 'options.scale'],
    [['1', 'CNY', { rounding: 'up' }], 'options'],
  ])('rejects %j naming %s', (args, path) => {
    expect(() => (roundMoney as (...a: unknown[]) => unknown)(...args)).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(`${path}`) }),
    );
  });
});

describe('roundMoney modes', () => {
  // The table of docs/money.md, every mode on ties and non-ties of both signs.
  it.each<[string, Record<RoundingMode, string>]>([
    ['2.345', { half_up: '2.35', half_even: '2.34', down: '2.34', up: '2.35', floor: '2.34', ceiling: '2.35' }],
    ['-2.345', { half_up: '-2.35', half_even: '-2.34', down: '-2.34', up: '-2.35', floor: '-2.35', ceiling: '-2.34' }],
    ['2.355', { half_up: '2.36', half_even: '2.36', down: '2.35', up: '2.36', floor: '2.35', ceiling: '2.36' }],
    ['-2.355', { half_up: '-2.36', half_even: '-2.36', down: '-2.35', up: '-2.36', floor: '-2.36', ceiling: '-2.35' }],
    ['2.341', { half_up: '2.34', half_even: '2.34', down: '2.34', up: '2.35', floor: '2.34', ceiling: '2.35' }],
    ['-2.341', { half_up: '-2.34', half_even: '-2.34', down: '-2.34', up: '-2.35', floor: '-2.35', ceiling: '-2.34' }],
    ['-0.001', { half_up: '0', half_even: '0', down: '0', up: '-0.01', floor: '-0.01', ceiling: '0' }],
  ])('%s rounds by each mode as documented', (amount, expected) => {
    for (const [mode, result] of Object.entries(expected) as [RoundingMode, string][]) {
      expect([mode, JSON.stringify(roundMoney(amount, 'CNY', { mode }))]).toEqual([mode, JSON.stringify(result)]);
    }
  });

  it('rounds half up when no mode is given, with or without options', () => {
    expect(roundMoney('2.345', 'CNY').toString()).toBe('2.35');
    expect(roundMoney('2.345', 'CNY', {}).toString()).toBe('2.35');
    expect(roundMoney('-2.345', 'CNY', { scale: 2 }).toString()).toBe('-2.35');
  });

  it('does not mutate its input', () => {
    const options = Object.freeze({ mode: 'floor' as const, scale: 1 });
    expect(roundMoney('1.99', 'CNY', options).toString()).toBe('1.9');
    expect(options).toEqual({ mode: 'floor', scale: 1 });
  });

  it('rounds a quotient with more than 20 decimal places (found in review: a division result was refused)', () => {
    // 2,734,037.44 ÷ 12 = 227,836.4533… (64 significant digits) → 227,836.45.
    const monthly = new Decimal('2734037.44').div(12);
    expect(monthly.decimalPlaces()).toBeGreaterThan(20);
    expect(roundMoney(monthly, 'CNY').toString()).toBe('227836.45');
    expect(roundMoney(new Decimal(2).div(3), 'CNY', { mode: 'down' }).toString()).toBe('0.66');
    expect(roundMoney('0.' + '3'.repeat(40), 'JPY').toString()).toBe('0');
  });

  it('still refuses more than 64 significant digits and magnitudes of 1e30', () => {
    expect(() => roundMoney('1.' + '1'.repeat(64), 'CNY')).toThrowError(
      expect.objectContaining({ code: 'invalid_input', issues: [{ path: ['amount'], message: 'must have at most 64 significant digits' }] }),
    );
    expect(() => roundMoney('1e30', 'CNY')).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
  });
});
