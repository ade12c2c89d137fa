import { describe, expect, it } from 'vitest';
import { Decimal, HuikuanError } from '../../src/index.js';
import { DEFAULT_ESCALATION_POLICY, LATE_INTEREST_PRESETS, accrueLateInterest, escalationStatus, type EscalationPolicy, type LateInterestOptions } from '../../src/escalation/index.js';
import { thrown } from '../support/thrown.js';

type Item = Parameters<typeof accrueLateInterest>[0];
type Payments = Parameters<typeof accrueLateInterest>[1];
const invoice: Item = { currency: 'CNY', amount: '100000', dueDate: '2026-03-31' };
/** Segments as `from..to balance × days / yearDays @ rate = interest`, and the totals. */
const run = (item: Item, payments: Payments, options: LateInterestOptions) => {
  const r = accrueLateInterest(item, payments, options);
  return {
    segments: r.segments.map((s) => `${s.from}..${s.to} ${s.balance} × ${s.days}/${s.yearDays} @ ${s.rate} = ${s.interest}`),
    interest: r.interest.toString(),
    capped: r.capped,
    compensation: r.compensation.toString(),
    total: r.total.toString(),
  };
};
const daily = { rate: { daily: '0.0005' }, dayCount: 'act_365' } as const;

describe('accrueLateInterest: segments and payments', () => {
  it('runs simple interest on the balance, segment by segment, and keeps it owed after the principal is paid', () => {
    expect(
      run(invoice, [{ date: '2026-04-10', amount: '30000' }, { date: '2026-04-20', amount: '30000' }, { date: '2026-05-10', amount: '40000' }], {
        asOf: '2026-06-30',
        rate: { annual: '0.0365' },
        dayCount: 'act_365',
      }),
    ).toEqual({
      segments: [
        '2026-04-01..2026-04-09 100000 × 9/365 @ 0.0365 = 90',
        '2026-04-10..2026-04-19 70000 × 10/365 @ 0.0365 = 70',
        '2026-04-20..2026-05-09 40000 × 20/365 @ 0.0365 = 80',
      ],
      interest: '240',
      capped: false,
      compensation: '0',
      total: '240',
    });
  });

  it('runs to asOf included, from the day after the due date', () => {
    expect(run(invoice, [], { ...daily, asOf: '2026-04-01' }).segments).toEqual(['2026-04-01..2026-04-01 100000 × 1/365 @ 0.1825 = 50']);
    expect(run(invoice, [], { ...daily, asOf: '2026-03-31' })).toEqual({ segments: [], interest: '0', capped: false, compensation: '0', total: '0' });
  });

  it('adds up payments on one day, ignores those after asOf, and takes those before the start off the first balance', () => {
    const payments = [
      { date: '2026-03-20', amount: '10000' }, // before the due date
      { date: '2026-04-01', amount: '10000' }, // on the first day of interest
      { date: '2026-04-05', amount: '20000' },
      { date: '2026-04-05', amount: '30000' },
      { date: '2026-04-11', amount: '30000' }, // after asOf
    ];
    expect(run(invoice, payments, { ...daily, asOf: '2026-04-10' }).segments).toEqual([
      '2026-04-01..2026-04-04 80000 × 4/365 @ 0.1825 = 160',
      '2026-04-05..2026-04-10 30000 × 6/365 @ 0.1825 = 90',
    ]);
  });

  it('takes a payment on asOf off from that day', () => {
    expect(run(invoice, [{ date: '2026-04-10', amount: '40000' }], { ...daily, asOf: '2026-04-10' }).segments).toEqual([
      '2026-04-01..2026-04-09 100000 × 9/365 @ 0.1825 = 450',
      '2026-04-10..2026-04-10 60000 × 1/365 @ 0.1825 = 30',
    ]);
  });

  it('takes the payments in any order', () => {
    const inGrace = [{ date: '2026-04-20', amount: '1' }, { date: '2026-04-03', amount: '100000' }];
    expect(accrueLateInterest(invoice, inGrace, { ...daily, graceDays: 5, fixedCompensation: '40', asOf: '2026-04-30' }).total.toString()).toBe('0');
    const parts = [{ date: '2026-05-10', amount: '40000' }, { date: '2026-04-10', amount: '30000' }, { date: '2026-04-20', amount: '30000' }];
    expect(run(invoice, parts, { asOf: '2026-06-30', rate: { annual: '0.0365' }, dayCount: 'act_365' }).interest).toBe('240');
  });

  it('stops the segments when more than the balance is paid', () => {
    expect(run(invoice, [{ date: '2026-04-03', amount: '150000' }, { date: '2026-04-06', amount: '1' }], { ...daily, asOf: '2026-04-30' }).segments).toEqual([
      '2026-04-01..2026-04-02 100000 × 2/365 @ 0.1825 = 100',
    ]);
  });

  it('reads the payments from any iterable and does not mutate its input', () => {
    const payments = [{ date: '2026-04-10', amount: '40000' }];
    const before = JSON.stringify([invoice, payments, daily]);
    function* paid() {
      yield* payments;
    }
    expect(accrueLateInterest(invoice, paid(), { ...daily, asOf: '2026-04-30' }).total.toString()).toBe('1080'); // 9 × 50 + 21 × 30
    expect(JSON.stringify([invoice, payments, daily])).toBe(before);
  });
});

describe('accrueLateInterest: grace and startsOn', () => {
  const terms = { ...daily, graceDays: 5, fixedCompensation: '40' };
  it.each<[string, Payments, Partial<LateInterestOptions>, string]>([
    ['paid in full on the last day of grace', [{ date: '2026-04-05', amount: '100000' }], { asOf: '2026-06-30' }, '0'],
    ['paid in full in two parts within the grace', [{ date: '2026-04-02', amount: '40000' }, { date: '2026-04-05', amount: '60000' }], { asOf: '2026-06-30' }, '0'],
    ['paid in full a day after the grace', [{ date: '2026-04-06', amount: '100000' }], { asOf: '2026-06-30' }, '290'], // 5 × 50 + 40
    ['paid all but a cent within the grace', [{ date: '2026-04-05', amount: '99999.99' }], { asOf: '2026-04-06' }, '240'], // 4 × 50 on 100,000, then 0.01 for 2 days (0), + 40
    ['still in the grace', [], { asOf: '2026-04-05' }, '0'],
    ['the day after the grace', [], { asOf: '2026-04-06' }, '340'], // 6 × 50 + 40
    ['after the grace, from the day after it', [], { asOf: '2026-04-10', startsOn: 'after_grace' }, '290'], // 5 × 50 + 40
    ['after the grace, from the day after the due date', [], { asOf: '2026-04-10', startsOn: 'day_after_due' }, '540'], // 10 × 50 + 40
  ])('%s: %s', (_name, payments, patch, total) => {
    expect(accrueLateInterest(invoice, payments, { ...terms, asOf: '2026-06-30', ...patch }).total.toString()).toBe(total);
  });

  it('starts after the grace on the day after it', () => {
    const after = accrueLateInterest(invoice, [], { ...terms, asOf: '2026-04-10', startsOn: 'after_grace' });
    expect([after.segments[0]!.from, after.interest.toString(), after.total.toString()]).toEqual(['2026-04-06', '250', '290']);
    // With no grace, after_grace is the day after the due date.
    expect(accrueLateInterest(invoice, [], { ...daily, asOf: '2026-04-10', startsOn: 'after_grace' }).segments[0]!.from).toBe('2026-04-01');
  });

  it('takes a payment within the grace off the balance from its own day, once the grace is missed', () => {
    expect(run(invoice, [{ date: '2026-04-03', amount: '60000' }], { ...terms, asOf: '2026-04-10' }).segments).toEqual([
      '2026-04-01..2026-04-02 100000 × 2/365 @ 0.1825 = 100',
      '2026-04-03..2026-04-10 40000 × 8/365 @ 0.1825 = 160',
    ]);
    expect(run(invoice, [{ date: '2026-04-03', amount: '60000' }], { ...terms, asOf: '2026-04-10', startsOn: 'after_grace' }).segments).toEqual([
      '2026-04-06..2026-04-10 40000 × 5/365 @ 0.1825 = 100',
    ]);
  });

  it('carries a policy’s terms (the guide’s example)', () => {
    const policy: EscalationPolicy = { ...DEFAULT_ESCALATION_POLICY, id: 'WITH-INTEREST', lateInterest: { rate: { annual: '0.0365' }, dayCount: 'act_365', graceDays: 3 } };
    const item = { id: 'INV-5', customerId: 'C5', currency: 'CNY', amount: '50000', dueDate: '2026-09-30', payments: [{ date: '2026-10-20', amount: '20000' }] };
    expect(escalationStatus(item, { asOf: '2026-10-31', policy }).currentStep?.id).toBe('finance');
    expect(run(item, item.payments, { ...policy.lateInterest!, asOf: '2026-10-31' })).toMatchObject({
      segments: ['2026-10-01..2026-10-19 50000 × 19/365 @ 0.0365 = 95', '2026-10-20..2026-10-31 30000 × 12/365 @ 0.0365 = 36'],
      total: '131',
    });
  });
});

describe('accrueLateInterest: day counts', () => {
  const item: Item = { currency: 'CNY', amount: '100000', dueDate: '2027-12-15' };
  const asOf = '2028-01-14';
  it.each<[string, LateInterestOptions, string[], string]>([
    ['act/365', { asOf, rate: { annual: '0.0365' }, dayCount: 'act_365' }, ['2027-12-16..2028-01-14 100000 × 30/365 @ 0.0365 = 300'], '300'],
    ['act/360', { asOf, rate: { annual: '0.0365' }, dayCount: 'act_360' }, ['2027-12-16..2028-01-14 100000 × 30/360 @ 0.0365 = 304.17'], '304.17'],
    ['act/act', { asOf, rate: { annual: '0.0365' }, dayCount: 'act_act' }, ['2027-12-16..2027-12-31 100000 × 16/365 @ 0.0365 = 160', '2028-01-01..2028-01-14 100000 × 14/366 @ 0.0365 = 139.62'], '299.62'],
    ['a daily rate on act/360', { asOf, rate: { daily: '0.0001' }, dayCount: 'act_360' }, ['2027-12-16..2028-01-14 100000 × 30/365 @ 0.0365 = 300'], '300'],
    ['a daily rate on act/act', { asOf, rate: { daily: '0.0001' }, dayCount: 'act_act' }, ['2027-12-16..2027-12-31 100000 × 16/365 @ 0.0365 = 160', '2028-01-01..2028-01-14 100000 × 14/365 @ 0.0365 = 140'], '300'],
  ])('%s', (_name, options, segments, interest) => {
    const r = run(item, [], options);
    expect([r.segments, r.interest]).toEqual([segments, interest]);
  });

  it('splits act/act at every year end, each year over its own length', () => {
    const r = run({ currency: 'CNY', amount: '36600', dueDate: '2027-12-22' }, [], { asOf: '2029-01-10', rate: { annual: '0.1' }, dayCount: 'act_act' });
    expect(r.segments).toEqual([
      '2027-12-23..2027-12-31 36600 × 9/365 @ 0.1 = 90.25',
      '2028-01-01..2028-12-31 36600 × 366/366 @ 0.1 = 3660',
      '2029-01-01..2029-01-10 36600 × 10/365 @ 0.1 = 100.27',
    ]);
    // A segment that starts on 1 January is not split again.
    expect(run({ currency: 'CNY', amount: '36600', dueDate: '2027-12-31' }, [], { asOf: '2028-01-10', rate: { annual: '0.1' }, dayCount: 'act_act' }).segments).toEqual([
      '2028-01-01..2028-01-10 36600 × 10/366 @ 0.1 = 100',
    ]);
  });

  it('splits act/act at the year ends of the first millennium too', () => {
    // 998 and 999 are common years: 16 days of 998 and 14 of 999, each over 365.
    expect(run({ currency: 'CNY', amount: '36500', dueDate: '0998-12-15' }, [], { asOf: '0999-01-14', rate: { annual: '0.1' }, dayCount: 'act_act' }).segments).toEqual([
      '0998-12-16..0998-12-31 36500 × 16/365 @ 0.1 = 160',
      '0999-01-01..0999-01-14 36500 × 14/365 @ 0.1 = 140',
    ]);
  });

  it('divides by 365 on act/365 in a leap year too', () => {
    expect(run({ currency: 'CNY', amount: '36500', dueDate: '2028-01-31' }, [], { asOf: '2028-03-01', rate: { annual: '0.1' }, dayCount: 'act_365' }).segments).toEqual([
      '2028-02-01..2028-03-01 36500 × 30/365 @ 0.1 = 300',
    ]);
  });

  it('does not split at a year end on act/365', () => {
    expect(run({ currency: 'CNY', amount: '36500', dueDate: '2027-12-22' }, [], { asOf: '2028-01-10', rate: { annual: '0.1' }, dayCount: 'act_365' }).segments).toEqual([
      '2027-12-23..2028-01-10 36500 × 19/365 @ 0.1 = 190',
    ]);
  });
});

describe('accrueLateInterest: rate tables', () => {
  const item: Item = { currency: 'CNY', amount: '365000', dueDate: '2026-05-31' };
  it('splits at every row and payment (the guide’s example)', () => {
    const table = [{ from: '2026-01-01', annual: '0.06' }, { from: '2026-06-11', annual: '0.12' }];
    const r = run(item, [{ date: '2026-06-21', amount: '182500' }], { asOf: '2026-06-30', rate: { table }, dayCount: 'act_365' });
    expect([r.segments, r.interest]).toEqual([
      ['2026-06-01..2026-06-10 365000 × 10/365 @ 0.06 = 600', '2026-06-11..2026-06-20 365000 × 10/365 @ 0.12 = 1200', '2026-06-21..2026-06-30 182500 × 10/365 @ 0.12 = 600'],
      '2400',
    ]);
  });

  it('accepts a table starting on the first day of interest, and ignores rows after asOf', () => {
    const table = [{ from: '2026-06-01', annual: '0.1' }, { from: '2026-06-06', annual: '0.2' }, { from: '2026-07-01', annual: '5' }];
    expect(run(item, [], { asOf: '2026-06-10', rate: { table }, dayCount: 'act_365' }).segments).toEqual([
      '2026-06-01..2026-06-05 365000 × 5/365 @ 0.1 = 500',
      '2026-06-06..2026-06-10 365000 × 5/365 @ 0.2 = 1000',
    ]);
    expect(run(item, [{ date: '2026-06-06', amount: '182500' }], { asOf: '2026-06-10', rate: { table }, dayCount: 'act_365' }).segments).toEqual([
      '2026-06-01..2026-06-05 365000 × 5/365 @ 0.1 = 500',
      '2026-06-06..2026-06-10 182500 × 5/365 @ 0.2 = 500',
    ]);
  });

  it('takes a payment on the first day of interest off once, where a table row starts that day too', () => {
    const table = [{ from: '2026-06-01', annual: '0.1' }];
    expect(run(item, [{ date: '2026-06-01', amount: '100000' }], { asOf: '2026-06-10', rate: { table }, dayCount: 'act_365' }).segments).toEqual([
      '2026-06-01..2026-06-10 265000 × 10/365 @ 0.1 = 726.03',
    ]);
    // Likewise on act/act, where the first day of interest is 1 January.
    expect(run({ currency: 'CNY', amount: '36600', dueDate: '2027-12-31' }, [{ date: '2028-01-01', amount: '18300' }], { asOf: '2028-01-10', rate: { annual: '0.1' }, dayCount: 'act_act' }).segments).toEqual([
      '2028-01-01..2028-01-10 18300 × 10/366 @ 0.1 = 50',
    ]);
  });

  it('refuses a table that leaves the first day of interest without a rate', () => {
    const error = thrown(() => accrueLateInterest(item, [], { asOf: '2026-06-30', rate: { table: [{ from: '2026-06-11', annual: '0.12' }] }, dayCount: 'act_365' }));
    expect([error.code, error.issues]).toEqual([
      'invalid_input',
      [{ path: ['options', 'rate', 'table', 0, 'from'], message: 'must be on or before 2026-06-01, the first day of interest: no day may go without a rate' }],
    ]);
    // After the grace, the first day of interest is later.
    const late = thrown(() => accrueLateInterest(item, [], { asOf: '2026-06-30', rate: { table: [{ from: '2026-06-11', annual: '0.12' }] }, dayCount: 'act_365', graceDays: 9, startsOn: 'after_grace' }));
    expect(late.issues[0]!.message).toBe('must be on or before 2026-06-10, the first day of interest: no day may go without a rate');
    expect(accrueLateInterest(item, [], { asOf: '2026-06-30', rate: { table: [{ from: '2026-06-11', annual: '0.12' }] }, dayCount: 'act_365', graceDays: 10, startsOn: 'after_grace' }).interest.toString()).toBe('2400');
  });

  it('refuses such a table whatever the day, before the item is late and after it is paid (found in review)', () => {
    const options = { rate: { table: [{ from: '2026-06-11', annual: '0.12' }] }, dayCount: 'act_365' as const, graceDays: 5 };
    const message = 'must be on or before 2026-06-01, the first day of interest: no day may go without a rate';
    for (const asOf of ['2026-05-01', '2026-05-31', '2026-06-05', '2026-06-30']) {
      expect(thrown(() => accrueLateInterest(item, [], { ...options, asOf })).issues).toEqual([{ path: ['options', 'rate', 'table', 0, 'from'], message }]);
    }
    expect(thrown(() => accrueLateInterest(item, [{ date: '2026-06-03', amount: '365000' }], { ...options, asOf: '2026-06-30' })).issues[0]!.message).toBe(message);
  });

  it('builds the EU statutory rate by half-year from the reference rates (the guide’s example)', () => {
    const eu = LATE_INTEREST_PRESETS.EU_LATE_PAYMENT;
    const reference = [{ from: '2025-01-01', annual: '0.0315' }, { from: '2025-07-01', annual: '0.0215' }];
    const table = reference.map((r) => ({ from: r.from, annual: new Decimal(r.annual).plus(eu.referenceRateMargin!) }));
    const r = run({ currency: 'EUR', amount: '10000', dueDate: '2025-06-15' }, [], { asOf: '2025-07-31', rate: { table }, dayCount: eu.options.dayCount, fixedCompensation: eu.options.fixedCompensation! });
    expect(r).toEqual({
      segments: ['2025-06-16..2025-06-30 10000 × 15/365 @ 0.1115 = 45.82', '2025-07-01..2025-07-31 10000 × 31/365 @ 0.1015 = 86.21'],
      interest: '132.03',
      capped: false,
      compensation: '40',
      total: '172.03',
    });
  });
});

describe('accrueLateInterest: presets', () => {
  it('CN_SME_PAYMENT: 0.05% a day on what is left (the guide’s example)', () => {
    const cn = LATE_INTEREST_PRESETS.CN_SME_PAYMENT;
    const r = run(
      { currency: 'CNY', amount: '200000', dueDate: '2026-06-30' },
      [{ date: '2026-07-16', amount: '50000' }, { date: '2026-08-10', amount: '80000' }, { date: '2026-09-04', amount: '70000' }],
      { asOf: '2026-09-30', rate: cn.options.rate!, dayCount: cn.options.dayCount },
    );
    expect([r.segments, r.total]).toEqual([
      ['2026-07-01..2026-07-15 200000 × 15/365 @ 0.1825 = 1500', '2026-07-16..2026-08-09 150000 × 25/365 @ 0.1825 = 1875', '2026-08-10..2026-09-03 70000 × 25/365 @ 0.1825 = 875'],
      '4250',
    ]);
  });

  it('MONTHLY_1_5: 18% a year on act/365, or 1.5% per 30 days on act/360 (the guide’s example)', () => {
    const monthly = LATE_INTEREST_PRESETS.MONTHLY_1_5;
    const item = { currency: 'USD', amount: '25000', dueDate: '2026-01-31' };
    const paid = [{ date: '2026-03-17', amount: '25000' }];
    const late = accrueLateInterest(item, paid, { asOf: '2026-03-31', rate: monthly.options.rate!, dayCount: monthly.options.dayCount });
    expect([late.segments[0]!.days, late.total.toString()]).toEqual([44, '542.47']);
    expect(accrueLateInterest(item, paid, { asOf: '2026-03-31', rate: monthly.options.rate!, dayCount: 'act_360' }).total.toString()).toBe('550');
  });
});

describe('accrueLateInterest: rounding, cap and compensation', () => {
  it('rounds each segment half-up and adds the rounded figures', () => {
    const tiny = accrueLateInterest({ currency: 'CNY', amount: '100', dueDate: '2026-01-31' }, [{ date: '2026-02-02', amount: '1' }, { date: '2026-02-03', amount: '1' }], { asOf: '2026-02-03', rate: { annual: '0.1' }, dayCount: 'act_365' });
    expect([tiny.segments.map((s) => s.interest.toString()), tiny.interest.toString()]).toEqual([['0.03', '0.03', '0.03'], '0.09']);
    // 1,000 × 0.05% × 1 = 0.5 yen: half-up, 1; at scale 3 in an unknown currency, exact.
    expect(accrueLateInterest({ currency: 'JPY', amount: '1000', dueDate: '2026-01-31' }, [], { ...daily, asOf: '2026-02-01' }).interest.toString()).toBe('1');
    expect(accrueLateInterest({ currency: 'XAU', amount: '1', dueDate: '2026-01-31' }, [], { ...daily, asOf: '2026-02-03', scale: 4 }).interest.toString()).toBe('0.0015');
  });

  it('caps the interest, not the compensation, and says whether the cap bit', () => {
    const capped = accrueLateInterest(invoice, [], { ...daily, asOf: '2026-12-31', cap: '5000', fixedCompensation: '40' });
    expect([capped.segments[0]!.interest.toString(), capped.interest.toString(), capped.capped, capped.total.toString()]).toEqual(['13750', '5000', true, '5040']);
    const exact = accrueLateInterest(invoice, [], { ...daily, asOf: '2026-04-10', cap: '500' });
    expect([exact.interest.toString(), exact.capped]).toEqual(['500', false]); // 10 × 50, at the cap
    const under = accrueLateInterest(invoice, [], { ...daily, asOf: '2026-04-10', cap: '500.01' });
    expect([under.interest.toString(), under.capped]).toEqual(['500', false]);
    const zero = accrueLateInterest(invoice, [], { ...daily, asOf: '2026-04-10', cap: '0' });
    expect([zero.interest.toString(), zero.capped, zero.total.toString()]).toEqual(['0', true, '0']);
  });

  it('owes the compensation once late, and not before or when paid on time', () => {
    const terms = { ...daily, fixedCompensation: '40' };
    expect(accrueLateInterest(invoice, [], { ...terms, asOf: '2026-03-31' }).total.toString()).toBe('0');
    expect(accrueLateInterest(invoice, [{ date: '2026-03-31', amount: '100000' }], { ...terms, asOf: '2026-12-31' }).total.toString()).toBe('0');
    const zeroRate = accrueLateInterest(invoice, [], { rate: { annual: 0 }, dayCount: 'act_365', fixedCompensation: '40', asOf: '2026-04-30' });
    expect([zeroRate.interest.toString(), zeroRate.compensation.toString(), zeroRate.total.toString()]).toEqual(['0', '40', '40']);
    expect(accrueLateInterest(invoice, [], { ...terms, asOf: '2026-04-01' }).total.toString()).toBe('90');
  });
});

describe('accrueLateInterest: errors', () => {
  it.each<[string, Item, Payments, object, string, { path: (string | number)[]; message: string }[]]>([
    ['a daily rate above 0.1', invoice, [], { ...daily, rate: { daily: '0.2' } }, 'invalid_input', [{ path: ['options', 'rate', 'daily'], message: 'must be at most 0.1 (10% a day)' }]],
    ['a negative rate', invoice, [], { ...daily, rate: { annual: '-0.1' } }, 'invalid_input', [{ path: ['options', 'rate'], message: 'must be { annual }, { daily } or { table: [{ from, annual }] }' }]],
    ['an unknown day count', invoice, [], { ...daily, dayCount: '30_360' }, 'invalid_input', [{ path: ['options', 'dayCount'], message: 'Invalid option: expected one of "act_365"|"act_360"|"act_act"' }]],
    ['a scale of 13', invoice, [], { ...daily, scale: 13 }, 'invalid_input', [{ path: ['options', 'scale'], message: 'Too big: expected number to be <=12' }]],
    ['a zero amount', { ...invoice, amount: '0' }, [], daily, 'invalid_input', [{ path: ['item', 'amount'], message: 'must be positive' }]],
    ['a zero payment', invoice, [{ date: '2026-04-01', amount: '0' }], daily, 'invalid_input', [{ path: ['payments', 0, 'amount'], message: 'must be positive' }]],
    ['a malformed payment date', invoice, [{ date: '2026-04-31', amount: '1' }], daily, 'invalid_input', [{ path: ['payments', 0, 'date'], message: 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"' }]],
    ['an unknown currency', { ...invoice, currency: 'XYZ' }, [], daily, 'unsupported', [{ path: ['item', 'currency'], message: 'unknown currency: pass options.scale' }]],
  ])('refuses %s', (_name, item, payments, options, code, expected) => {
    const error = thrown(() => accrueLateInterest(item, payments, { asOf: '2026-04-30', ...options } as LateInterestOptions));
    expect([error.code, error.issues]).toEqual([code, expected]);
  });
});
