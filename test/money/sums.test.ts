import { describe, expect, it } from 'vitest';
import { HuikuanError, sumByCurrency, sumMoney } from '../../src/money/index.js';

describe('sumByCurrency', () => {
  it('totals each currency exactly, in order of first appearance', () => {
    const totals = sumByCurrency([
      { currency: 'CNY', amount: '100.10' },
      { currency: 'USD', amount: 5 },
      { currency: 'CNY', amount: 0.2 },
      { currency: 'JPY', amount: '-3' },
      { currency: 'USD', amount: '0.015' },
    ]);
    expect(Object.keys(totals)).toEqual(['CNY', 'USD', 'JPY']);
    expect(JSON.stringify(totals)).toBe('{"CNY":"100.3","USD":"5.015","JPY":"-3"}');
  });

  it('accepts any iterable, including a generator, and ignores extra fields', () => {
    function* items() {
      yield { id: 'a', currency: 'CNY', amount: '1' };
      yield { id: 'b', currency: 'CNY', amount: '2' };
    }
    expect(sumByCurrency(items()).CNY?.toString()).toBe('3');
    expect(sumByCurrency(new Set([{ currency: 'EUR', amount: 1 }])).EUR?.toString()).toBe('1');
    expect(sumByCurrency([])).toEqual({});
  });

  it.each([
    [null, 'items: must be an iterable'],
    ['CNY', 'items: must be an iterable'],
    [[{ currency: 'CNY', amount: '1' }, { currency: 'CNY', amount: 'x' }], 'items[1].amount'],
    [[{ amount: '1' }], 'items[0].currency'],
  ])('rejects %j', (items, message) => {
    expect(() => sumByCurrency(items as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }),
    );
  });
});

describe('sumMoney', () => {
  it('adds one currency exactly', () => {
    const sum = sumMoney([
      { currency: 'CNY', amount: 0.1 },
      { currency: 'CNY', amount: 0.2 },
    ]);
    expect(sum.currency).toBe('CNY');
    expect(sum.amount.toString()).toBe('0.3');
  });

  it('sums an empty list in the currency it is told', () => {
    const sum = sumMoney([], { currency: 'CNY' });
    expect([sum.currency, sum.amount.toString()]).toEqual(['CNY', '0']);
  });

  it('throws currency_mismatch naming the item', () => {
    let caught: unknown;
    try {
      sumMoney([
        { currency: 'CNY', amount: 1 },
        { currency: 'CNY', amount: 1 },
        { currency: 'USD', amount: 1 },
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HuikuanError);
    expect((caught as HuikuanError).code).toBe('currency_mismatch');
    expect((caught as HuikuanError).issues[0]?.path).toEqual(['items', 2, 'currency']);
  });

  it('checks every item against options.currency', () => {
    expect(() => sumMoney([{ currency: 'USD', amount: 1 }], { currency: 'CNY' })).toThrowError(
      expect.objectContaining({ code: 'currency_mismatch' }),
    );
  });

  it('needs a currency for an empty list', () => {
    expect(() => sumMoney([])).toThrowError(
      expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining('options.currency') }),
    );
  });
});

describe('sums do not mutate their input', () => {
  it('leaves items and options as they were', () => {
    const items = Object.freeze([Object.freeze({ currency: 'CNY', amount: '1.10' }), Object.freeze({ currency: 'CNY', amount: 2 })]);
    const options = Object.freeze({ currency: 'CNY' });
    expect(sumMoney(items, options).amount.toString()).toBe('3.1');
    expect(sumByCurrency(items).CNY?.toString()).toBe('3.1');
    expect(items).toEqual([{ currency: 'CNY', amount: '1.10' }, { currency: 'CNY', amount: 2 }]);
    expect(options).toEqual({ currency: 'CNY' });
  });
});
