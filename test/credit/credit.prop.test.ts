import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import {
  FIVE_C_SCORECARD,
  assessPaymentBehaviour,
  checkOrder,
  creditLimit,
  scoreCredit,
  type CreditPolicy,
} from '../../src/credit/index.js';
import { holidayEraIsoDate } from '../arbitraries/index.js';

const GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C'];
const facts = fc.record({
  character: fc.constantFrom('excellent', 'good', 'fair', 'poor', 'bad', null),
  capacity: fc.integer({ min: 0, max: 400 }).map((x) => x / 100),
  capital: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
  collateral: fc.constantFrom('none', 'guarantee', 'pledge', 'bank_guarantee', 'letter_of_credit', null),
  conditions: fc.constantFrom('declining', 'stable', 'growing', null),
});
const severity = { approve: 0, review: 1, block: 2 } as const;

describe('credit (properties)', () => {
  it('a score never falls when one factor moves to a bin or category with more points', () => {
    fc.assert(
      fc.property(facts, facts, fc.constantFrom('character', 'capacity', 'capital', 'collateral', 'conditions'), (a, b, factor) => {
        const base = scoreCredit(FIVE_C_SCORECARD, a);
        const moved = scoreCredit(FIVE_C_SCORECARD, { ...a, [factor]: b[factor] });
        const before = base.contributions.find((c) => c.factor === factor)!.points;
        const after = moved.contributions.find((c) => c.factor === factor)!.points;
        if (after.gte(before)) expect(moved.score.gte(base.score)).toBe(true);
        else expect(moved.score.lt(base.score)).toBe(true);
      }),
    );
  });

  it('the grade is monotone in the score', () => {
    fc.assert(
      fc.property(facts, facts, (a, b) => {
        const [x, y] = [scoreCredit(FIVE_C_SCORECARD, a), scoreCredit(FIVE_C_SCORECARD, b)];
        if (x.score.lte(y.score)) expect(GRADES.indexOf(x.grade)).toBeGreaterThanOrEqual(GRADES.indexOf(y.grade));
      }),
    );
  });

  it('under a monotone policy a better grade never gets a lower limit or a shorter term', () => {
    const monotone = fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 7, maxLength: 7 }),
        fc.array(fc.integer({ min: 0, max: 180 }), { minLength: 7, maxLength: 7 }),
        fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
      )
      .map(([factors, terms, absolute]): CreditPolicy => {
        const f = [...factors].sort((x, y) => y - x);
        const t = [...terms].sort((x, y) => y - x);
        return {
          id: 'M',
          grades: Object.fromEntries(GRADES.map((g, i) => [g, { factor: new Decimal(f[i]!).div(100), maxTermDays: t[i]! }])),
          ...(absolute === undefined ? {} : { caps: { absolute } }),
        };
      });
    fc.assert(
      fc.property(monotone, fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: -1_000_000, max: 50_000_000 }), (policy, sales, netWorth) => {
        const results = GRADES.map((grade) =>
          creditLimit({ ...policy, caps: { ...policy.caps, percentOfNetWorth: 30 } }, { grade, currency: 'CNY', averageMonthlySales: sales, netWorth }),
        );
        for (let i = 1; i < results.length; i++) {
          expect(results[i - 1]!.limit.gte(results[i]!.limit)).toBe(true);
          expect(results[i - 1]!.termDays).toBeGreaterThanOrEqual(results[i]!.termDays);
          expect(results[i]!.limit.isNegative()).toBe(false);
        }
      }),
    );
  });

  it('more exposure never turns a block or a review into an approval', () => {
    fc.assert(
      fc.property(
        fc.record({
          order: fc.integer({ min: 0, max: 1_000_000 }),
          limit: fc.option(fc.integer({ min: 0, max: 2_000_000 })),
          exposure: fc.integer({ min: 0, max: 2_000_000 }),
          more: fc.integer({ min: 0, max: 1_000_000 }),
          days: fc.integer({ min: 0, max: 200 }),
          overdue: fc.integer({ min: 0, max: 200_000 }),
          level: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
          action: fc.constantFrom('block' as const, 'review' as const),
          tolerance: fc.integer({ min: 0, max: 30 }),
          grade: fc.constantFrom(...GRADES),
        }),
        (r) => {
          const input = {
            order: { amount: r.order },
            limit: r.limit,
            grade: r.grade,
            overdue: { amount: r.overdue, maxDaysPastDue: r.days },
            ...(r.level === undefined ? {} : { escalationLevel: r.level }),
            policy: {
              overLimit: { action: r.action, reviewTolerancePercent: r.tolerance },
              overdue: { maxDaysPastDue: 60, maxAmount: 100_000 },
              prepaymentGrades: ['C'],
              maxOrderWithoutLimit: 100_000,
              blockAtEscalationLevel: 5,
            },
          };
          const now = checkOrder({ ...input, exposure: r.exposure });
          const later = checkOrder({ ...input, exposure: r.exposure + r.more });
          expect(severity[later.decision]).toBeGreaterThanOrEqual(severity[now.decision]);
        },
      ),
    );
  });

  it('the payment index never rises with days late, and ignores the order of the history', () => {
    const day = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 300 }), fc.integer({ min: 0, max: 300 }), (days, more) => {
        const index = (d: number) => assessPaymentBehaviour([{ amount: '1', dueDate: '2026-01-31', paidDate: day('2026-01-31', d) }], { asOf: '2027-12-31', windowDays: 3650 }).index!;
        expect(index(days + more)).toBeLessThanOrEqual(index(days));
      }),
    );
    const record = fc.record({
      amount: fc.integer({ min: 1, max: 100_000 }),
      dueDate: holidayEraIsoDate,
      late: fc.option(fc.integer({ min: -30, max: 200 })),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), holidayEraIsoDate, (rows, asOf) => {
        const history = rows.map((r) => ({ amount: r.amount, dueDate: r.dueDate, paidDate: r.late === null ? null : day(r.dueDate, r.late) }));
        const a = assessPaymentBehaviour(history, { asOf });
        const b = assessPaymentBehaviour([...history].reverse(), { asOf });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        if (a.index !== null) expect(a.index >= 1 && a.index <= 100).toBe(true);
      }),
    );
  });
});
