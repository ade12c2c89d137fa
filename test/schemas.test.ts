import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEFAULT_AGEING_BUCKETS, PROVISION_PRESETS } from '../src/ageing/index.js';
import { CHINA_MAINLAND, WEEKENDS_ONLY } from '../src/calendar/index.js';
import { CommissionPlanSchema, CommissionRateSchema, type CommissionPlan } from '../src/commission/index.js';
import {
  AnnualRateSchema,
  DecimalValueSchema,
  IsoDateSchema,
  NonNegativeAmountSchema,
  PercentSchema,
  PositiveAmountSchema,
  RateSchema,
} from '../src/core/schemas.js';
import {
  CreditPolicySchema,
  DEFAULT_REVIEW_CADENCE,
  FIVE_C_SCORECARD,
  GradeTermsSchema,
  OrderCheckPolicySchema,
  ReratePolicySchema,
  ReviewCadenceSchema,
  ScorecardSchema,
  type CreditPolicy,
} from '../src/credit/index.js';
import { DEFAULT_ESCALATION_POLICY, EscalationPolicySchema, LATE_INTEREST_PRESETS } from '../src/escalation/index.js';
import { PaymentTermsSchema, type PaymentTerms } from '../src/instalments/index.js';
import { AgeingBucketsSchema } from '../src/ageing/index.js';
import { BusinessCalendarSchema } from '../src/calendar/index.js';
import { POLICY_DOCUMENTS, SCHEMAS_DIR, SCHEMA_BASE_URI, buildSchemas, outdatedFiles, toJsonSchema } from './scripts/schemas.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** RFC 3339 full-date, as ajv-formats checks `format: "date"` (a real date; any year 0000–9999). */
function isFullDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, formats: { date: isFullDate } });
const files = buildSchemas();

/** The committed JSON Schema of a policy, parsed. */
function committed(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(SCHEMAS_DIR, file), 'utf8')) as Record<string, unknown>;
}

const validators = new Map(POLICY_DOCUMENTS.map((p) => [p.file, ajv.compile(committed(p.file))]));
const zodOf = new Map(POLICY_DOCUMENTS.map((p) => [p.file, p.schema]));

/** Whether the committed JSON Schema of `file` accepts `doc`. */
function jsonAccepts(file: string, doc: unknown): boolean {
  const validate = validators.get(file);
  if (validate === undefined) throw new Error(`no schema ${file}`);
  return validate(doc);
}

/** Whether huikuan's zod schema behind `file` accepts `doc`. */
function zodAccepts(file: string, doc: unknown): boolean {
  const schema = zodOf.get(file);
  if (schema === undefined) throw new Error(`no schema ${file}`);
  return schema.safeParse(doc).success;
}

/** A document as a CRM holds it: plain JSON. */
const asJson = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;

// ---------------------------------------------------------------------------------
// Documents: the library's presets and the documents of docs/ and the README

const quickstartTerms: PaymentTerms = {
  id: 'EQUIP-30-60-10',
  roll: 'following',
  calendar: CHINA_MAINLAND,
  lines: [
    { label: 'Down payment 预付款', amount: { type: 'percent', value: 30 }, due: { from: 'contract', steps: [] }, owner: 'sales: Li Na' },
    { label: 'Acceptance 验收款', amount: { type: 'percent', value: 60 }, due: { from: 'acceptance', steps: [{ days: 30 }] }, owner: 'sales: Li Na', method: 'acceptance_bill' },
    { label: 'Retention 质保金', amount: { type: 'balance' }, due: { from: 'acceptance', steps: [{ months: 12 }] }, owner: 'finance: Wang Fang' },
  ],
};
const net30: PaymentTerms = {
  id: 'NET30',
  lines: [
    { amount: { type: 'percent', value: 50 }, due: { steps: [{ days: 30 }] } },
    { amount: { type: 'balance' }, due: { steps: [{ days: 60 }] } },
  ],
};
const everyStep: PaymentTerms = {
  id: 'STEPS',
  name: 'Every kind of step',
  roll: 'modified_following',
  calendar: WEEKENDS_ONLY,
  lines: [
    { id: 'a', amount: { type: 'fixed', value: '1000.50' }, due: { from: 'go_live', steps: [{ endOfMonth: true }, { days: 1 }] } },
    { id: 'b', amount: { type: 'percent', value: '12.5', of: 'remainder' }, due: { steps: [{ dayOfMonth: 25 }, { businessDays: -2 }] } },
    { id: 'c', amount: { type: 'percent', value: 40, of: 'total' }, due: { steps: [{ nextDayOfMonth: 10 }, { weekday: 5 }] } },
    { id: 'd', amount: { type: 'balance' }, due: { steps: [{ months: 3 }] }, discount: { percent: 2, steps: [{ days: 10 }] } },
  ],
};
const creditPolicy: CreditPolicy = {
  id: 'POLICY-2026',
  grades: {
    AAA: { factor: '1.2', maxTermDays: 90 },
    AA: { factor: 1, maxTermDays: 90 },
    A: { factor: '0.8', maxTermDays: 60 },
    BBB: { factor: '0.6', maxTermDays: 45 },
    BB: { factor: '0.4', maxTermDays: 30 },
    B: { factor: '0.2', maxTermDays: 30 },
    C: { factor: 0, maxTermDays: 0, prepayment: true },
  },
  caps: { percentOfNetWorth: 20, absolute: '5000000' },
};
const creditPolicyWithOverrides: CreditPolicy = {
  id: 'POLICY-2026',
  version: 2,
  grades: { A: { factor: '0.8', maxTermDays: 60, creditPeriodMonths: 2 }, B: { factor: '0.5', maxTermDays: 30 } },
  caps: { percentOfNetWorth: 20, absolute: '5000000' },
  groups: { STATE: { grades: { A: { factor: 1, maxTermDays: 90 } } } },
  customers: { 'C-9': { caps: { absolute: '300000', percentOfWorkingCapital: '50' } } },
};
const plan = (extra: Partial<CommissionPlan>): CommissionPlan => ({
  id: 'CASH-3',
  version: 1,
  currency: 'CNY',
  basis: 'collected',
  accrual: 'on_collection',
  rate: { type: 'flat', rate: '0.03' },
  ...extra,
});
const commissionPlans: readonly CommissionPlan[] = [
  plan({}),
  plan({ id: 'SALES-2', basis: 'invoiced', accrual: 'on_invoice', rate: { type: 'flat', rate: '0.02' } }),
  plan({ id: 'PHARMA-3', accrual: 'on_collection_paid_on_terminal' }),
  plan({
    id: 'TARGET-Q4',
    accrual: 'on_target',
    rate: { type: 'tiered', mode: 'retroactive', tiers: [{ upTo: '50000', rate: '0.01' }, { upTo: '100000', rate: '0.02' }, { rate: '0.03' }] },
    gates: [{ metric: 'target_attainment', min: '0.8', effect: 'void' }],
  }),
  plan({ id: 'MARGIN-10', basis: 'margin', rate: { type: 'flat', rate: '0.1' } }),
  plan({ id: 'GATED', gates: [{ metric: 'collection_rate', min: '0.8', effect: 'defer' }] }),
  plan({ id: 'DECAY', timing: { bands: [{ maxDaysLate: 0, factor: 1 }, { maxDaysLate: 30, factor: '0.5' }, { maxDaysLate: 90, factor: '0.2' }] } }),
  plan({ id: 'INTEREST', timing: { earlyBonusMonthlyRate: '0.005', latePenaltyMonthlyRate: '0.005' } }),
  plan({ id: 'CLAW', clawback: { on: ['write_off', 'refund'], withinDays: 180 } }),
  plan({ id: 'TEAM', splits: [{ salesRepId: 'li', share: 60 }, { salesRepId: 'wang', share: 40 }] }),
  plan({ id: 'CAPPED', cap: '2000', holdbackPercent: 10 }),
  plan({ id: 'OVERRIDES', version: '2026.1', overrides: [{ match: { productId: 'P-1' }, rate: '0.05' }, { match: { category: 'consumables', customerId: 'C1' }, rate: 0 }] }),
];

/** Valid documents by file: the built-in presets first. */
const DOCUMENTS: Readonly<Record<string, readonly unknown[]>> = {
  'payment-terms.schema.json': [quickstartTerms, net30, everyStep],
  'ageing-buckets.schema.json': [DEFAULT_AGEING_BUCKETS, PROVISION_PRESETS.CN_ANNUAL_BANDS.buckets, { basis: 'due_date', buckets: [{ key: 'all' }] }],
  'scorecard.schema.json': [FIVE_C_SCORECARD],
  'credit-policy.schema.json': [creditPolicy, creditPolicyWithOverrides],
  'order-check-policy.schema.json': [
    { overLimit: { action: 'review', reviewTolerancePercent: 10 }, overdue: { maxDaysPastDue: 60, maxAmount: '100000' }, blockAtEscalationLevel: 5 },
    { id: 'STRICT', overLimit: { action: 'block' }, overdue: { maxDaysPastDue: 0, action: 'review' }, prepaymentGrades: ['C'], maxOrderWithoutLimit: '50000' },
    {},
  ],
  'rerate-policy.schema.json': [{ grades: ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'C'], downgradeBelowIndex: 50, downgradeOverdueDays: 90, upgradeAtIndex: 80 }],
  'review-cadence.schema.json': [DEFAULT_REVIEW_CADENCE],
  'business-calendar.schema.json': [CHINA_MAINLAND, WEEKENDS_ONLY],
  'escalation-policy.schema.json': [
    DEFAULT_ESCALATION_POLICY,
    { ...DEFAULT_ESCALATION_POLICY, id: 'CN-SME', lateInterest: { ...LATE_INTEREST_PRESETS.CN_SME_PAYMENT.options, graceDays: 5, cap: '10000' } },
    {
      id: 'EU',
      version: 3,
      dayBasis: 'business',
      steps: [{ id: 'notice', offsetDays: 1, action: 'statement', owner: 'finance', minOverdueAmount: '100', minOverduePercent: 5, grades: ['B', 'C'], fee: { fixed: '40', percent: '0.5' } }],
      lateInterest: {
        rate: { table: [{ from: '2026-01-01', annual: '0.1015' }, { from: '2026-07-01', annual: 0.1 }] },
        dayCount: 'act_365',
        startsOn: 'after_grace',
        fixedCompensation: '40',
      },
    },
  ],
  'commission-plan.schema.json': commissionPlans,
};

describe('docs/schemas/', () => {
  it.each(Object.keys(files))('%s is what `npm run schemas` writes', (name) => {
    const path = join(SCHEMAS_DIR, name);
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      text = undefined;
    }
    expect(text, `docs/schemas/${name} is missing or out of date: run \`npm run schemas\``).toBe(files[name]);
  });

  it('holds only generated files', () => {
    expect(outdatedFiles(), 'docs/schemas/ is not current: run `npm run schemas`').toEqual([]);
  });

  it('is generated deterministically', () => {
    expect(buildSchemas()).toEqual(files);
  });

  it('covers the policy documents a CRM stores', () => {
    const exported = POLICY_DOCUMENTS.map((p) => p.schema);
    for (const schema of [PaymentTermsSchema, AgeingBucketsSchema, ScorecardSchema, CreditPolicySchema, BusinessCalendarSchema, EscalationPolicySchema, CommissionPlanSchema, OrderCheckPolicySchema, ReratePolicySchema, ReviewCadenceSchema]) {
      expect(exported).toContain(schema);
    }
    expect(new Set(POLICY_DOCUMENTS.map((p) => p.file)).size).toBe(POLICY_DOCUMENTS.length);
  });

  it.each(POLICY_DOCUMENTS.map((p) => [p.file]))('%s is a draft 2020-12 schema with its $id, title and description', (file) => {
    const schema = committed(file);
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SCHEMA_BASE_URI}${file}`);
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
    expect(files['README.md']).toContain(`[${file}](${file})`);
  });

  it('carries descriptions that the zod schemas declare with .meta() or .describe()', () => {
    const described = z.strictObject({
      amount: NonNegativeAmountSchema.describe('What is owed.'),
      due: IsoDateSchema.meta({ description: 'When.' }),
      note: z.string().meta({ description: 'Free text.' }),
    });
    const json = toJsonSchema(described) as { properties: Record<string, Record<string, unknown>> };
    expect(json.properties.note).toEqual({ type: 'string', description: 'Free text.' });
    expect(json.properties.amount?.description).toMatch(/^What is owed\. An amount not negative: /);
    expect(json.properties.amount?.anyOf).toEqual([{ type: 'string', pattern: expect.any(String) }, { type: 'number', minimum: 0 }]);
    expect(json.properties.due).toMatchObject({ type: 'string', format: 'date', description: expect.stringMatching(/^When\. An ISO 8601/) });
  });

  it('says nothing of a Decimal instance, which is not JSON', () => {
    for (const file of POLICY_DOCUMENTS.map((p) => p.file)) {
      expect(files[file]).not.toMatch(/"not": \{\}|"anyOf": \[\s*\{\}/);
    }
  });
});

describe('the JSON Schemas and the zod schemas agree', () => {
  const cases = Object.entries(DOCUMENTS).flatMap(([file, docs]) => docs.map((doc, i) => [file, i, doc] as const));

  it('has documents for every file', () => {
    expect(Object.keys(DOCUMENTS).sort()).toEqual(POLICY_DOCUMENTS.map((p) => p.file).sort());
  });

  it.each(cases)('%s accepts document %i, as zod does', (file, _i, doc) => {
    const json = asJson(doc);
    expect(json).toEqual(doc); // the preset is plain JSON
    expect(zodAccepts(file, json)).toBe(true);
    expect(jsonAccepts(file, json), JSON.stringify(validators.get(file)?.errors)).toBe(true);
  });

  /** [file, what is wrong, the document]: refused by both. */
  const wrong: readonly (readonly [string, string, unknown])[] = [
    ['payment-terms.schema.json', 'no lines', { id: 'T' }],
    ['payment-terms.schema.json', 'empty lines', { id: 'T', lines: [] }],
    ['payment-terms.schema.json', 'a misspelt key', { ...net30, lines: [{ amount: { type: 'balance' }, due: { steps: [] }, ownr: 'x' }] }],
    ['payment-terms.schema.json', 'a negative percent', { id: 'T', lines: [{ amount: { type: 'percent', value: -5 }, due: { steps: [] } }, { amount: { type: 'balance' }, due: { steps: [] } }] }],
    ['payment-terms.schema.json', 'a percent over 100 (number)', { id: 'T', lines: [{ amount: { type: 'percent', value: 150 }, due: { steps: [] } }] }],
    ['payment-terms.schema.json', 'a percent written "30%"', { id: 'T', lines: [{ amount: { type: 'percent', value: '30%' }, due: { steps: [] } }, { amount: { type: 'balance' }, due: { steps: [] } }] }],
    ['payment-terms.schema.json', 'a fixed amount "1,000"', { id: 'T', lines: [{ amount: { type: 'fixed', value: '1,000' }, due: { steps: [] } }, { amount: { type: 'balance' }, due: { steps: [] } }] }],
    ['payment-terms.schema.json', 'a step of two kinds', { id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [{ days: 1, months: 1 }] } }] }],
    ['payment-terms.schema.json', 'half a day', { id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [{ days: 1.5 }] } }] }],
    ['payment-terms.schema.json', 'an unknown roll', { ...net30, roll: 'next' }],
    ['payment-terms.schema.json', 'an unknown amount type', { id: 'T', lines: [{ amount: { type: 'rest' }, due: { steps: [] } }] }],
    ['ageing-buckets.schema.json', 'an unknown basis', { basis: 'due', buckets: [{ key: 'all' }] }],
    ['ageing-buckets.schema.json', 'a key with a space', { basis: 'due_date', buckets: [{ key: 'a b' }] }],
    ['ageing-buckets.schema.json', 'no buckets', { basis: 'due_date', buckets: [] }],
    ['ageing-buckets.schema.json', 'days as a string', { basis: 'due_date', buckets: [{ key: 'a', maxDays: '30' }, { key: 'b', minDays: 31 }] }],
    ['scorecard.schema.json', 'no grades', { ...FIVE_C_SCORECARD, grades: [] }],
    ['scorecard.schema.json', 'an unknown factor type', { ...FIVE_C_SCORECARD, factors: [{ id: 'f', type: 'boolean', points: { yes: 1 } }] }],
    ['scorecard.schema.json', 'points written "ten"', { ...FIVE_C_SCORECARD, factors: [{ id: 'f', type: 'categorical', points: { yes: 'ten' } }] }],
    ['scorecard.schema.json', 'a categorical factor without categories', { ...FIVE_C_SCORECARD, factors: [{ id: 'f', type: 'categorical', points: {} }] }],
    ['credit-policy.schema.json', 'terms over 3650 days', { id: 'P', grades: { A: { factor: 1, maxTermDays: 4000 } } }],
    ['credit-policy.schema.json', 'a negative factor', { id: 'P', grades: { A: { factor: '-1', maxTermDays: 30 } } }],
    ['credit-policy.schema.json', 'a cap over 100%', { id: 'P', grades: {}, caps: { percentOfNetWorth: 120 } }],
    ['credit-policy.schema.json', 'an unknown key', { id: 'P', grades: {}, limits: {} }],
    ['order-check-policy.schema.json', 'an unknown action', { overLimit: { action: 'deny' } }],
    ['order-check-policy.schema.json', 'a negative amount', { maxOrderWithoutLimit: '-1' }],
    ['rerate-policy.schema.json', 'a ladder of one', { grades: ['A'] }],
    ['rerate-policy.schema.json', 'a grade twice', { grades: ['A', 'B', 'A'] }],
    ['rerate-policy.schema.json', 'an index of 0', { grades: ['A', 'B'], upgradeAtIndex: 0 }],
    ['review-cadence.schema.json', 'weekly', { byGrade: { A: 'weekly' } }],
    ['business-calendar.schema.json', 'a weekday 7', { id: 'X', weekend: [7] }],
    ['business-calendar.schema.json', 'a weekend day twice', { id: 'X', weekend: [0, 0] }],
    ['business-calendar.schema.json', 'a date 2026-1-1', { id: 'X', weekend: [0, 6], holidays: ['2026-1-1'] }],
    ['business-calendar.schema.json', 'a date 2026/01/01', { id: 'X', weekend: [0, 6], holidays: ['2026/01/01'] }],
    ['business-calendar.schema.json', 'a date 2026-02-30 (format: date)', { id: 'X', weekend: [0, 6], holidays: ['2026-02-30'] }],
    ['business-calendar.schema.json', 'a misspelt holidays', { id: 'X', weekend: [0, 6], holiday: ['2026-01-01'] }],
    ['escalation-policy.schema.json', 'an unknown action', { ...DEFAULT_ESCALATION_POLICY, steps: [{ id: 's', offsetDays: 1, action: 'sue', owner: 'legal' }] }],
    ['escalation-policy.schema.json', 'a step a year and more before the due date', { ...DEFAULT_ESCALATION_POLICY, steps: [{ id: 's', offsetDays: -400, action: 'reminder', owner: 'sales' }] }],
    ['escalation-policy.schema.json', 'a step without an owner', { ...DEFAULT_ESCALATION_POLICY, steps: [{ id: 's', offsetDays: 1, action: 'reminder' }] }],
    ['escalation-policy.schema.json', 'an unknown day basis', { ...DEFAULT_ESCALATION_POLICY, dayBasis: 'working' }],
    ['escalation-policy.schema.json', 'an annual rate over 10', { ...DEFAULT_ESCALATION_POLICY, lateInterest: { rate: { annual: 11 }, dayCount: 'act_365' } }],
    ['escalation-policy.schema.json', 'a rate both annual and daily', { ...DEFAULT_ESCALATION_POLICY, lateInterest: { rate: { annual: '0.1', daily: '0.001' }, dayCount: 'act_365' } }],
    ['commission-plan.schema.json', 'an unknown basis', plan({ basis: 'booked' as 'collected' })],
    ['commission-plan.schema.json', 'a negative rate', plan({ rate: { type: 'flat', rate: '-0.1' } })],
    ['commission-plan.schema.json', 'a currency in lower case', plan({ currency: 'cny' })],
    ['commission-plan.schema.json', 'no splits', plan({ splits: [] })],
    ['commission-plan.schema.json', 'a holdback over 100%', plan({ holdbackPercent: 101 })],
    ['commission-plan.schema.json', 'a Decimal-like object', plan({ cap: { d: [2000], e: 3, s: 1 } as unknown as string })],
  ];

  it.each(wrong)('%s and zod refuse %s', (file, _what, doc) => {
    expect(zodAccepts(file, doc)).toBe(false);
    expect(jsonAccepts(file, doc)).toBe(false);
  });

  /** [file, what is wrong, the document]: refinements the JSON Schema leaves to zod, as docs/schemas/README.md says. */
  const zodOnly: readonly (readonly [string, string, unknown])[] = [
    ['payment-terms.schema.json', 'percents adding up to 90', { id: 'T', lines: [{ amount: { type: 'percent', value: 70 }, due: { steps: [] } }, { amount: { type: 'percent', value: 20 }, due: { steps: [] } }] }],
    ['payment-terms.schema.json', 'a balance line first', { id: 'T', lines: [{ amount: { type: 'balance' }, due: { steps: [] } }, { amount: { type: 'percent', value: 10 }, due: { steps: [] } }] }],
    ['payment-terms.schema.json', 'a line id twice', { id: 'T', lines: [{ id: 'x', amount: { type: 'percent', value: 50 }, due: { steps: [] } }, { id: 'x', amount: { type: 'balance' }, due: { steps: [] } }] }],
    ['payment-terms.schema.json', 'a percent "150" as a string', { id: 'T', lines: [{ amount: { type: 'percent', value: '150' }, due: { steps: [] } }] }],
    ['ageing-buckets.schema.json', 'a gap between buckets', { basis: 'due_date', buckets: [{ key: 'a', maxDays: 30 }, { key: 'b', minDays: 40 }] }],
    ['ageing-buckets.schema.json', 'a key twice', { basis: 'due_date', buckets: [{ key: 'a', maxDays: 30 }, { key: 'a', minDays: 31 }] }],
    ['scorecard.schema.json', 'grade bands rising', { ...FIVE_C_SCORECARD, grades: [{ grade: 'A', minScore: 10 }, { grade: 'B', minScore: 20 }, { grade: 'C' }] }],
    ['credit-policy.schema.json', 'a factor of 150', { id: 'P', grades: { A: { factor: 150, maxTermDays: 30 } } }],
    ['business-calendar.schema.json', 'a make-up working day on a Monday', { id: 'X', weekend: [0, 6], workdays: ['2026-01-05'] }],
    ['escalation-policy.schema.json', 'steps out of order', { ...DEFAULT_ESCALATION_POLICY, steps: [...DEFAULT_ESCALATION_POLICY.steps].reverse() }],
    ['commission-plan.schema.json', 'splits adding up to 90%', plan({ splits: [{ salesRepId: 'li', share: 60 }, { salesRepId: 'wang', share: 30 }] })],
    ['commission-plan.schema.json', 'a commission rate of 1.5', plan({ rate: { type: 'flat', rate: 1.5 } })],
    ['commission-plan.schema.json', "a 'collected' basis accrued on invoice", plan({ accrual: 'on_invoice' })],
  ];

  it.each(zodOnly)('%s leaves %s to zod', (file, _what, doc) => {
    expect(zodAccepts(file, doc)).toBe(false);
    expect(jsonAccepts(file, doc)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------
// Properties

/** Every path to a node of a JSON document (the root excluded). */
function pathsOf(node: Json, at: readonly (string | number)[] = []): (string | number)[][] {
  const here = at.length === 0 ? [] : [[...at]];
  if (Array.isArray(node)) return [...here, ...node.flatMap((child, i) => pathsOf(child, [...at, i]))];
  if (node !== null && typeof node === 'object') return [...here, ...Object.entries(node).flatMap(([key, child]) => pathsOf(child, [...at, key]))];
  return here;
}

/** A copy of `doc` with the node at `path` changed by `change` (which gets the parent and the key). */
function mutate(doc: Json, path: readonly (string | number)[], change: (parent: Json[] | { [key: string]: Json }, key: string | number) => void): Json {
  const copy = structuredClone(doc);
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json;
  change(parent as Json[] | { [key: string]: Json }, path[path.length - 1] as string | number);
  return copy;
}

const documents = Object.entries(DOCUMENTS).flatMap(([file, docs]) => docs.map((doc) => ({ file, doc: asJson(doc) })));
const anyDocument = fc.constantFrom(...documents);
/** Values a careless editor might write anywhere. */
const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(0, -1, 1.5, 100, 101, 1e30, '', 'x', '1', '-0', '1e3', '2026-01-01', true, false, [], {}, ['x'], { key: 'x' }),
  fc.integer({ min: -5000, max: 5000 }),
  fc.string({ maxLength: 6 }),
);

describe('properties', () => {
  it('whatever zod accepts, the JSON Schema accepts: documents changed anywhere', () => {
    fc.assert(
      fc.property(anyDocument, fc.nat(), fc.boolean(), anyValue, ({ file, doc }, pick, remove, value) => {
        const paths = pathsOf(doc);
        const path = paths[pick % paths.length];
        if (path === undefined) return;
        const changed = mutate(doc, path, (parent, key) => {
          if (!remove) (parent as Record<string | number, Json>)[key] = value;
          else if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        });
        if (zodAccepts(file, changed)) expect(jsonAccepts(file, changed)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('both refuse a null anywhere, and an unknown key in any object', () => {
    fc.assert(
      fc.property(anyDocument, fc.nat(), fc.boolean(), ({ file, doc }, pick, asNull) => {
        const paths = pathsOf(doc);
        const objects = [[], ...paths].filter((p) => {
          const node = p.reduce<Json>((n, key) => (n as Record<string | number, Json>)[key] as Json, doc);
          return node !== null && typeof node === 'object' && !Array.isArray(node);
        });
        const changed = asNull
          ? mutate(doc, paths[pick % paths.length] ?? [], (parent, key) => {
              (parent as Record<string | number, Json>)[key] = null;
            })
          : mutate(doc, [...(objects[pick % objects.length] ?? []), '__unknown__'], (parent, key) => {
              (parent as Record<string | number, Json>)[key] = true;
            });
        expect(zodAccepts(file, changed)).toBe(false);
        expect(jsonAccepts(file, changed)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  const [flatRate] = CommissionRateSchema.options;
  const decimals: readonly (readonly [string, z.ZodType])[] = [
    ['DecimalValueSchema', DecimalValueSchema],
    ['NonNegativeAmountSchema', NonNegativeAmountSchema],
    ['PositiveAmountSchema', PositiveAmountSchema],
    ['RateSchema', RateSchema],
    ['PercentSchema', PercentSchema],
    ['AnnualRateSchema', AnnualRateSchema],
    ['a grade factor (refined further)', GradeTermsSchema.shape.factor],
    ['a commission rate (refined further)', flatRate.shape.rate],
  ];
  const decimalPattern = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;
  /** Decimal strings, numbers and near misses. */
  const decimalLike: fc.Arbitrary<Json> = fc.oneof(
    fc
      .tuple(fc.constantFrom('', '+', '-'), fc.stringMatching(/^\d{1,3}$/), fc.constantFrom('', '.0', '.5', '.000', '.123456789'), fc.constantFrom('', 'e3', 'E-2', 'e+1', 'e-25', 'e30'))
      .map(([sign, digits, fraction, exponent]) => `${sign}${digits}${fraction}${exponent}`),
    fc.constantFrom<Json>('-0', '-0.00', '+0', '-0e5', '1e', '.5', '5.', '1,000', ' 1', '0x10', 'NaN', 'Infinity', '', '1e30', '1e-21', '100', '100.0001', '10'),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e31, max: 1e31 }),
    fc.integer({ min: -200, max: 200 }),
    fc.constantFrom<Json>(-0, 0, 1e-21, 1e-20, 100, 100.00000000000001, 10, 10.5, 1e30),
    fc.string({ maxLength: 8 }),
  );

  it.each(decimals)('%s: zod accepts ⇒ the JSON Schema accepts, and the string pattern is zod’s', (_name, schema) => {
    const validate = ajv.compile(toJsonSchema(schema));
    fc.assert(
      fc.property(decimalLike, (value) => {
        const zodOk = schema.safeParse(value).success;
        const jsonOk = validate(value);
        if (zodOk) expect(jsonOk).toBe(true);
        if (typeof value === 'string' && !decimalPattern.test(value)) expect(jsonOk).toBe(false);
        if (typeof value !== 'string' && typeof value !== 'number') expect(jsonOk).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
