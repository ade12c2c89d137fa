import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  allocate,
  minorUnits,
  roundMoney,
  splitEvenly,
  sumByCurrency,
  sumMoney,
  type RemainderRule,
  type RoundingMode,
} from '../../src/index.js';
import { amountAtScale, decimalString, knownCurrency, ratios } from '../arbitraries/index.js';

/** A currency with an amount already at its minor unit. */
const currencyAndAmount = knownCurrency.chain((currency) =>
  amountAtScale(minorUnits(currency)).map((amount) => ({ currency, amount })),
);
const remainderRule = fc.constantFrom<RemainderRule>('largest_remainder', 'first', 'last');
const roundingMode = fc.constantFrom<RoundingMode>('half_up', 'half_even', 'down', 'up', 'floor', 'ceiling');

const total = (parts: readonly Decimal[]) => parts.reduce((a, b) => a.plus(b), new Decimal(0));

describe('allocate (properties)', () => {
  it('parts always sum exactly to the amount, in whole minor units', () => {
    fc.assert(
      fc.property(currencyAndAmount, ratios, remainderRule, ({ currency, amount }, rs, remainder) => {
        const parts = allocate(amount, rs, { currency, remainder });
        expect(parts).toHaveLength(rs.length);
        expect(total(parts).equals(amount)).toBe(true);
        for (const part of parts) expect(part.decimalPlaces()).toBeLessThanOrEqual(minorUnits(currency));
      }),
    );
  });

  it('by largest remainder, each part is within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(currencyAndAmount, ratios, ({ currency, amount }, rs) => {
        const parts = allocate(amount, rs, { currency });
        const unit = new Decimal(10).pow(-minorUnits(currency));
        const sum = total(rs.map((r) => new Decimal(r)));
        parts.forEach((part, i) => {
          const exact = new Decimal(amount).times(rs[i]!).div(sum);
          expect(part.minus(exact).abs().lt(unit)).toBe(true);
        });
      }),
    );
  });

  it('zero ratios get zero, and no part has the wrong sign', () => {
    fc.assert(
      fc.property(currencyAndAmount, ratios, remainderRule, ({ currency, amount }, rs, remainder) => {
        const parts = allocate(amount, rs, { currency, remainder });
        const sign = new Decimal(amount).s;
        parts.forEach((part, i) => {
          if (new Decimal(rs[i]!).isZero()) expect(part.isZero()).toBe(true);
          expect(part.isZero() || part.s === sign).toBe(true);
          expect(JSON.stringify(part)).not.toBe('"-0"');
        });
      }),
    );
  });

  it('depends only on the proportions of the ratios', () => {
    fc.assert(
      fc.property(currencyAndAmount, ratios, fc.integer({ min: 1, max: 1000 }), ({ currency, amount }, rs, k) => {
        const scaled = rs.map((r) => new Decimal(r).times(k));
        expect(allocate(amount, scaled, { currency }).map(String)).toEqual(
          allocate(amount, rs, { currency }).map(String),
        );
      }),
    );
  });

  it('splits a negative amount as the mirror of its absolute value', () => {
    fc.assert(
      fc.property(currencyAndAmount, ratios, remainderRule, ({ currency, amount }, rs, remainder) => {
        const positive = new Decimal(amount).abs();
        const a = allocate(positive, rs, { currency, remainder });
        const b = allocate(positive.negated(), rs, { currency, remainder });
        expect(b.map(String)).toEqual(a.map((p) => p.negated().toString()).map((s) => (s === '-0' ? '0' : s)));
      }),
    );
  });
});

describe('splitEvenly (properties)', () => {
  it('parts sum to the amount and differ by at most one minor unit', () => {
    fc.assert(
      fc.property(currencyAndAmount, fc.integer({ min: 1, max: 60 }), ({ currency, amount }, n) => {
        const parts = splitEvenly(amount, n, { currency });
        const unit = new Decimal(10).pow(-minorUnits(currency));
        expect(parts).toHaveLength(n);
        expect(total(parts).equals(amount)).toBe(true);
        const max = Decimal.max(...parts);
        const min = Decimal.min(...parts);
        expect(max.minus(min).lte(unit)).toBe(true);
        // Larger parts come first.
        for (let i = 1; i < n; i++) expect(parts[i - 1]!.abs().gte(parts[i]!.abs())).toBe(true);
      }),
    );
  });
});

describe('roundMoney (properties)', () => {
  it('is idempotent and lands on the minor unit', () => {
    fc.assert(
      fc.property(decimalString, knownCurrency, roundingMode, (amount, currency, mode) => {
        const once = roundMoney(amount, currency, { mode });
        expect(roundMoney(once, currency, { mode }).equals(once)).toBe(true);
        expect(once.decimalPlaces()).toBeLessThanOrEqual(minorUnits(currency));
      }),
    );
  });

  it('moves by less than one unit, at most half a unit to nearest, in the mode’s direction', () => {
    fc.assert(
      fc.property(decimalString, knownCurrency, roundingMode, (amount, currency, mode) => {
        const x = new Decimal(amount);
        const r = roundMoney(amount, currency, { mode });
        const unit = new Decimal(10).pow(-minorUnits(currency));
        const moved = r.minus(x);
        expect(moved.abs().lt(unit)).toBe(true);
        if (mode === 'half_up' || mode === 'half_even') expect(moved.abs().lte(unit.div(2))).toBe(true);
        if (mode === 'floor') expect(r.lte(x)).toBe(true);
        if (mode === 'ceiling') expect(r.gte(x)).toBe(true);
        if (mode === 'down') expect(r.abs().lte(x.abs())).toBe(true);
        if (mode === 'up') expect(r.abs().gte(x.abs())).toBe(true);
      }),
    );
  });

  it('half_up is symmetric: rounding −x gives −(rounding x)', () => {
    fc.assert(
      fc.property(decimalString, knownCurrency, (amount, currency) => {
        const x = new Decimal(amount);
        expect(roundMoney(x.negated(), currency).equals(roundMoney(x, currency).negated())).toBe(true);
      }),
    );
  });
});

describe('sums (properties)', () => {
  const items = fc.array(
    fc.record({ currency: fc.constantFrom('CNY', 'USD', 'JPY'), amount: decimalString }),
    { maxLength: 40 },
  );

  it('sumByCurrency equals sumMoney of each currency and ignores order', () => {
    fc.assert(
      fc.property(items, (list) => {
        const totals = sumByCurrency(list);
        for (const [currency, amount] of Object.entries(totals)) {
          const one = sumMoney(list.filter((item) => item.currency === currency), { currency });
          expect(one.amount.equals(amount)).toBe(true);
        }
        const reversed = sumByCurrency([...list].reverse());
        expect(Object.keys(reversed).sort()).toEqual(Object.keys(totals).sort());
        for (const key of Object.keys(totals)) expect(reversed[key]!.equals(totals[key]!)).toBe(true);
      }),
    );
  });
});
