/**
 * The public API as a table of example calls, shared by the fuzz, immutability and
 * time-zone suites. The list of public functions is derived at run time from the
 * exports of `src/index.ts`, so a new export that is missing here fails those suites
 * instead of slipping through untested.
 */
import * as huikuan from '../../src/index.js';
import { CHINA_MAINLAND, DEFAULT_ESCALATION_POLICY, FIVE_C_SCORECARD, WEEKENDS_ONLY } from '../../src/index.js';

/** Exported functions that are not functions of the rules API, and why they are left out. */
export const NOT_API_FUNCTIONS: Readonly<Record<string, string>> = {
  Decimal: 'the decimal.js constructor (a private clone), re-exported so callers can build and test amounts',
  HuikuanError: 'the error class itself',
};

/** The names of every function exported by `src/index.ts`, except NOT_API_FUNCTIONS, sorted. */
export function publicFunctionNames(): string[] {
  return Object.entries(huikuan)
    .filter(([name, value]) => typeof value === 'function' && !Object.hasOwn(NOT_API_FUNCTIONS, name))
    .map(([name]) => name)
    .sort();
}

/** A public function by name, as an untyped function (to be called with anything). */
export function publicFunction(name: string): (...args: unknown[]) => unknown {
  const fn = (huikuan as unknown as Record<string, unknown>)[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not an exported function`);
  return fn as (...args: unknown[]) => unknown;
}

/** Every exported value that is neither a function nor a zod schema: the presets and tables. */
export function exportedConstants(): [string, unknown][] {
  return Object.entries(huikuan).filter(
    ([, value]) => typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse !== 'function',
  );
}

/** A zod schema, as far as the tests use it. */
export interface AnySchema {
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

/** Every exported zod schema, by name. */
export function exportedSchemas(): [string, AnySchema][] {
  return Object.entries(huikuan as Record<string, unknown>).filter(
    (entry): entry is [string, AnySchema] =>
      typeof entry[1] === 'object' && entry[1] !== null && typeof (entry[1] as { safeParse?: unknown }).safeParse === 'function',
  );
}

const ITEMS = [
  { id: 'A', customerId: 'C', currency: 'CNY', amount: '100', issueDate: '2026-01-01', dueDate: '2026-01-31' },
  { id: 'B', customerId: 'D', productId: 'P', currency: 'CNY', amount: '250.25', issueDate: '2025-10-01', dueDate: '2025-10-31' },
  { id: 'N', customerId: 'D', productId: 'P', currency: 'CNY', amount: '-20', issueDate: '2026-02-01', dueDate: '2026-02-01' },
];

/** A report as read back from JSON, so it holds only JSON values. */
const AGED: unknown = JSON.parse(JSON.stringify(huikuan.ageReceivables(ITEMS, { asOf: '2026-03-01' })));
const AGED_BY_ISSUE: unknown = JSON.parse(
  JSON.stringify(
    huikuan.ageReceivables(ITEMS.slice(0, 2), {
      asOf: '2026-03-01',
      groupBy: 'productId',
      buckets: { basis: 'issue_date', buckets: [{ key: 'young', maxDays: 60 }, { key: 'old', minDays: 61 }] },
    }),
  ),
);

const COMMISSION_INPUT = {
  period: { from: '2026-11-01', to: '2026-11-30' },
  salesRepId: 'li',
  receivables: [
    { id: 'I', customerId: 'C', category: 'b', currency: 'CNY', amount: '1000', margin: '300', issueDate: '2026-10-01', dueDate: '2026-10-31' },
    { id: 'J', customerId: 'D', productId: 'P', currency: 'CNY', amount: '500', margin: '100', issueDate: '2026-11-02', dueDate: '2026-12-02' },
  ],
  allocations: [
    { receiptId: 'R', receivableId: 'I', amount: '600', date: '2026-11-05' },
    { receiptId: 'S', receivableId: 'J', amount: '500', date: '2026-11-20', dueDate: '2026-11-30' },
  ],
};

/**
 * Example calls of every public function: each list of arguments is valid, and the
 * variants between them reach different branches (strategies, models, bases).
 */
export const EXAMPLE_CALLS: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  minorUnits: [['CNY'], ['JPY'], ['KWD']],
  roundMoney: [['1.005', 'CNY', { mode: 'half_even' }], ['-2.5', 'JPY'], ['12.34567', 'XAU', { scale: 3 }]],
  allocate: [['100', [1, 2], { currency: 'CNY' }], ['-0.05', ['1', '1', '1'], { currency: 'XAU', scale: 2, remainder: 'last' }]],
  splitEvenly: [['100', 3, { currency: 'CNY' }], ['1', 7, { currency: 'KWD' }]],
  sumByCurrency: [[[{ currency: 'CNY', amount: '1' }, { currency: 'USD', amount: '2.5' }, { currency: 'CNY', amount: '-0.25' }]]],
  sumMoney: [[[{ currency: 'CNY', amount: '1' }], { currency: 'CNY' }], [[{ currency: 'USD', amount: '1.25' }, { currency: 'USD', amount: 2 }]]],
  addDays: [['2026-01-31', 1], ['2024-02-29', -365]],
  addMonths: [['2026-01-31', 1], ['2024-02-29', -12]],
  endOfMonth: [['2026-02-10'], ['2024-02-01']],
  daysBetween: [['2026-01-01', '2026-03-01'], ['2026-03-01', '2024-01-01']],
  compareDates: [['2026-01-01', '2026-03-01'], ['2026-03-01', '2026-03-01']],
  dayOfWeek: [['2026-01-01'], ['1970-01-01']],
  isIsoDate: [['2026-01-01'], ['2026-02-30']],
  isBusinessDay: [[CHINA_MAINLAND, '2026-10-01'], [WEEKENDS_ONLY, '2026-10-03']],
  rollToBusinessDay: [
    [CHINA_MAINLAND, '2026-10-01', 'modified_following'],
    [CHINA_MAINLAND, '2026-05-01', 'preceding'],
    [WEEKENDS_ONLY, '2026-01-31', 'modified_preceding'],
  ],
  addBusinessDays: [[CHINA_MAINLAND, '2026-10-01', 3], [CHINA_MAINLAND, '2026-02-20', -5]],
  businessDaysBetween: [[CHINA_MAINLAND, '2026-10-01', '2026-12-01'], [WEEKENDS_ONLY, '2026-12-01', '2026-10-01']],
  calendarCovers: [[CHINA_MAINLAND, '2026-10-01'], [CHINA_MAINLAND, '2030-01-01']],
  scheduleInstalments: [
    [
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
    [
      {
        id: 'U',
        roll: 'modified_following',
        calendar: CHINA_MAINLAND,
        lines: [
          { id: 'dep', amount: { type: 'fixed', value: '100' }, due: { steps: [{ months: 1 }, { endOfMonth: true }] }, owner: 'wang', method: 'transfer' },
          { amount: { type: 'percent', value: 50, of: 'remainder' }, due: { steps: [{ nextDayOfMonth: 31 }, { weekday: 5 }] } },
          { amount: { type: 'balance' }, due: { from: 'delivery', steps: [{ dayOfMonth: 15 }, { businessDays: -1 }] } },
        ],
      },
      { total: '999.99', currency: 'CNY', dates: { invoice: '2026-01-30' } },
    ],
  ],
  amortize: [
    [{ principal: '1000', annualRate: '0.06', periods: 12, frequency: 'monthly', method: 'annuity', firstDueDate: '2026-01-31', currency: 'CNY' }],
    [{ principal: '5000', annualRate: '0', periods: 4, frequency: 'quarterly', method: 'equal_principal', firstDueDate: '2026-02-28', currency: 'JPY' }],
  ],
  annuityPayment: [['1000', '0.005', 12], ['1000', '0', 3]],
  restructureBalance: [
    [{ outstanding: '1000', currency: 'CNY', firstDueDate: '2026-01-31', every: { months: 1 }, instalmentAmount: '300', annualRate: '0.1' }],
    [{ outstanding: '1000', currency: 'CNY', firstDueDate: '2026-01-31', every: { days: 14 }, count: 3 }],
  ],
  applyReceipts: [
    [
      [{ id: 'A', currency: 'CNY', amount: '100', dueDate: '2026-01-31' }, { id: 'B', currency: 'CNY', amount: '100', dueDate: null, kind: 'fee' }],
      [{ id: 'R', date: '2026-02-01', amount: '150', currency: 'CNY', instalmentId: 'B' }],
      { asOf: '2026-03-01', strategy: 'proportional', order: ['fee'] },
    ],
    [
      [{ id: 'A', currency: 'CNY', amount: '100', dueDate: '2026-01-31' }, { id: 'B', currency: 'CNY', amount: '100', dueDate: '2026-02-28' }],
      [
        { id: 'R', date: '2026-02-01', amount: '150', currency: 'CNY', instalmentId: 'B' },
        { id: 'S', date: '2026-03-05', amount: '80', currency: 'CNY' },
      ],
      { asOf: '2026-03-01', strategy: 'explicit_then_oldest' },
    ],
    [[{ id: 'A', currency: 'CNY', amount: '100', dueDate: '2026-01-31' }], [{ id: 'R', date: '2026-01-01', amount: '40', currency: 'CNY' }], { asOf: '2026-01-31' }],
  ],
  ageReceivables: [
    [
      [
        { id: 'A', customerId: 'C', currency: 'CNY', amount: '100.50', issueDate: '2026-01-01', dueDate: '2026-01-31' },
        { id: 'B', customerId: 'C', salesRepId: 'R', currency: 'CNY', amount: 80, issueDate: '2026-01-01', dueDate: '2026-01-31', allocations: [{ date: '2026-02-01', amount: '30' }] },
      ],
      { asOf: '2026-03-01', groupBy: 'salesRepId' },
    ],
    [
      [...ITEMS, { id: 'G', customerId: 'E', currency: 'XAU', amount: '1.2345', openAmount: '1', issueDate: '2024-01-01', dueDate: '2024-06-30' }],
      { asOf: '2026-03-01', scales: { XAU: 4 }, buckets: { basis: 'issue_date', buckets: [{ key: 'young', maxDays: 60 }, { key: 'old', minDays: 61 }] } },
    ],
  ],
  mergeAgeingReports: [[AGED, AGED], [AGED_BY_ISSUE, AGED_BY_ISSUE]],
  daysSalesOutstanding: [[{ receivables: '100', creditSales: '300', days: 30 }]],
  countbackDso: [[{ receivables: '100', periods: [{ sales: '80', days: 30 }, { sales: '90', days: 31 }] }], [{ receivables: '0', periods: [{ sales: '80', days: 30 }] }]],
  collectionEffectivenessIndex: [[{ beginning: '100', sales: '300', ending: '150', endingCurrent: '100' }]],
  averageDaysDelinquent: [[{ receivables: '100', currentReceivables: '60', creditSales: '300', days: 30 }]],
  collectionRate: [
    [[{ id: 'A', currency: 'CNY', amount: '100', dueDate: '2026-03-10', allocations: [{ date: '2026-03-11', amount: '40' }] }], { from: '2026-03-01', to: '2026-03-31' }],
  ],
  provisionByAgeing: [
    [AGED, { not_due: '0.01', '1_30': '0.03', '31_60': '0.1', '61_90': '0.2', '91_180': '0.5', '181_365': '0.8', over_365: '1' }],
    [AGED_BY_ISSUE, { young: 0, old: '0.5' }, { scales: { CNY: 0 } }],
  ],
  buildProvisionMatrix: [
    [
      [
        { period: '1', balances: { a: '100', b: '10' } },
        { period: '2', balances: { a: '100', b: '20' }, writeOffs: { b: '1' } },
      ],
      { buckets: { basis: 'due_date', buckets: [{ key: 'a', maxDays: 0 }, { key: 'b', minDays: 1 }] } },
    ],
  ],
  scoreCredit: [
    [FIVE_C_SCORECARD, { character: 'good', capacity: 1.8, capital: '0.45', collateral: 'guarantee' }],
    [FIVE_C_SCORECARD, { character: 'poor', capacity: '0.2', capital: 0, collateral: 'none', conditions: 'stable' }],
  ],
  scaleScore: [[{ probabilityOfDefault: '0.02', pdo: 20 }]],
  assessPaymentBehaviour: [
    [
      [{ amount: '100', dueDate: '2026-01-31', paidDate: '2026-02-10' }, { amount: '50', dueDate: '2026-02-28', settledOn: null }],
      { asOf: '2026-03-31', windowDays: 90 },
    ],
  ],
  creditLimit: [
    [
      { id: 'P', grades: { A: { factor: '0.8', maxTermDays: 60 } }, caps: { percentOfNetWorth: 20 }, groups: { G: { grades: { A: { factor: 1, maxTermDays: 90 } } } } },
      { grade: 'A', currency: 'CNY', averageMonthlySales: '500000', netWorth: '1000000', groupId: 'G' },
    ],
  ],
  measureExposure: [
    [{ openReceivables: '100', openOrders: [{ amount: '50', deliveryDate: '2026-12-31' }], horizon: '2026-11-30' }, { categories: { openOrders: 'show' } }],
    [{ openReceivables: '100', openOrders: [{ amount: '50' }], other: [{ label: 'guarantee', amount: '10' }] }],
  ],
  checkOrder: [
    [
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
    [{ order: { id: 'O', amount: '10' }, limit: null, exposure: '0', grade: 'B', overdue: { amount: '0', maxDaysPastDue: 0 }, policy: {} }],
  ],
  rerate: [[{ grade: 'A' }, { index: 45, maxDaysPastDue: 100 }, { grades: ['AA', 'A', 'B'], downgradeBelowIndex: 50, upgradeAtIndex: 80 }]],
  nextReviewDate: [['A', '2026-01-31', { byGrade: { A: 'monthly' } }], ['B', '2026-08-31']],
  planEscalation: [[{ dueDate: '2026-09-30' }, DEFAULT_ESCALATION_POLICY, { calendar: CHINA_MAINLAND }], [{ dueDate: '2026-12-31', grade: 'C' }, DEFAULT_ESCALATION_POLICY]],
  escalationStatus: [
    [
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
      { asOf: '2026-11-15', policy: DEFAULT_ESCALATION_POLICY },
    ],
    [
      { id: 'J', customerId: 'C', currency: 'CNY', amount: '1000', dueDate: '2025-09-30', disputes: [{ openedOn: '2026-01-01', resolvedOn: '2026-02-01' }] },
      { asOf: '2026-11-15', policy: DEFAULT_ESCALATION_POLICY, calendar: CHINA_MAINLAND },
    ],
  ],
  buildWorklist: [
    [
      [
        { id: 'A', customerId: 'C1', currency: 'CNY', amount: '500', dueDate: '2026-09-30' },
        { id: 'B', customerId: 'C2', currency: 'CNY', amount: '900', dueDate: '2026-11-01' },
        { id: 'C', customerId: 'C1', currency: 'CNY', amount: '50', dueDate: '2025-01-01' },
      ],
      { asOf: '2026-11-23', policy: DEFAULT_ESCALATION_POLICY, windowDays: 30 },
    ],
  ],
  accrueLateInterest: [
    [
      { currency: 'CNY', amount: '1000', dueDate: '2026-01-31' },
      [{ date: '2026-02-15', amount: '400' }],
      { asOf: '2026-03-31', rate: { table: [{ from: '2026-01-01', annual: '0.1' }, { from: '2026-03-01', annual: '0.12' }] }, dayCount: 'act_act', cap: '50', fixedCompensation: '10' },
    ],
    [{ currency: 'CNY', amount: '1000', dueDate: '2024-01-31' }, [], { asOf: '2026-03-31', ...huikuan.LATE_INTEREST_PRESETS.CN_SME_PAYMENT.options }],
  ],
  calculateCommission: [
    [
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
    [
      {
        id: 'M',
        version: '2026.1',
        currency: 'CNY',
        basis: 'margin',
        accrual: 'on_collection_paid_on_terminal',
        rate: { type: 'flat', rate: '0.1' },
        timing: { bands: [{ maxDaysLate: 0, factor: '1' }, { maxDaysLate: 30, factor: '0.5' }, { maxDaysLate: 3650, factor: '0' }] },
      },
      { ...COMMISSION_INPUT, terminalSales: [{ date: '2026-11-10', amount: '700' }], priorStatements: [{ lines: [], deferred: '12' }] },
    ],
    [
      {
        id: 'T',
        version: 3,
        currency: 'CNY',
        basis: 'invoiced',
        accrual: 'on_target',
        rate: { type: 'tiered', mode: 'retroactive', tiers: [{ upTo: '1000', rate: '0.01' }, { rate: '0.03' }] },
        gates: [{ metric: 'target_attainment', min: '0.5', effect: 'defer' }],
        clawback: { on: ['refund', 'write_off'], withinDays: 90 },
      },
      {
        ...COMMISSION_INPUT,
        targets: { amount: '2000' },
        refunds: [{ receivableId: 'I', date: '2026-11-25', amount: '100' }],
        priorStatements: [{ lines: [{ kind: 'accrual', receivableId: 'I', amount: '5' }], accrued: '5', payable: '5' }],
      },
    ],
    [
      { id: 'V', version: 1, currency: 'CNY', basis: 'invoiced', accrual: 'on_invoice', rate: { type: 'flat', rate: '0.02' } },
      { period: { from: '2026-11-01', to: '2026-11-30' }, salesRepId: 'li', receivables: COMMISSION_INPUT.receivables, allocations: [] },
    ],
  ],
  summariseCommissions: [[[{ salesRepId: 'li', currency: 'CNY', accrued: '10', adjustments: '-1', payable: '9', deferred: '1' }]]],
  comparePlanToActual: [
    [
      { instalments: [{ id: 'A', currency: 'CNY', amount: '100', dueDate: '2026-01-31' }, { id: 'B', currency: 'CNY', amount: '100', dueDate: '2026-04-30' }] },
      [{ instalmentId: 'A', amount: '50', date: '2026-01-15' }, { instalmentId: 'A', amount: '50', date: '2026-02-15' }],
      { asOf: '2026-03-01' },
    ],
  ],
};

/** Function names whose result is an ISO date string. */
export const RETURNS_DATE: ReadonlySet<string> = new Set(['addDays', 'addMonths', 'endOfMonth', 'rollToBusinessDay', 'addBusinessDays']);
