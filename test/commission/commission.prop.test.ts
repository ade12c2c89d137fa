import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { calculateCommission, type CommissionPlan } from '../../src/commission/index.js';

const sum = (xs: readonly Decimal[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0));
const day = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const period = { from: '2026-01-01', to: '2026-12-31' };

const book = fc
  .array(
    fc.record({
      amount: fc.integer({ min: 1, max: 10_000_000 }),
      issue: fc.integer({ min: 0, max: 300 }),
      term: fc.integer({ min: 0, max: 90 }),
      paid: fc.array(fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: -20, max: 200 })), { maxLength: 3 }),
      category: fc.constantFrom('a', 'b'),
      rep: fc.constantFrom('li', 'wang'),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((rows) => {
    const receivables = rows.map((r, k) => ({
      id: `INV-${k}`,
      customerId: `C${k % 3}`,
      salesRepId: r.rep,
      category: r.category,
      currency: 'CNY',
      amount: new Decimal(r.amount).div(100).toFixed(2),
      margin: new Decimal(r.amount).div(400).toFixed(2),
      issueDate: day('2026-01-01', r.issue),
      dueDate: day('2026-01-01', r.issue + r.term),
    }));
    const allocations = rows.flatMap((r, k) =>
      r.paid.map(([percent, offset], j) => ({
        receiptId: `R${k}-${j}`,
        receivableId: `INV-${k}`,
        amount: new Decimal(r.amount).times(percent).div(100 * 100 * 3).toDecimalPlaces(2, Decimal.ROUND_DOWN).plus('0.01').toFixed(2),
        date: day(receivables[k]!.dueDate, offset),
      })),
    );
    return { receivables, allocations };
  });

const plans = fc.record({
  accrual: fc.constantFrom('on_collection' as const, 'on_invoice' as const, 'on_collection_paid_on_terminal' as const),
  rate: fc.oneof(
    fc.integer({ min: 0, max: 1000 }).map((bp) => ({ type: 'flat' as const, rate: new Decimal(bp).div(10000).toString() })),
    fc.constantFrom('marginal' as const, 'retroactive' as const).map((mode) => ({ type: 'tiered' as const, mode, tiers: [{ upTo: '50000', rate: '0.01' }, { upTo: '200000', rate: '0.02' }, { rate: '0.03' }] })),
  ),
  bands: fc.boolean(),
  override: fc.boolean(),
  cap: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
  holdback: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
}).map((r): CommissionPlan => ({
  id: 'P',
  version: 1,
  currency: 'CNY',
  basis: r.accrual === 'on_invoice' ? 'invoiced' : 'collected',
  accrual: r.accrual,
  rate: r.rate,
  ...(r.bands ? { timing: { bands: [{ maxDaysLate: 0, factor: 1 }, { maxDaysLate: 30, factor: '0.5' }] } } : {}),
  ...(r.override ? { overrides: [{ match: { category: 'b' }, rate: '0.05' }] } : {}),
  ...(r.cap === undefined ? {} : { cap: r.cap }),
  ...(r.holdback === undefined ? {} : { holdbackPercent: r.holdback }),
}));

describe('commission (properties)', () => {
  it('lines sum exactly to the statement totals', () => {
    fc.assert(
      fc.property(plans, book, (plan, b) => {
        const s = calculateCommission(plan, { period, salesRepId: 'li', ...b, terminalSales: [{ date: '2026-06-30', amount: '100000' }] });
        expect(sum(s.lines.map((l) => l.amount)).equals(s.payable)).toBe(true);
        expect(sum(s.lines.filter((l) => ['accrual', 'bonus', 'penalty'].includes(l.kind)).map((l) => l.amount)).equals(s.accrued)).toBe(true);
        expect(s.accrued.plus(s.adjustments).equals(s.payable)).toBe(true);
        expect(s.payable.isNegative()).toBe(false);
        for (const l of s.lines) expect(l.amount.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
    );
  });

  it('commission never falls when a receipt grows, and does not depend on input order', () => {
    fc.assert(
      fc.property(plans, book, fc.nat(), fc.integer({ min: 1, max: 100_000 }), (plan, b, pick, more) => {
        fc.pre(b.allocations.length > 0 && plan.accrual === 'on_collection' && plan.cap === undefined);
        const k = pick % b.allocations.length;
        const grown = b.allocations.map((a, j) => (j === k ? { ...a, amount: new Decimal(a.amount).plus(new Decimal(more).div(100)).toFixed(2) } : a));
        const before = calculateCommission(plan, { period, salesRepId: 'li', ...b });
        const after = calculateCommission(plan, { period, salesRepId: 'li', receivables: b.receivables, allocations: grown });
        expect(after.payable.gte(before.payable)).toBe(true);
        const shuffled = calculateCommission(plan, { period, salesRepId: 'li', receivables: [...b.receivables].reverse(), allocations: [...b.allocations].reverse() });
        expect(shuffled.payable.equals(before.payable)).toBe(true);
        expect(shuffled.lines.map((l) => l.amount.toString()).sort()).toEqual(before.lines.map((l) => l.amount.toString()).sort());
      }),
    );
  });

  it('is monotone in the gate metric, and a gate passes at its threshold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.constantFrom('void' as const, 'scale' as const), (min, x, y, effect) => {
        const plan: CommissionPlan = { id: 'G', version: 1, currency: 'CNY', basis: 'collected', accrual: 'on_collection', rate: { type: 'flat', rate: '0.03' }, gates: [{ metric: 'collection_rate', min: new Decimal(min).div(100).toString(), effect }] };
        const receivables = [{ id: 'I', customerId: 'C', currency: 'CNY', amount: '10000', issueDate: '2026-01-01', dueDate: '2026-02-01' }];
        const paying = (percent: number) => calculateCommission(plan, { period, salesRepId: 'li', receivables, allocations: percent === 0 ? [] : [{ receiptId: 'R', receivableId: 'I', amount: percent * 100, date: '2026-03-01' }] });
        const [lo, hi] = [Math.min(x, y), Math.max(x, y)];
        expect(paying(hi).payable.gte(paying(lo).payable)).toBe(true);
        expect(paying(min).gates[0]!.passed).toBe(true);
        if (min > 1) expect(paying(min - 1).gates[0]!.passed).toBe(false);
      }),
    );
  });

  it('clawback never takes back more than was paid, and split shares add up to the unsplit amount', () => {
    fc.assert(
      fc.property(book, fc.integer({ min: 1, max: 99 }), (b, share) => {
        const plan: CommissionPlan = { id: 'C', version: 1, currency: 'CNY', basis: 'collected', accrual: 'on_collection', rate: { type: 'flat', rate: '0.037' }, clawback: { on: ['write_off', 'refund'] } };
        const first = calculateCommission(plan, { period, salesRepId: 'li', ...b });
        const later = calculateCommission(plan, {
          period: { from: '2027-01-01', to: '2027-12-31' },
          salesRepId: 'li',
          receivables: b.receivables,
          allocations: [],
          writeOffs: b.receivables.map((r) => ({ receivableId: r.id, date: '2027-06-30' })),
          refunds: b.receivables.map((r) => ({ receivableId: r.id, date: '2027-07-31' })),
          priorStatements: [first],
        });
        for (const r of b.receivables) {
          const paid = sum(first.lines.filter((l) => l.receivableId === r.id).map((l) => l.amount));
          const back = sum(later.lines.filter((l) => l.receivableId === r.id).map((l) => l.amount)).negated();
          // Written off and then refunded: still never more, in all, than was paid.
          expect(back.lte(Decimal.max(paid, 0))).toBe(true);
        }
        const split = { ...plan, splits: [{ salesRepId: 'li', share }, { salesRepId: 'wang', share: 100 - share }] };
        const whole = calculateCommission({ ...plan }, { period, salesRepId: 'li', receivables: b.receivables.map((r) => ({ ...r, salesRepId: undefined })) as never, allocations: b.allocations });
        const li = calculateCommission(split, { period, salesRepId: 'li', ...b });
        const wang = calculateCommission(split, { period, salesRepId: 'wang', ...b });
        expect(li.payable.plus(wang.payable).equals(whole.payable)).toBe(true);
      }),
    );
  });
});
