import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as huikuan from '../src/index.js';
import { CHINA_MAINLAND, HuikuanError } from '../src/index.js';

/**
 * Every public function, called with arbitrary JSON-like values in place of each
 * argument, either returns or throws a HuikuanError: never a TypeError, RangeError or
 * anything else. Valid arguments fill the other positions, so each argument is fuzzed
 * on its own as well as all together.
 */
const AGED = JSON.parse(
  JSON.stringify(
    huikuan.ageReceivables([{ id: 'A', customerId: 'C', currency: 'CNY', amount: '100', issueDate: '2026-01-01', dueDate: '2026-01-31' }], {
      asOf: '2026-03-01',
    }),
  ),
) as unknown;

const valid: Record<string, readonly unknown[]> = {
  minorUnits: ['CNY'],
  roundMoney: ['1.005', 'CNY', { mode: 'half_even' }],
  allocate: ['100', [1, 2], { currency: 'CNY' }],
  splitEvenly: ['100', 3, { currency: 'CNY' }],
  sumByCurrency: [[{ currency: 'CNY', amount: '1' }]],
  sumMoney: [[{ currency: 'CNY', amount: '1' }], { currency: 'CNY' }],
  addDays: ['2026-01-31', 1],
  addMonths: ['2026-01-31', 1],
  endOfMonth: ['2026-02-10'],
  daysBetween: ['2026-01-01', '2026-03-01'],
  compareDates: ['2026-01-01', '2026-03-01'],
  dayOfWeek: ['2026-01-01'],
  isIsoDate: ['2026-01-01'],
  isBusinessDay: [CHINA_MAINLAND, '2026-10-01'],
  rollToBusinessDay: [CHINA_MAINLAND, '2026-10-01', 'modified_following'],
  addBusinessDays: [CHINA_MAINLAND, '2026-10-01', 3],
  businessDaysBetween: [CHINA_MAINLAND, '2026-10-01', '2026-12-01'],
  calendarCovers: [CHINA_MAINLAND, '2026-10-01'],
  scheduleInstalments: [
    {
      id: 'T',
      roll: 'following',
      lines: [
        { amount: { type: 'percent', value: 30 }, due: { from: 'contract', steps: [] } },
        { amount: { type: 'balance' }, due: { from: 'acceptance', steps: [{ days: 30 }, { businessDays: 2 }] }, discount: { percent: 2, steps: [{ days: 10 }] } },
      ],
    },
    { total: '1000', currency: 'CNY', dates: { contract: '2026-01-05', acceptance: '2026-03-01' }, calendar: CHINA_MAINLAND },
  ],
  amortize: [{ principal: '1000', annualRate: '0.06', periods: 12, frequency: 'monthly', method: 'annuity', firstDueDate: '2026-01-31', currency: 'CNY' }],
  annuityPayment: ['1000', '0.005', 12],
  restructureBalance: [{ outstanding: '1000', currency: 'CNY', firstDueDate: '2026-01-31', every: { months: 1 }, instalmentAmount: '300', annualRate: '0.1' }],
  applyReceipts: [
    [{ id: 'A', currency: 'CNY', amount: '100', dueDate: '2026-01-31' }, { id: 'B', currency: 'CNY', amount: '100', dueDate: null, kind: 'fee' }],
    [{ id: 'R', date: '2026-02-01', amount: '150', currency: 'CNY', instalmentId: 'B' }],
    { asOf: '2026-03-01', strategy: 'proportional', order: ['fee'] },
  ],
  ageReceivables: [
    [
      { id: 'A', customerId: 'C', currency: 'CNY', amount: '100.50', issueDate: '2026-01-01', dueDate: '2026-01-31' },
      { id: 'B', customerId: 'C', salesRepId: 'R', currency: 'CNY', amount: 80, issueDate: '2026-01-01', dueDate: '2026-01-31', allocations: [{ date: '2026-02-01', amount: '30' }] },
    ],
    { asOf: '2026-03-01', groupBy: 'salesRepId' },
  ],
  mergeAgeingReports: [AGED, AGED],
  daysSalesOutstanding: [{ receivables: '100', creditSales: '300', days: 30 }],
  countbackDso: [{ receivables: '100', periods: [{ sales: '80', days: 30 }, { sales: '90', days: 31 }] }],
  collectionEffectivenessIndex: [{ beginning: '100', sales: '300', ending: '150', endingCurrent: '100' }],
  averageDaysDelinquent: [{ receivables: '100', currentReceivables: '60', creditSales: '300', days: 30 }],
  collectionRate: [[{ id: 'A', currency: 'CNY', amount: '100', dueDate: '2026-03-10', allocations: [{ date: '2026-03-11', amount: '40' }] }], { from: '2026-03-01', to: '2026-03-31' }],
  provisionByAgeing: [AGED, { not_due: '0.01', '1_30': '0.03', '31_60': '0.1', '61_90': '0.2', '91_180': '0.5', '181_365': '0.8', over_365: '1' }],
  buildProvisionMatrix: [
    [
      { period: '1', balances: { a: '100', b: '10' } },
      { period: '2', balances: { a: '100', b: '20' }, writeOffs: { b: '1' } },
    ],
    { buckets: { basis: 'due_date', buckets: [{ key: 'a', maxDays: 0 }, { key: 'b', minDays: 1 }] } },
  ],
  scoreCredit: [huikuan.FIVE_C_SCORECARD, { character: 'good', capacity: 1.8, capital: '0.45', collateral: 'guarantee' }],
  scaleScore: [{ probabilityOfDefault: '0.02', pdo: 20 }],
  assessPaymentBehaviour: [
    [{ amount: '100', dueDate: '2026-01-31', paidDate: '2026-02-10' }, { amount: '50', dueDate: '2026-02-28', settledOn: null }],
    { asOf: '2026-03-31', windowDays: 90 },
  ],
  creditLimit: [
    { id: 'P', grades: { A: { factor: '0.8', maxTermDays: 60 } }, caps: { percentOfNetWorth: 20 }, groups: { G: { grades: { A: { factor: 1, maxTermDays: 90 } } } } },
    { grade: 'A', currency: 'CNY', averageMonthlySales: '500000', netWorth: '1000000', groupId: 'G' },
  ],
  measureExposure: [{ openReceivables: '100', openOrders: [{ amount: '50', deliveryDate: '2026-12-31' }], horizon: '2026-11-30' }, { categories: { openOrders: 'show' } }],
  checkOrder: [
    {
      order: { amount: '100' },
      limit: '1000',
      exposure: '950',
      grade: 'A',
      overdue: { amount: '10', maxDaysPastDue: 70 },
      escalationLevel: 2,
      policy: { overLimit: { action: 'review', reviewTolerancePercent: 10 }, overdue: { maxDaysPastDue: 60 }, blockAtEscalationLevel: 5 },
    },
  ],
  rerate: [{ grade: 'A' }, { index: 45, maxDaysPastDue: 100 }, { grades: ['AA', 'A', 'B'], downgradeBelowIndex: 50, upgradeAtIndex: 80 }],
  nextReviewDate: ['A', '2026-01-31', { byGrade: { A: 'monthly' } }],
  planEscalation: [{ dueDate: '2026-09-30' }, huikuan.DEFAULT_ESCALATION_POLICY, { calendar: CHINA_MAINLAND }],
  escalationStatus: [
    {
      id: 'I',
      customerId: 'C',
      currency: 'CNY',
      amount: '1000',
      dueDate: '2026-09-30',
      grade: 'A',
      payments: [{ date: '2026-10-10', amount: '100' }],
      promises: [{ madeOn: '2026-10-20', promisedDate: '2026-10-31' }],
      disputes: [{ openedOn: '2026-12-01', resolvedOn: null }],
    },
    { asOf: '2026-11-15', policy: huikuan.DEFAULT_ESCALATION_POLICY },
  ],
  buildWorklist: [
    [
      { id: 'A', customerId: 'C1', currency: 'CNY', amount: '500', dueDate: '2026-09-30' },
      { id: 'B', customerId: 'C2', currency: 'CNY', amount: '900', dueDate: '2026-11-01' },
    ],
    { asOf: '2026-11-23', policy: huikuan.DEFAULT_ESCALATION_POLICY, windowDays: 30 },
  ],
  accrueLateInterest: [
    { currency: 'CNY', amount: '1000', dueDate: '2026-01-31' },
    [{ date: '2026-02-15', amount: '400' }],
    { asOf: '2026-03-31', rate: { table: [{ from: '2026-01-01', annual: '0.1' }, { from: '2026-03-01', annual: '0.12' }] }, dayCount: 'act_act', cap: '50', fixedCompensation: '10' },
  ],
  calculateCommission: [
    {
      id: 'P',
      version: 1,
      currency: 'CNY',
      basis: 'collected',
      accrual: 'on_collection',
      rate: { type: 'tiered', mode: 'marginal', tiers: [{ upTo: '1000', rate: '0.01' }, { rate: '0.02' }] },
      overrides: [{ match: { category: 'b' }, rate: '0.05' }],
      gates: [{ metric: 'collection_rate', min: '0.8', effect: 'scale' }],
      timing: { earlyBonusMonthlyRate: '0.005', latePenaltyMonthlyRate: '0.005' },
      clawback: { on: ['write_off'] },
      splits: [{ salesRepId: 'li', share: 60 }, { salesRepId: 'wang', share: 40 }],
      cap: '5000',
      holdbackPercent: 10,
    },
    {
      period: { from: '2026-11-01', to: '2026-11-30' },
      salesRepId: 'li',
      receivables: [{ id: 'I', customerId: 'C', category: 'b', currency: 'CNY', amount: '1000', issueDate: '2026-10-01', dueDate: '2026-10-31' }],
      allocations: [{ receiptId: 'R', receivableId: 'I', amount: '600', date: '2026-11-05' }],
      writeOffs: [{ receivableId: 'I', date: '2026-11-30', amount: '400' }],
    },
  ],
  summariseCommissions: [[{ salesRepId: 'li', currency: 'CNY', accrued: '10', adjustments: '-1', payable: '9', deferred: '1' }]],
  comparePlanToActual: [
    { instalments: [{ id: 'A', currency: 'CNY', amount: '100', dueDate: '2026-01-31' }] },
    [{ instalmentId: 'A', amount: '50', date: '2026-01-15' }],
    { asOf: '2026-03-01' },
  ],
};

const RETURNS_DATE = new Set(['addDays', 'addMonths', 'endOfMonth', 'rollToBusinessDay', 'addBusinessDays']);

/** Near misses: right shapes with wrong contents, and hostile values. */
const nearMiss = fc.oneof(
  fc.constantFrom(
    'NaN', 'Infinity', '-Infinity', '', ' ', '1,000', '0x10', '1e', '1e999999', '-1e-999999', '2026-02-30',
    '2026-2-3', '9999-12-31', '0001-01-01', 'cny', 'XXX', '__proto__', 'constructor',
    Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 0.1,
    null, undefined, true, [], {}, [[]], { __proto__: { polluted: true } },
    JSON.parse('{"__proto__": {"polluted": true}, "id": "x", "weekend": [0]}'),
    { id: 'x', weekend: [0, 6], holidays: ['2026-02-30'] },
    { currency: 'CNY', amount: 'NaN' },
    [{ currency: 'CNY', amount: '1' }, { currency: 'USD', amount: '1' }],
    { currency: 'CNY', scale: 99 },
  ),
  fc.integer(),
  fc.double(),
  fc.string(),
);
const arbitraryArg = fc.oneof(fc.jsonValue(), fc.anything(), nearMiss);

function call(name: string, args: readonly unknown[]): void {
  const fn = (huikuan as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
  try {
    const result = fn(...args);
    // A result is never NaN, an infinite number or an invalid date.
    if (typeof result === 'number') expect(Number.isFinite(result)).toBe(true);
    if (huikuan.Decimal.isDecimal(result)) expect(result.isFinite()).toBe(true);
    if (Array.isArray(result)) for (const part of result) if (huikuan.Decimal.isDecimal(part)) expect(part.isFinite()).toBe(true);
    if (RETURNS_DATE.has(name)) expect(huikuan.isIsoDate(result)).toBe(true);
  } catch (error) {
    if (!(error instanceof HuikuanError)) {
      throw new Error(`${name}(${String(args.map((a) => typeof a))}) threw ${String(error)}`);
    }
  }
}

describe('every public function rejects non-conforming input with a HuikuanError', () => {
  it('covers every exported function', () => {
    const exported = Object.entries(huikuan)
      .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
      .map(([name]) => name)
      .sort();
    expect(exported).toEqual(Object.keys(valid).sort());
  });

  it.each(Object.keys(valid))('%s: one argument at a time, then all of them', (name) => {
    const args = valid[name]!;
    fc.assert(
      fc.property(fc.nat({ max: args.length - 1 }), arbitraryArg, (position, value) => {
        const fuzzed = [...args];
        fuzzed[position] = value;
        call(name, fuzzed);
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.array(arbitraryArg, { minLength: 0, maxLength: args.length + 1 }), (fuzzed) => {
        call(name, fuzzed);
      }),
      { numRuns: 60 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(Object.keys(valid))('%s: every nested field replaced by a near miss', (name) => {
    const args = valid[name]!;
    const paths = leafPaths(args).filter((path) => path.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...paths), nearMiss, (path, value) => {
        call(name, replaceAt(args, path, value) as unknown[]);
      }),
      { numRuns: 120 },
    );
  });
});

/** Paths to every leaf (and every object or array) inside a value. */
function leafPaths(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null || huikuan.Decimal.isDecimal(value)) return [[...path]];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [[...path], ...entries.flatMap(([k, v]) => leafPaths(v, [...path, k]))];
}

/** A deep copy of `value` with the thing at `path` replaced. */
function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  copy[head as string] = replaceAt(copy[head as string], rest, replacement);
  return copy;
}

describe('no public function mutates its input', () => {
  const deepFreeze = <T>(value: T): T => {
    if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
      for (const inner of Object.values(value)) deepFreeze(inner);
      Object.freeze(value);
    }
    return value;
  };

  it.each(Object.keys(valid))('%s', (name) => {
    const args = valid[name]!.map((arg) => structuredClone(arg));
    const before = JSON.stringify(args);
    deepFreeze(args);
    // Frozen arguments make any write throw (modules run in strict mode).
    const fn = (huikuan as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
    expect(() => fn(...args)).not.toThrow();
    expect(JSON.stringify(args)).toBe(before);
  });
});
