import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINA_MAINLAND, WEEKENDS_ONLY } from '../../src/calendar/index.js';
import { Decimal } from '../../src/index.js';
import { DEFAULT_ESCALATION_POLICY, accrueLateInterest, buildWorklist, escalationStatus, planEscalation, type EscalationPolicy } from '../../src/escalation/index.js';
import { holidayEraIsoDate } from '../arbitraries/index.js';

const day = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const policy = fc.constantFrom<EscalationPolicy>(DEFAULT_ESCALATION_POLICY, { ...DEFAULT_ESCALATION_POLICY, dayBasis: 'business' });
const calendar = fc.constantFrom(WEEKENDS_ONLY, CHINA_MAINLAND);

describe('escalation (properties)', () => {
  it('steps are dated in order', () => {
    fc.assert(
      fc.property(holidayEraIsoDate, policy, calendar, (due, p, cal) => {
        const dates = planEscalation({ dueDate: due }, p, { calendar: cal }).map((s) => s.date);
        expect([...dates].sort()).toEqual(dates);
      }),
    );
  });

  it('without payments, promises or disputes the step reached never goes back as asOf moves on', () => {
    fc.assert(
      fc.property(holidayEraIsoDate, fc.integer({ min: -10, max: 150 }), fc.integer({ min: 0, max: 60 }), policy, (due, offset, later, p) => {
        const item = { id: 'I', customerId: 'C', currency: 'CNY', amount: '100', dueDate: due };
        const reached = (asOf: string) => escalationStatus(item, { asOf, policy: p }).stepsReached.length;
        const asOf = day(due, offset);
        expect(reached(day(asOf, later))).toBeGreaterThanOrEqual(reached(asOf));
      }),
    );
  });

  it('paid, disputed and promised items never appear in a worklist', () => {
    const item = fc.record({
      customerId: fc.constantFrom('C1', 'C2', 'C3'),
      dueDate: holidayEraIsoDate,
      amount: fc.integer({ min: 1, max: 100_000 }),
      paidOff: fc.boolean(),
      disputed: fc.boolean(),
      promised: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 15 }), holidayEraIsoDate, (rows, asOf) => {
        const items = rows.map((r, i) => ({
          id: `I${i}`,
          customerId: r.customerId,
          currency: 'CNY',
          amount: r.amount,
          dueDate: r.dueDate,
          payments: r.paidOff ? [{ date: r.dueDate, amount: r.amount }] : [],
          disputes: r.disputed ? [{ openedOn: r.dueDate }] : [],
          promises: r.promised ? [{ madeOn: r.dueDate, promisedDate: day(asOf > r.dueDate ? asOf : r.dueDate, 10) }] : [],
        }));
        const listed = new Set(buildWorklist(items, { asOf, policy: DEFAULT_ESCALATION_POLICY }).actions.flatMap((a) => a.items.map((i) => i.itemId)));
        items.forEach((it, i) => {
          const r = rows[i]!;
          const excluded = (r.paidOff && r.dueDate <= asOf) || (r.disputed && r.dueDate <= asOf) || (r.promised && r.dueDate <= asOf);
          if (excluded) expect(listed.has(it.id)).toBe(false);
        });
      }),
    );
  });

  it('interest is never negative, zero when paid by the due date plus grace, and grows with time and rate', () => {
    fc.assert(
      fc.property(
        holidayEraIsoDate,
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.tuple(fc.integer({ min: -30, max: 200 }), fc.integer({ min: 1, max: 5_000_000 })), { maxLength: 4 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 10 }),
        fc.constantFrom('act_365' as const, 'act_360' as const, 'act_act' as const),
        (due, amount, pays, horizon, more, grace, dayCount) => {
          const item = { currency: 'CNY', amount, dueDate: due };
          const payments = pays.map(([d, a]) => ({ date: day(due, d), amount: a }));
          const run = (asOf: string, annual: string) => accrueLateInterest(item, payments, { asOf, rate: { annual }, dayCount, graceDays: grace });
          const a = run(day(due, horizon), '0.1');
          expect(a.interest.isNegative()).toBe(false);
          expect(a.segments.reduce((s, x) => s.plus(x.interest), new Decimal(0)).equals(a.interest)).toBe(true);
          expect(run(day(due, horizon + more), '0.1').interest.gte(a.interest)).toBe(true);
          expect(run(day(due, horizon), '0.2').interest.gte(a.interest)).toBe(true);
          const paidInTime = accrueLateInterest(item, [{ date: day(due, grace), amount }], { asOf: day(due, grace + horizon), rate: { annual: '0.5' }, dayCount, graceDays: grace, fixedCompensation: '40' });
          expect(paidInTime.total.isZero()).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
