import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND, WEEKENDS_ONLY } from '../../src/calendar/index.js';
import { Decimal, allocate, minorUnits } from '../../src/index.js';
import {
  amortize,
  applyReceipts,
  comparePlanToActual,
  restructureBalance,
  scheduleInstalments,
  type ApplicationStrategy,
  type DueStep,
  type InstalmentKind,
  type PaymentTerms,
  type TermLine,
} from '../../src/instalments/index.js';
import { amountAtScale, holidayEraIsoDate, knownCurrency } from '../arbitraries/index.js';

const sum = (values: readonly Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));

/** Due-date steps that never move a date backwards. */
const forwardStep: fc.Arbitrary<DueStep> = fc.oneof(
  fc.integer({ min: 0, max: 400 }).map((days) => ({ days })),
  fc.integer({ min: 0, max: 36 }).map((months) => ({ months })),
  fc.constant({ endOfMonth: true as const }),
  fc.integer({ min: 1, max: 31 }).map((nextDayOfMonth) => ({ nextDayOfMonth })),
  fc.integer({ min: 0, max: 6 }).map((weekday) => ({ weekday })),
  fc.integer({ min: 0, max: 60 }).map((businessDays) => ({ businessDays })),
);
const due = fc.record({
  from: fc.constantFrom('invoice', 'contract', 'delivery', 'acceptance', 'go_live'),
  steps: fc.array(forwardStep, { maxLength: 3 }),
});

/** Amount rules of 1–6 lines: percents that fit, fixed parts of the total, remainders, with or without a balance line. */
const amountRules = fc.oneof(
  // Percents of the total summing exactly to 100 (2 places), no balance line.
  fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 6 })
    .filter((ws) => ws.some((w) => w > 0))
    .map((ws) => allocate('100', ws, { currency: 'CNY' }).map((p) => ({ type: 'percent' as const, value: p.toString() }))),
  // Any percents of the total or the remainder within budget, then a balance line.
  fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.boolean()), { maxLength: 5 }).map((parts) => {
    // Basis points, scaled down so that percents of the total stay within 100.
    const total = parts.reduce((a, [bp]) => a + bp, 0);
    const fit = (bp: number) => (total > 10_000 ? Math.floor((bp * 10_000) / total) : bp);
    return [
      ...parts.map(([bp, remainder]) => ({ type: 'percent' as const, value: new Decimal(fit(bp)).div(100).toString(), ...(remainder ? { of: 'remainder' as const } : {}) })),
      { type: 'balance' as const },
    ];
  }),
);

/** Fixed amounts then a balance line: may exceed a small total, which must be `unbalanced`. */
const fixedRules = fc
  .array(amountAtScale(2, 100_000n).map((a) => a.replace('-', '')), { minLength: 1, maxLength: 4 })
  .map((values) => [...values.map((value) => ({ type: 'fixed' as const, value })), { type: 'percent' as const, value: 50, of: 'remainder' as const }, { type: 'balance' as const }]);

const termsOf = (rules: fc.Arbitrary<PaymentTerms['lines'][number]['amount'][]>): fc.Arbitrary<PaymentTerms> =>
  fc
    .tuple(rules, fc.array(due, { minLength: 6, maxLength: 6 }), fc.constantFrom('none', 'following', 'modified_following' as const), fc.constantFrom(WEEKENDS_ONLY, CHINA_MAINLAND))
    .map(([amounts, dues, roll, calendar]) => ({
      id: 'P',
      lines: amounts.map((amount, i): TermLine => ({ amount, due: dues[i]! })),
      roll,
      calendar,
    }));
const termsArb = termsOf(fc.oneof(amountRules, fixedRules));
const percentTermsArb = termsOf(amountRules);

const milestones = fc.record(
  { invoice: holidayEraIsoDate, contract: holidayEraIsoDate, delivery: holidayEraIsoDate, acceptance: holidayEraIsoDate },
  { requiredKeys: ['invoice'] },
);

describe('scheduleInstalments (properties)', () => {
  it('amounts sum exactly to the total, none negative, each due on or after its anchor', () => {
    fc.assert(
      fc.property(termsArb, knownCurrency.chain((c) => fc.tuple(fc.constant(c), amountAtScale(minorUnits(c), 10n ** 12n))), milestones, (terms, [currency, total], dates) => {
        const positive = total.replace('-', '');
        const fixed = sum(terms.lines.map((line) => new Decimal(line.amount.type === 'fixed' ? line.amount.value : 0)));
        const finer = terms.lines.some((line) => line.amount.type === 'fixed' && new Decimal(line.amount.value).decimalPlaces() > minorUnits(currency));
        const tooMuch = fixed.gt(positive) || finer;
        let plan;
        try {
          plan = scheduleInstalments(terms, { total: positive, currency, dates });
        } catch (error) {
          // Fixed lines above the total, or finer than the currency allows, are the caller's mistake.
          expect(tooMuch).toBe(true);
          expect((error as { code: string }).code).toMatch(/^(unbalanced|invalid_input)$/);
          return;
        }
        expect(tooMuch).toBe(false);
        expect(plan.instalments).toHaveLength(terms.lines.length);
        expect(sum(plan.instalments.map((i) => i.amount)).equals(positive)).toBe(true);
        for (const instalment of plan.instalments) {
          expect(instalment.amount.isNegative()).toBe(false);
          expect(instalment.amount.decimalPlaces()).toBeLessThanOrEqual(minorUnits(currency));
          if (instalment.anchor.date === null) {
            expect([instalment.dueDate, instalment.status]).toEqual([null, 'awaiting_milestone']);
          } else {
            expect(instalment.status).toBe('scheduled');
            if (terms.roll !== 'modified_following') expect(instalment.dueDate! >= instalment.anchor.date).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('each percent-of-total line is within one minor unit per line of its exact share', () => {
    fc.assert(
      fc.property(percentTermsArb, amountAtScale(2, 10n ** 12n), (terms, total) => {
        const positive = new Decimal(total).abs();
        const plan = scheduleInstalments(terms, { total: positive, currency: 'CNY', dates: { invoice: '2026-01-01' } });
        const n = terms.lines.length;
        plan.instalments.forEach((instalment, i) => {
          const rule = terms.lines[i]!.amount;
          if (rule.type === 'percent' && rule.of === undefined) {
            const exact = positive.times(rule.value).div(100);
            expect(instalment.amount.minus(exact).abs().lte(new Decimal('0.01').times(n))).toBe(true);
          }
        });
      }),
    );
  });
});

/** Instalments in CNY (and a few USD), with kinds and sometimes no due date; receipts against them. */
const book = fc
  .tuple(
    fc.array(
      fc.record({
        amount: amountAtScale(2, 100_000n),
        dueDate: fc.option(holidayEraIsoDate, { freq: 6 }),
        kind: fc.constantFrom<InstalmentKind>('principal', 'interest', 'fee'),
        currency: fc.constantFrom('CNY', 'CNY', 'CNY', 'USD'),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    fc.array(
      fc.record({
        date: holidayEraIsoDate,
        amount: amountAtScale(2, 200_000n).filter((a) => !a.startsWith('-') && a !== '0' && a !== '0.00'),
        currency: fc.constantFrom('CNY', 'CNY', 'USD', 'EUR'),
        name: fc.option(fc.nat(11), { freq: 3 }),
      }),
      { maxLength: 10 },
    ),
  )
  .map(([rows, cash]) => {
    const instalments = rows.map((row, i) => ({ id: `I${i}`, ...row, amount: row.amount.replace('-', '') }));
    const receipts = cash.map((row, i) => {
      const named = row.name === null ? undefined : instalments[row.name % instalments.length];
      return {
        id: `R${i}`,
        date: row.date,
        amount: row.amount,
        currency: named?.currency ?? row.currency,
        ...(named === undefined ? {} : { instalmentId: named.id }),
      };
    });
    return { instalments, receipts };
  });
const strategy = fc.constantFrom<ApplicationStrategy>('oldest_due_first', 'proportional', 'explicit_then_oldest');
const order = fc.option(fc.shuffledSubarray<InstalmentKind>(['fee', 'interest', 'principal']), { nil: undefined });

describe('applyReceipts (properties)', () => {
  it('allocations plus unapplied equal each receipt; outstanding is planned minus allocated, never negative', () => {
    fc.assert(
      fc.property(book, holidayEraIsoDate, strategy, order, ({ instalments, receipts }, asOf, s, o) => {
        const result = applyReceipts(instalments, receipts, { asOf, strategy: s, ...(o === undefined ? {} : { order: o }) });
        for (const receipt of receipts) {
          const applied = sum(result.allocations.filter((a) => a.receiptId === receipt.id).map((a) => a.amount));
          const left = sum(result.unapplied.filter((u) => u.receiptId === receipt.id).map((u) => u.amount));
          if (receipt.date > asOf) {
            expect(applied.isZero() && left.isZero()).toBe(true);
            expect(result.ignoredReceipts).toContain(receipt.id);
          } else {
            expect(applied.plus(left).equals(receipt.amount)).toBe(true);
          }
        }
        const byId = new Map(instalments.map((i) => [i.id, i]));
        for (const allocation of result.allocations) {
          expect(allocation.amount.isPositive() && !allocation.amount.isZero()).toBe(true);
          const receipt = receipts.find((r) => r.id === allocation.receiptId)!;
          expect(byId.get(allocation.instalmentId)!.currency).toBe(receipt.currency);
        }
        for (const position of result.instalments) {
          const allocated = sum(result.allocations.filter((a) => a.instalmentId === position.id).map((a) => a.amount));
          expect(position.outstanding.equals(position.amount.minus(allocated))).toBe(true);
          expect(position.outstanding.isNegative()).toBe(false);
          expect(position.paid.equals(allocated)).toBe(true);
        }
        // Money stays on account only when its currency's instalments are all paid.
        for (const u of result.unapplied) {
          expect(result.instalments.filter((i) => i.currency === u.currency).every((i) => i.outstanding.isZero())).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('oldest_due_first: splitting receipts (same dates) leaves the same outstanding', () => {
    fc.assert(
      fc.property(book, holidayEraIsoDate, fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 10, maxLength: 10 }), ({ instalments, receipts }, asOf, cuts) => {
        const split = receipts.flatMap((receipt, i) => {
          const { instalmentId: _ignored, ...plain } = receipt;
          const [a, b] = allocate(plain.amount, [cuts[i]!, 100 - cuts[i]!], { currency: 'CNY' });
          return [a!, b!].filter((part) => !part.isZero()).map((part, k) => ({ ...plain, id: `${plain.id}.${k}`, amount: part.toString() }));
        });
        const whole = applyReceipts(instalments, receipts.map(({ instalmentId: _ignored, ...plain }) => plain), { asOf });
        const parts = applyReceipts(instalments, split, { asOf });
        expect(parts.instalments.map((i) => i.outstanding.toString())).toEqual(whole.instalments.map((i) => i.outstanding.toString()));
        expect(parts.instalments.map((i) => i.settledOn)).toEqual(whole.instalments.map((i) => i.settledOn));
      }),
      { numRuns: 200 },
    );
  });

  it('comparePlanToActual: collected plus outstanding is planned, and the collection rate lies in [0, 1]', () => {
    fc.assert(
      fc.property(book, holidayEraIsoDate, strategy, ({ instalments, receipts }, asOf, s) => {
        const cny = instalments.filter((i) => i.currency === 'CNY');
        fc.pre(cny.length > 0);
        const result = applyReceipts(cny, receipts.filter((r) => r.currency === 'CNY'), { asOf, strategy: s });
        const report = comparePlanToActual({ instalments: cny }, result.allocations, { asOf });
        report.lines.forEach((line, i) => {
          expect(line.collected.plus(line.outstanding).equals(line.planned)).toBe(true);
          expect(line.outstanding.equals(result.instalments[i]!.outstanding)).toBe(true);
        });
        for (const rate of [report.collectionRate, report.onTimeRate]) {
          if (rate !== null) expect(rate.gte(0) && rate.lte(1)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('amortize and restructureBalance (properties)', () => {
  const loan = fc.record({
    principal: amountAtScale(2, 10n ** 11n).map((a) => a.replace('-', '')).filter((a) => new Decimal(a).gt(0)),
    annualRate: fc.integer({ min: 0, max: 3000 }).map((bp) => new Decimal(bp).div(10000).toString()),
    periods: fc.integer({ min: 1, max: 120 }),
    frequency: fc.constantFrom('monthly' as const, 'quarterly' as const, 'semiannual' as const, 'annual' as const),
    method: fc.constantFrom('annuity' as const, 'equal_principal' as const),
    firstDueDate: holidayEraIsoDate,
  });

  it('principal sums to the principal, the balance never rises and ends at zero', () => {
    fc.assert(
      fc.property(loan, (input) => {
        const s = amortize({ ...input, currency: 'CNY' });
        expect(s.rows).toHaveLength(input.periods);
        expect(sum(s.rows.map((r) => r.principal)).equals(input.principal)).toBe(true);
        let previous = new Decimal(input.principal);
        for (const row of s.rows) {
          expect(row.balance.lte(previous) && !row.balance.isNegative()).toBe(true);
          expect(row.payment.equals(row.principal.plus(row.interest))).toBe(true);
          expect(row.interest.isNegative()).toBe(false);
          previous = row.balance;
        }
        expect(s.rows.at(-1)!.balance.isZero()).toBe(true);
        for (let k = 1; k < s.rows.length; k++) expect(s.rows[k]!.dueDate > s.rows[k - 1]!.dueDate).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a restructured balance is repaid exactly, by count or by instalment size', () => {
    fc.assert(
      fc.property(
        loan,
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        fc.oneof(fc.record({ months: fc.integer({ min: 1, max: 6 }) }), fc.record({ days: fc.integer({ min: 1, max: 90 }) })),
        (input, k, bySize, every) => {
          const base = { outstanding: input.principal, currency: 'CNY', firstDueDate: input.firstDueDate, every, annualRate: input.annualRate };
          const periodRate = 'months' in every ? new Decimal(input.annualRate).times(every.months).div(12) : new Decimal(input.annualRate).times(every.days).div(365);
          const size = new Decimal(input.principal).times(new Decimal(1).div(k).plus(periodRate)).toDecimalPlaces(2, Decimal.ROUND_UP).plus('0.01');
          const plan = bySize ? restructureBalance({ ...base, instalmentAmount: size }) : restructureBalance({ ...base, count: k });
          if (!bySize) expect(plan.rows).toHaveLength(k);
          expect(sum(plan.rows.map((r) => r.principal)).equals(input.principal)).toBe(true);
          expect(plan.rows.at(-1)!.balance.isZero()).toBe(true);
          expect(plan.rows.every((r) => !r.principal.isNegative() && !r.balance.isNegative())).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
