import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import {
  PROVISION_PRESETS,
  ageReceivables,
  averageDaysDelinquent,
  buildProvisionMatrix,
  collectionEffectivenessIndex,
  collectionRate,
  countbackDso,
  daysSalesOutstanding,
  provisionByAgeing,
  type AgeingBuckets,
} from '../../src/ageing/index.js';

describe('DSO, countback DSO, CEI, ADD (formulas checked by hand)', () => {
  it.each([
    [{ receivables: '1500000', creditSales: '4500000', days: 90 }, '30'],
    [{ receivables: '1000000', creditSales: '3000000', days: 91 }, '30.33'], // 30.333…
    [{ receivables: '0', creditSales: '100', days: 30 }, '0'],
  ])('DSO %j = %s', (input, expected) => {
    const result = daysSalesOutstanding(input);
    expect(result.value.toString()).toBe(expected);
    expect(result.explanation).toContain('÷ credit sales');
  });

  it.each([
    // 30 + 400,000 ÷ 800,000 × 31
    [{ receivables: '1000000', periods: [{ sales: '600000', days: 30 }, { sales: '800000', days: 31 }] }, '45.5', 2, false],
    [{ receivables: '300000', periods: [{ sales: '600000', days: 30 }] }, '15', 1, false],
    [{ receivables: '600000', periods: [{ sales: '600000', days: 30 }, { sales: '1', days: 31 }] }, '30', 1, false],
    [{ receivables: '2000000', periods: [{ sales: '600000', days: 30 }, { sales: '800000', days: 31 }] }, '61', 2, true],
  ])('countback DSO %j = %s', (input, expected, used, exhausted) => {
    const result = countbackDso(input);
    expect([result.value.toString(), result.periodsUsed, result.exhausted]).toEqual([expected, used, exhausted]);
  });

  it('CEI = (B + S − E) ÷ (B + S − E_current) × 100', () => {
    expect(collectionEffectivenessIndex({ beginning: '500000', sales: '1000000', ending: '600000', endingCurrent: '400000' }).value?.toString()).toBe('81.82');
    expect(collectionEffectivenessIndex({ beginning: '100', sales: '0', ending: '0', endingCurrent: '0' }).value?.toString()).toBe('100');
    expect(collectionEffectivenessIndex({ beginning: '0', sales: '0', ending: '0', endingCurrent: '0' }).value).toBeNull();
    expect(() => collectionEffectivenessIndex({ beginning: '0', sales: '0', ending: '10', endingCurrent: '5' })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('ending must not exceed beginning + sales') }),
    );
    expect(() => collectionEffectivenessIndex({ beginning: '1', sales: '1', ending: '1', endingCurrent: '2' })).toThrowError(
      expect.objectContaining({ message: expect.stringContaining('endingCurrent must not exceed ending') }),
    );
  });

  it('ADD = DSO − best possible DSO', () => {
    const result = averageDaysDelinquent({ receivables: '1500000', currentReceivables: '900000', creditSales: '4500000', days: 90 });
    expect([result.value.toString(), result.dso.toString(), result.bestPossibleDso.toString()]).toEqual(['12', '30', '18']);
  });

  it.each([
    [daysSalesOutstanding, { receivables: '1', creditSales: '0', days: 30 }, 'input.creditSales: must be positive'],
    [daysSalesOutstanding, { receivables: '-1', creditSales: '1', days: 30 }, 'input.receivables: must not be negative'],
    [daysSalesOutstanding, { receivables: '1', creditSales: '1', days: 0 }, 'input.days'],
    [countbackDso, { receivables: '1', periods: [] }, 'input.periods'],
    [averageDaysDelinquent, { receivables: '1', currentReceivables: '2', creditSales: '1', days: 30 }, 'currentReceivables must not exceed receivables'],
  ] as const)('%#: rejects bad input', (fn, input, message) => {
    expect(() => (fn as (x: unknown) => unknown)(input)).toThrowError(expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }));
  });
});

describe('collectionRate (回款率)', () => {
  it('counts what was overdue at the start and what fell due in the period', () => {
    const result = collectionRate(
      [
        // overdue at the start: 600 − 100 paid before = 500 open, 300 paid in the period
        { id: 'A', currency: 'CNY', amount: '600', dueDate: '2026-02-15', allocations: [{ date: '2026-02-20', amount: '100' }, { date: '2026-03-10', amount: '300' }] },
        // falls due in the period: 400 open, 100 paid in the period
        { id: 'B', currency: 'CNY', amount: '400', dueDate: '2026-03-20', allocations: [{ date: '2026-03-25', amount: '100' }] },
        // due after the period: a prepayment, not counted
        { id: 'C', currency: 'CNY', amount: '999', dueDate: '2026-04-30', allocations: [{ date: '2026-03-05', amount: '50' }] },
        // paid after the period: not counted
        { id: 'D', currency: 'CNY', amount: '100', dueDate: '2026-03-31', allocations: [{ date: '2026-04-01', amount: '100' }] },
      ],
      { from: '2026-03-01', to: '2026-03-31' },
    );
    // (300 + 100) ÷ (500 + 400 + 100) = 0.4
    expect([result.value?.toString(), result.collected.toString(), result.overdueAtStart.toString(), result.fallingDue.toString(), result.collectedAhead.toString()]).toEqual(['0.4', '400', '500', '500', '50']);
  });

  it('counts nothing collectible on an item overpaid before the period (found in review)', () => {
    const result = collectionRate(
      [
        { id: 'over', currency: 'CNY', amount: '100', dueDate: '2026-02-01', allocations: [{ date: '2026-02-01', amount: '150' }] },
        { id: 'due', currency: 'CNY', amount: '100', dueDate: '2026-03-15', allocations: [{ date: '2026-03-20', amount: '50' }] },
      ],
      { from: '2026-03-01', to: '2026-03-31' },
    );
    expect([result.value?.toString(), result.overdueAtStart.toString()]).toEqual(['0.5', '0']);
  });

  it('is null when nothing was collectible, and refuses mixed currencies', () => {
    expect(collectionRate([{ id: 'A', currency: 'CNY', amount: '1', dueDate: '2026-09-30' }], { from: '2026-03-01', to: '2026-03-31' }).value).toBeNull();
    expect(() =>
      collectionRate(
        [
          { id: 'A', currency: 'CNY', amount: '1', dueDate: '2026-03-30' },
          { id: 'B', currency: 'USD', amount: '1', dueDate: '2026-03-30' },
        ],
        { from: '2026-03-01', to: '2026-03-31' },
      ),
    ).toThrowError(expect.objectContaining({ code: 'currency_mismatch' }));
    expect(() => collectionRate([], { from: '2026-03-01', to: '2026-02-01' })).toThrowError(expect.objectContaining({ message: expect.stringContaining('from must not be after to') }));
    expect(() => collectionRate([], { from: '2026-03-01', to: '2026-03-31' })).toThrowError(expect.objectContaining({ message: expect.stringContaining('at least one item') }));
  });
});

describe('provisions', () => {
  const asOf = '2026-03-31';
  const item = (id: string, issueDate: string, amount: string, customerId = 'C1') => ({ id, customerId, currency: 'CNY', amount, issueDate, dueDate: issueDate });

  it('provides by the Chinese annual-band preset', () => {
    const preset = PROVISION_PRESETS.CN_ANNUAL_BANDS;
    const report = ageReceivables(
      [item('a', '2026-01-10', '1000.10'), item('b', '2025-01-10', '500'), item('c', '2023-06-30', '333.33'), item('d', '2020-01-01', '80', 'C2'), item('e', '2026-02-01', '-50')],
      { asOf, buckets: preset.buckets },
    );
    const provision = provisionByAgeing(report, preset.rates);
    const c1 = provision.groups[0]!;
    // 950.10 × 5% = 47.505 → 47.51; 500 × 10% = 50 (a year and 80 days); 333.33 × 30% = 99.999 → 100.00
    expect(c1.lines.map((l) => [l.bucket, l.balance.toString(), l.rate.toString(), l.provision.toString()])).toEqual([
      ['y0_1', '950.1', '0.05', '47.51'],
      ['y1_2', '500', '0.1', '50'],
      ['y2_3', '333.33', '0.3', '100'],
      ['y3_4', '0', '0.5', '0'],
      ['y4_5', '0', '0.8', '0'],
      ['over_5', '0', '1', '0'],
    ]);
    expect([c1.balance.toString(), c1.provision.toString()]).toEqual(['1783.43', '197.51']);
    expect(provision.groups[1]!.provision.toString()).toBe('80');
    expect(provision.totals.CNY!.provision.toString()).toBe('277.51');
    expect(provision.totals.CNY!.byBucket.over_5!.provision.toString()).toBe('80');
  });

  it('gives a credit balance no provision', () => {
    const report = ageReceivables([item('cn', '2020-01-01', '-100')], { asOf, buckets: PROVISION_PRESETS.CN_ANNUAL_BANDS.buckets });
    expect(provisionByAgeing(report, PROVISION_PRESETS.CN_ANNUAL_BANDS.rates).totals.CNY!.provision.toString()).toBe('0');
  });

  it('needs a rate for every bucket and nothing else', () => {
    const report = ageReceivables([item('a', '2026-01-10', '1')], { asOf });
    expect(() => provisionByAgeing(report, { not_due: '0.01' })).toThrowError(expect.objectContaining({ message: expect.stringContaining('rates.1_30: is missing') }));
    expect(() => provisionByAgeing(report, { ...PROVISION_PRESETS.CN_ANNUAL_BANDS.rates })).toThrowError(
      expect.objectContaining({ issues: expect.arrayContaining([{ path: ['rates', 'y0_1'], message: 'is not a bucket of the report' }]) }),
    );
    const rates = { not_due: '0.01', '1_30': '0.03', '31_60': '0.1', '61_90': '0.2', '91_180': '0.5', '181_365': '0.8', over_365: '1.5' };
    expect(() => provisionByAgeing(report, rates)).toThrowError(expect.objectContaining({ message: expect.stringContaining('rates.over_365: must be at most 1') }));
  });
});

describe('buildProvisionMatrix', () => {
  const buckets: AgeingBuckets = {
    basis: 'due_date',
    buckets: [{ key: 'current', maxDays: 0 }, { key: 'd30', minDays: 1, maxDays: 30 }, { key: 'd60', minDays: 31, maxDays: 60 }, { key: 'd90', minDays: 61 }],
  };
  const history = [
    { period: '2026-01', balances: { current: '1000', d30: '200', d60: '80', d90: '40' } },
    { period: '2026-02', balances: { current: '1200', d30: '100', d60: '50', d90: '30' }, writeOffs: { d90: '10' } },
    { period: '2026-03', balances: { current: '1100', d30: '300', d60: '20', d90: '25' } },
  ];

  it('derives loss rates from roll rates (balance-weighted), the last bucket at 100%', () => {
    const matrix = buildProvisionMatrix(history, { buckets });
    // current→d30: (100 + 300) ÷ (1000 + 1200) = 0.181818…; d30→d60: (50 + 20) ÷ (200 + 100) = 0.233333…;
    // d60→d90: (30 + 10 written off + 25) ÷ (80 + 50) = 0.5
    expect(matrix.rollRates.map((r) => [r.from, r.to, r.rate.toString()])).toEqual([
      ['current', 'd30', '0.181818'],
      ['d30', 'd60', '0.233333'],
      ['d60', 'd90', '0.5'],
    ]);
    // loss(d60) = 0.5; loss(d30) = 0.2333… × 0.5 = 0.116667; loss(current) = 0.181818… × 0.116666… = 0.021212
    expect(Object.fromEntries(Object.entries(matrix.lossRates).map(([k, v]) => [k, v.toString()]))).toEqual({
      current: '0.021212',
      d30: '0.116667',
      d60: '0.5',
      d90: '1',
    });
    expect(matrix.explanation).toEqual([
      'current: roll rate 0.181818 × 0.116667 onward = 0.021212',
      'd30: roll rate 0.233333 × 0.5 onward = 0.116667',
      'd60: roll rate 0.5 × 1 onward = 0.5',
      'd90: last bucket, 1',
    ]);
  });

  it('averages simply when asked, and applies a forward-looking factor within [0, 1]', () => {
    const simple = buildProvisionMatrix(history, { buckets, average: 'simple' });
    // current→d30: (100/1000 + 300/1200) ÷ 2 = 0.175
    expect(simple.rollRates[0]!.rate.toString()).toBe('0.175');
    const worse = buildProvisionMatrix(history, { buckets, forwardLooking: '0.2' });
    expect([worse.lossRates.d60!.toString(), worse.lossRates.d90!.toString()]).toEqual(['0.6', '1']);
    expect(worse.explanation[2]).toBe('d60: roll rate 0.5 × 1 onward = 0.5; × (1 + 0.2) = 0.6');
    const better = buildProvisionMatrix(history, { buckets, forwardLooking: '-0.1' });
    expect([better.lossRates.d60!.toString(), better.lossRates.d90!.toString()]).toEqual(['0.45', '1']); // the last bucket stays at 100%
  });

  it('explains each loss rate with figures that multiply out as printed (found in review)', () => {
    const b4: AgeingBuckets = { basis: 'due_date', buckets: [{ key: 'a', maxDays: 0 }, { key: 'b', minDays: 1, maxDays: 30 }, { key: 'c', minDays: 31, maxDays: 60 }, { key: 'd', minDays: 61 }] };
    const matrix = buildProvisionMatrix(
      [
        { period: '2026-01', balances: { a: '7000', b: '7000', c: '7000' } },
        { period: '2026-02', balances: { b: '1000', c: '1000', d: '5730' } },
      ],
      { buckets: b4 },
    );
    for (const line of matrix.explanation.slice(0, -1)) {
      const [, roll, onward, result] = /roll rate ([\d.]+) × ([\d.]+) onward = ([\d.]+)/.exec(line)!;
      expect(new Decimal(roll!).times(onward!).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toString()).toBe(result);
    }
  });

  it('derives loss rates from cohorts: losses ÷ balances', () => {
    const matrix = buildProvisionMatrix(
      [
        { period: '2024-12', balances: { current: '1000', d30: '100', d60: '50', d90: '20' }, losses: { current: '10', d30: '5', d60: '10', d90: '12' } },
        { period: '2025-12', balances: { current: '3000', d30: '100', d60: '50', d90: '30' }, losses: { current: '30', d30: '15', d60: '20', d90: '18' } },
      ],
      { buckets, method: 'cohort' },
    );
    expect(Object.values(matrix.lossRates).map(String)).toEqual(['0.01', '0.1', '0.3', '0.6']);
    expect(matrix.rollRates).toEqual([]);
  });

  it('feeds provisionByAgeing directly', () => {
    const matrix = buildProvisionMatrix(history, { buckets });
    const report = ageReceivables([{ id: 'a', customerId: 'C', currency: 'CNY', amount: '1000', issueDate: '2026-01-01', dueDate: '2026-03-15' }], { asOf: '2026-03-31', buckets });
    expect(provisionByAgeing(report, matrix.lossRates).totals.CNY!.provision.toString()).toBe('116.67');
  });

  it.each([
    [[history[0]], {}, 'needs at least two period ends'],
    [[{ period: 'x', balances: { overdue: '1' } }, history[1]], {}, 'history[0].balances.overdue: is not a bucket key'],
    [history, { method: 'cohort' }, 'history[0].losses: is required by the cohort method'],
    [history, { forwardLooking: '-2' }, 'options.forwardLooking'],
    [[history[0], { ...history[1], writeOffs: { current: '5' } }], {}, 'history[1].writeOffs.current: nothing rolls into the first bucket'],
  ] as const)('%#: rejects bad input', (h, options, message) => {
    expect(() => buildProvisionMatrix(h as never, { buckets, ...options } as never)).toThrowError(expect.objectContaining({ code: 'invalid_input', message: expect.stringContaining(message) }));
  });
});

describe('KPI explanations: the formula with the figures filled in (the guide’s examples)', () => {
  it('DSO', () => {
    expect(daysSalesOutstanding({ receivables: '1500000', creditSales: '4500000', days: 90 }).explanation).toBe('DSO = receivables 1500000 ÷ credit sales 4500000 × 90 days = 30.00');
  });

  it.each([
    [{ receivables: '1000000', periods: [{ sales: '600000', days: 30 }, { sales: '800000', days: 31 }] }, 'countback DSO = 30 + 400000 ÷ 800000 × 31 = 45.50'],
    [{ receivables: '2000000', periods: [{ sales: '600000', days: 30 }, { sales: '800000', days: 31 }] }, 'countback DSO = 30 + 31 = 61.00 (history exhausted with 600000 still unexplained: at least this)'],
    [{ receivables: '0', periods: [{ sales: '600000', days: 30 }] }, 'countback DSO = 0 = 0.00'],
    [{ receivables: '150000', periods: [{ sales: '150000', days: 30 }, { sales: '100000', days: 30 }] }, 'countback DSO = 30 = 30.00'],
  ])('countback DSO %j', (input, explanation) => {
    expect(countbackDso(input).explanation).toBe(explanation);
  });

  it('countback DSO uses no period for nothing receivable, and every period when exhausted', () => {
    expect([countbackDso({ receivables: '0', periods: [{ sales: '1', days: 30 }] }).periodsUsed, countbackDso({ receivables: '0', periods: [{ sales: '1', days: 30 }] }).exhausted]).toEqual([0, false]);
  });

  it('CEI, and CEI with nothing collectible', () => {
    expect(collectionEffectivenessIndex({ beginning: '500000', sales: '1000000', ending: '600000', endingCurrent: '400000' }).explanation).toBe(
      'CEI = (B 500000 + S 1000000 − E 600000) ÷ (B + S − E_current 400000) × 100 = 81.82',
    );
    expect(collectionEffectivenessIndex({ beginning: '0', sales: '0', ending: '0', endingCurrent: '0' }).explanation).toBe(
      'CEI = (B 0 + S 0 − E 0) ÷ (B + S − E_current 0) × 100 = undefined (nothing collectible)',
    );
  });

  it('ADD', () => {
    const add = averageDaysDelinquent({ receivables: '1000000', currentReceivables: '333333', creditSales: '3000000', days: 91 });
    // DSO 30.333… → 30.33; best 10.1110… → 10.11; ADD 20.22, as printed.
    expect([add.value, add.dso, add.bestPossibleDso].map(String)).toEqual(['20.22', '30.33', '10.11']);
    expect(add.explanation).toBe('ADD = DSO 30.33 − best possible DSO 10.11 = 20.22');
  });
});

describe('KPI errors name the function and the field', () => {
  it.each<[(input: never) => unknown, unknown, string, (string | number)[], string]>([
    [daysSalesOutstanding as never, { receivables: '1', creditSales: '0', days: 30 }, 'Invalid input to daysSalesOutstanding: input.creditSales: must be positive', ['input', 'creditSales'], 'must be positive'],
    [countbackDso as never, { receivables: '-1', periods: [{ sales: '1', days: 30 }] }, 'Invalid input to countbackDso: input.receivables: must not be negative', ['input', 'receivables'], 'must not be negative'],
    [countbackDso as never, { receivables: '1', periods: [{ sales: '1', days: 3661 }] }, 'Invalid input to countbackDso: input.periods[0].days: must be a whole number of days from 1 to 3660', ['input', 'periods', 0, 'days'], 'must be a whole number of days from 1 to 3660'],
    [averageDaysDelinquent as never, { receivables: '1', currentReceivables: '2', creditSales: '1', days: 30 }, 'Invalid input to averageDaysDelinquent: input.currentReceivables: currentReceivables must not exceed receivables', ['input', 'currentReceivables'], 'currentReceivables must not exceed receivables'],
    [collectionEffectivenessIndex as never, { beginning: '1', sales: '1', ending: '1', endingCurrent: '2' }, 'Invalid input to collectionEffectivenessIndex: input.endingCurrent: endingCurrent must not exceed ending', ['input', 'endingCurrent'], 'endingCurrent must not exceed ending'],
    [collectionEffectivenessIndex as never, { beginning: '0', sales: '5', ending: '10', endingCurrent: '5' }, 'Invalid input to collectionEffectivenessIndex: input.ending: ending must not exceed beginning + sales (receivables cannot grow by more than was sold)', ['input', 'ending'], 'ending must not exceed beginning + sales (receivables cannot grow by more than was sold)'],
  ])('%#: %s', (fn, input, message, path, issue) => {
    expect(() => fn(input as never)).toThrowError(expect.objectContaining({ code: 'invalid_input', message, issues: [{ path, message: issue }] }));
  });

  it('CEI allows E_current equal to E, and E equal to B + S', () => {
    expect(collectionEffectivenessIndex({ beginning: '100', sales: '50', ending: '150', endingCurrent: '150' }).value).toBeNull();
    expect(collectionEffectivenessIndex({ beginning: '100', sales: '50', ending: '150', endingCurrent: '50' }).value?.toString()).toBe('0');
  });
});

describe('collectionRate: period bounds are inclusive', () => {
  const period = { from: '2026-03-01', to: '2026-03-31' };

  it('counts a payment on `from` and on `to` in the period, one the day before `from` before it', () => {
    const result = collectionRate(
      [{ id: 'A', currency: 'CNY', amount: '1000', dueDate: '2026-02-15', allocations: [{ date: '2026-02-28', amount: '100' }, { date: '2026-03-01', amount: '200' }, { date: '2026-03-31', amount: '300' }, { date: '2026-04-01', amount: '400' }] }],
      period,
    );
    expect([result.overdueAtStart, result.collected, result.value].map(String)).toEqual(['900', '500', '0.5556']);
  });

  it('treats an item due on `from` and one due on `to` as falling due in the period; one due the day after is ahead', () => {
    const result = collectionRate(
      [
        { id: 'first', currency: 'CNY', amount: '100', dueDate: '2026-03-01', allocations: [{ date: '2026-03-01', amount: '100' }] },
        { id: 'last', currency: 'CNY', amount: '200', dueDate: '2026-03-31' },
        { id: 'next', currency: 'CNY', amount: '300', dueDate: '2026-04-01', allocations: [{ date: '2026-03-31', amount: '30' }] },
        { id: 'before', currency: 'CNY', amount: '400', dueDate: '2026-02-28' },
      ],
      period,
    );
    expect([result.overdueAtStart, result.fallingDue, result.collectible, result.collected, result.collectedAhead, result.value].map(String)).toEqual(['400', '300', '700', '100', '30', '0.1429']);
    expect(result.explanation).toBe('collection rate 2026-03-01..2026-03-31 = collected 100 ÷ (overdue at start 400 + falling due 300) = 0.1429');
  });

  it('takes a one-day period', () => {
    const result = collectionRate([{ id: 'A', currency: 'CNY', amount: '100', dueDate: '2026-03-01', allocations: [{ date: '2026-03-01', amount: '25' }] }], { from: '2026-03-01', to: '2026-03-01' });
    expect([result.currency, result.value?.toString()]).toEqual(['CNY', '0.25']);
  });

  it('explains a period with nothing collectible', () => {
    const result = collectionRate([{ id: 'A', currency: 'CNY', amount: '100', dueDate: '2026-09-30' }], period);
    expect(result.explanation).toBe('collection rate 2026-03-01..2026-03-31 = collected 0 ÷ (overdue at start 0 + falling due 0) = undefined (nothing collectible)');
  });

  it.each<[unknown, unknown, string, string, (string | number)[], string]>([
    [[{ id: 'A', currency: 'CNY', amount: '1', dueDate: '2026-03-30' }, { id: 'B', currency: 'CNY', amount: '1', dueDate: '2026-03-30' }, { id: 'C', currency: 'USD', amount: '1', dueDate: '2026-03-30' }], period, 'currency_mismatch', 'collectionRate: items[2] is in USD but the first item is in CNY', ['items', 2, 'currency'], 'is in USD but the first item is in CNY'],
    [[], period, 'invalid_input', 'Invalid input to collectionRate: items: must hold at least one item', ['items'], 'must hold at least one item'],
    [[{ id: 'A', currency: 'CNY', amount: '1', dueDate: '2026-02-30' }], period, 'invalid_input', 'Invalid input to collectionRate: items[0].dueDate: must be a real date written YYYY-MM-DD, e.g. "2026-03-31"', ['items', 0, 'dueDate'], 'must be a real date written YYYY-MM-DD, e.g. "2026-03-31"'],
    [[], { from: '2026-03-02', to: '2026-03-01' }, 'invalid_input', 'Invalid input to collectionRate: options.to: from must not be after to', ['options', 'to'], 'from must not be after to'],
  ])('%#: %s', (items, options, code, message, path, issue) => {
    expect(() => collectionRate(items as never, options as never)).toThrowError(expect.objectContaining({ code, message, issues: [{ path, message: issue }] }));
  });
});
