import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYMENT_INDEX_TABLE, PaymentIndexTableSchema, assessPaymentBehaviour, type PaymentRecord } from '../../src/credit/index.js';
import { thrown } from '../support/thrown.js';

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const asOf = '2026-11-30';
/** The figures of a behaviour as strings, for one comparison. */
const figures = (history: Iterable<PaymentRecord>, options: Parameters<typeof assessPaymentBehaviour>[1] = { asOf }) => {
  const b = assessPaymentBehaviour(history, options);
  return {
    index: b.index,
    days: b.weightedDaysBeyondTerms?.toString() ?? null,
    onTime: b.onTimeRatio?.toString() ?? null,
    late: b.averageDaysLate?.toString() ?? null,
    openOverdue: b.openOverdueAmount.toString(),
    n: b.sampleSize,
  };
};

describe('DEFAULT_PAYMENT_INDEX_TABLE', () => {
  it('is the conventional table, frozen', () => {
    expect(DEFAULT_PAYMENT_INDEX_TABLE.map((p) => `${p.days}:${p.index}`)).toEqual(['-30:100', '-20:90', '0:80', '15:70', '22:60', '30:50', '60:40', '90:30', '120:20', '180:1']);
    expect(Object.isFrozen(DEFAULT_PAYMENT_INDEX_TABLE) && DEFAULT_PAYMENT_INDEX_TABLE.every(Object.isFrozen)).toBe(true);
  });
});

describe('assessPaymentBehaviour: the index', () => {
  const indexFor = (days: number, table?: { days: number; index: number }[]) =>
    assessPaymentBehaviour([{ amount: '100', dueDate: '2026-06-30', paidDate: addDays('2026-06-30', days) }], {
      asOf: '2027-12-31',
      windowDays: 3650,
      ...(table === undefined ? {} : { table }),
    }).index;

  it.each([
    [-40, 100], [-30, 100], [-25, 95], [-20, 90], [-10, 85], [-1, 81], [0, 80], [1, 79], [15, 70], [22, 60], [26, 55], [30, 50],
    [45, 45], [60, 40], [90, 30], [120, 20], [150, 11], [179, 1], [180, 1], [400, 1],
  ])('%i days beyond terms: index %i (interpolated, held at the ends)', (days, index) => {
    expect(indexFor(days)).toBe(index);
  });

  it('interpolates a table of its own, and holds its ends', () => {
    const table = [{ days: 0, index: 100 }, { days: 10, index: 1 }];
    // 5 days: 100 + 5 ÷ 10 × (1 − 100) = 50.5 → 51
    expect([-5, 0, 1, 5, 9, 10, 30].map((d) => indexFor(d, table))).toEqual([100, 100, 90, 51, 11, 1, 1]);
    const stepped = [{ days: -10, index: 90 }, { days: 10, index: 50 }, { days: 20, index: 50 }, { days: 40, index: 10 }];
    expect([-10, 0, 10, 15, 20, 30, 40].map((d) => indexFor(d, stepped))).toEqual([90, 70, 50, 50, 50, 30, 10]);
  });

  it('rounds the interpolated index half-up from the unrounded weighted days', () => {
    // 1 day late on 1 of 2 equal amounts: 0.5 days, 80 − 0.5 × 10 ÷ 15 = 79.67 → 80
    expect(figures([{ amount: 1, dueDate: '2026-11-01', paidDate: '2026-11-02' }, { amount: 1, dueDate: '2026-11-01', paidDate: '2026-11-01' }]).index).toBe(80);
    // 7.5 days: 80 − 7.5 × 10 ÷ 15 = 75 exactly; 0.75 days: 79.5 → 80 (half-up)
    expect(figures([{ amount: 1, dueDate: '2026-11-01', paidDate: '2026-11-16' }, { amount: 1, dueDate: '2026-11-01', paidDate: '2026-11-01' }]).index).toBe(75);
    expect(figures([{ amount: 1, dueDate: '2026-11-01', paidDate: '2026-11-04' }, { amount: 3, dueDate: '2026-11-01', paidDate: '2026-11-01' }]).index).toBe(80);
  });
});

describe('assessPaymentBehaviour: what is in the sample', () => {
  it('works the guide’s example: weighted by amount, open items late up to asOf, not-yet-due and old items left out', () => {
    expect(
      figures([
        { amount: '1000', dueDate: '2026-09-30', paidDate: '2026-09-30' },
        { amount: '3000', dueDate: '2026-10-31', paidDate: '2026-11-30' },
        { amount: '1000', dueDate: '2026-11-20', paidDate: null },
        { amount: '5000', dueDate: '2026-12-31', paidDate: null },
        { amount: '500', dueDate: '2026-12-31', paidDate: '2026-11-01' },
        { amount: '700', dueDate: null, paidDate: null },
        { amount: '900', dueDate: '2025-01-31', paidDate: '2025-03-31' },
      ]),
    ).toEqual({ index: 72, days: '12.73', onTime: '0.5', late: '10', openOverdue: '1000', n: 4 });
  });

  it.each<[string, PaymentRecord, { n: number; days: string | null; openOverdue: string }]>([
    ['paid, due on the first day of the window', { amount: 1, dueDate: addDays(asOf, -365), paidDate: addDays(asOf, -360) }, { n: 1, days: '5', openOverdue: '0' }],
    ['paid, due the day before the window', { amount: 1, dueDate: addDays(asOf, -366), paidDate: addDays(asOf, -360) }, { n: 0, days: null, openOverdue: '0' }],
    ['open, due the day before the window', { amount: 1, dueDate: addDays(asOf, -366), paidDate: null }, { n: 1, days: '366', openOverdue: '1' }],
    ['paid on asOf, due on asOf', { amount: 1, dueDate: asOf, paidDate: asOf }, { n: 1, days: '0', openOverdue: '0' }],
    ['open, due on asOf: not late yet', { amount: 1, dueDate: asOf, paidDate: null }, { n: 0, days: null, openOverdue: '0' }],
    ['open, due the day before asOf', { amount: 1, dueDate: addDays(asOf, -1), paidDate: null }, { n: 1, days: '1', openOverdue: '1' }],
    ['open, due after asOf', { amount: 1, dueDate: addDays(asOf, 1), paidDate: null }, { n: 0, days: null, openOverdue: '0' }],
    ['paid early, due after asOf', { amount: 1, dueDate: addDays(asOf, 10), paidDate: asOf }, { n: 1, days: '-10', openOverdue: '0' }],
    ['paid after asOf: still open on asOf', { amount: 1, dueDate: addDays(asOf, -4), paidDate: addDays(asOf, 1) }, { n: 1, days: '4', openOverdue: '1' }],
    ['paid after asOf, due after asOf', { amount: 1, dueDate: addDays(asOf, 3), paidDate: addDays(asOf, 1) }, { n: 0, days: null, openOverdue: '0' }],
    ['settledOn read as paidDate', { amount: 1, dueDate: addDays(asOf, -10), settledOn: addDays(asOf, -7) }, { n: 1, days: '3', openOverdue: '0' }],
    ['paidDate before settledOn', { amount: 1, dueDate: addDays(asOf, -10), paidDate: addDays(asOf, -8), settledOn: addDays(asOf, -2) }, { n: 1, days: '2', openOverdue: '0' }],
    ['a zero amount: skipped', { amount: 0, dueDate: addDays(asOf, -10), paidDate: null }, { n: 0, days: null, openOverdue: '0' }],
    ['open, with what is still outstanding', { amount: 300, outstanding: 120, dueDate: addDays(asOf, -10), settledOn: null }, { n: 1, days: '10', openOverdue: '120' }],
  ])('%s', (_name, record, expected) => {
    const f = figures([record]);
    expect({ n: f.n, days: f.days, openOverdue: f.openOverdue }).toEqual(expected);
  });

  it('takes the window from windowDays, both ends included', () => {
    const record = (daysBefore: number) => ({ amount: 1, dueDate: addDays(asOf, -daysBefore), paidDate: addDays(asOf, -daysBefore) });
    expect(figures([record(30), record(31)], { asOf, windowDays: 30 }).n).toBe(1);
    expect(figures([record(1), record(2)], { asOf, windowDays: 1 }).n).toBe(1);
    expect(figures([record(36_500)], { asOf, windowDays: 36_500 }).n).toBe(1);
  });

  it('counts on time as paid on or before the due date, and early as 0 days late', () => {
    const f = figures([
      { amount: 1, dueDate: '2026-11-10', paidDate: '2026-11-10' }, // on time
      { amount: 1, dueDate: '2026-11-10', paidDate: '2026-11-05' }, // early
      { amount: 1, dueDate: '2026-11-10', paidDate: '2026-11-11' }, // a day late
      { amount: 1, dueDate: '2026-11-10', paidDate: '2026-11-19' }, // 9 days late
    ]);
    // days (0 − 5 + 1 + 9) ÷ 4 = 1.25; late (0 + 0 + 1 + 9) ÷ 4 = 2.5; on time 2 of 4
    expect(f).toEqual({ index: 79, days: '1.25', onTime: '0.5', late: '2.5', openOverdue: '0', n: 4 });
  });

  it('rounds the ratios half-up: 4 places on time, 2 places days', () => {
    const onTimeOf = (n: number, late: number) =>
      figures(Array.from({ length: n }, (_, i) => ({ amount: 1, dueDate: '2026-11-10', paidDate: i < late ? '2026-11-11' : '2026-11-10' })));
    expect(onTimeOf(3, 2).onTime).toBe('0.3333');
    expect(onTimeOf(3, 1).onTime).toBe('0.6667');
    expect(onTimeOf(32, 31).onTime).toBe('0.0313'); // 1 ÷ 32 = 0.03125
    expect(onTimeOf(8, 1).late).toBe('0.13'); // 1 ÷ 8 = 0.125
    expect(onTimeOf(8, 1).days).toBe('0.13');
    // −0.125 days rounds half-up (away from zero) to −0.13
    expect(figures([{ amount: 1, dueDate: '2026-11-10', paidDate: '2026-11-09' }, { amount: 7, dueDate: '2026-11-10', paidDate: '2026-11-10' }]).days).toBe('-0.13');
  });

  it('has no index nor ratios without a sample, but still reports what is overdue', () => {
    expect(figures([])).toEqual({ index: null, days: null, onTime: null, late: null, openOverdue: '0', n: 0 });
    expect(figures([{ amount: 100, dueDate: '2024-01-31', paidDate: '2024-01-31' }], { asOf: '2026-03-31' })).toEqual({ index: null, days: null, onTime: null, late: null, openOverdue: '0', n: 0 });
    expect(figures([{ amount: 100, dueDate: '2024-01-31', paidDate: null }], { asOf: '2026-03-31' })).toMatchObject({ index: 1, n: 1, openOverdue: '100' });
  });

  it('reads any iterable, returns asOf as given and does not mutate its input', () => {
    const history = [{ amount: '100', dueDate: '2026-11-01', paidDate: '2026-11-16' }];
    const before = JSON.stringify(history);
    function* records() {
      yield* history;
    }
    const b = assessPaymentBehaviour(records(), { asOf });
    expect([b.asOf, b.index]).toEqual([asOf, 70]);
    expect(JSON.stringify(history)).toBe(before);
  });
});

describe('assessPaymentBehaviour: errors', () => {
  it.each<[string, unknown, unknown, { path: (string | number)[]; message: string }[]]>([
    ['a negative amount', [{ amount: '-1', dueDate: '2026-01-31', paidDate: null }], { asOf }, [{ path: ['history', 0, 'amount'], message: 'must not be negative' }]],
    ['a malformed due date', [{ amount: 1, dueDate: '2026-02-30' }], { asOf }, [{ path: ['history', 0, 'dueDate'], message: 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"' }]],
    ['a malformed asOf', [], { asOf: '30/11/2026' }, [{ path: ['options', 'asOf'], message: 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"' }]],
    ['a window of 0 days', [], { asOf, windowDays: 0 }, [{ path: ['options', 'windowDays'], message: 'Too small: expected number to be >=1' }]],
    ['a window of 36,501 days', [], { asOf, windowDays: 36_501 }, [{ path: ['options', 'windowDays'], message: 'Too big: expected number to be <=36500' }]],
    ['a table of one point', [], { asOf, table: [{ days: 0, index: 80 }] }, [{ path: ['options', 'table'], message: 'must hold at least two points' }]],
    ['a rising index', [], { asOf, table: [{ days: 0, index: 50 }, { days: 10, index: 60 }] }, [{ path: ['options', 'table', 1], message: 'days must rise and the index must not, from point to point' }]],
    ['days that repeat', [], { asOf, table: [{ days: 0, index: 80 }, { days: 0, index: 70 }] }, [{ path: ['options', 'table', 1], message: 'days must rise and the index must not, from point to point' }]],
    ['days that fall', [], { asOf, table: [{ days: 0, index: 80 }, { days: 10, index: 70 }, { days: 5, index: 60 }] }, [{ path: ['options', 'table', 2], message: 'days must rise and the index must not, from point to point' }]],
    ['an index above 100', [], { asOf, table: [{ days: 0, index: 101 }, { days: 10, index: 1 }] }, [{ path: ['options', 'table', 0, 'index'], message: 'Too big: expected number to be <=100' }]],
    ['days beyond 3,650', [], { asOf, table: [{ days: 0, index: 80 }, { days: 3651, index: 1 }] }, [{ path: ['options', 'table', 1, 'days'], message: 'Too big: expected number to be <=3650' }]],
  ])('refuses %s', (_name, history, options, expected) => {
    const error = thrown(() => assessPaymentBehaviour(history as PaymentRecord[], options as { asOf: string }));
    expect([error.code, error.issues]).toEqual(['invalid_input', expected]);
  });

  it('refuses a history that is not iterable', () => {
    expect(thrown(() => assessPaymentBehaviour(42 as never, { asOf })).code).toBe('invalid_input');
  });

  it('reports a table out of order as a custom zod issue at the point', () => {
    const result = PaymentIndexTableSchema.safeParse([{ days: 0, index: 80 }, { days: 10, index: 70 }, { days: 5, index: 60 }]);
    expect(result.success ? [] : result.error.issues).toEqual([{ code: 'custom', path: [2], message: 'days must rise and the index must not, from point to point' }]);
  });

  it('accepts a table whose index stays level', () => {
    expect(PaymentIndexTableSchema.safeParse([{ days: 0, index: 80 }, { days: 10, index: 80 }, { days: 20, index: 1 }]).success).toBe(true);
  });
});
