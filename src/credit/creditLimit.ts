import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { invalidInput } from '../core/errors.js';
import { CurrencyCodeSchema, DecimalValueSchema, NonNegativeAmountSchema, PercentSchema, RateSchema } from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';
import { parseArg } from '../core/validate.js';
import { resolveScale } from '../money/currencies.js';

const FN = 'creditLimit';

/** A record's own entry (never one inherited from Object.prototype, such as "constructor"). */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string | undefined): T | undefined {
  return record !== undefined && key !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
const nonNegative = NonNegativeAmountSchema;
const percent = PercentSchema;

/** Credit terms of a grade. */
export const GradeTermsSchema = z.strictObject({
  /** Multiplies the sales-based limit (0.8 for grade A, say), 0 to 100. */
  factor: RateSchema.refine((d) => d.lte(100), { error: 'must be at most 100' }),
  /** Longest payment term granted, in days. */
  maxTermDays: z.number().int().min(0).max(3650),
  /** Months of sales the limit covers. @defaultValue maxTermDays ÷ 30 */
  creditPeriodMonths: DecimalValueSchema.refine((d) => d.gt(0), { error: 'must be positive' }).optional(),
  /** Cash in advance: no credit at all. @defaultValue false */
  prepayment: z.boolean().optional(),
});

/** Caps on a limit: the lowest that applies wins. */
export const LimitCapsSchema = z.strictObject({
  /** At most this percent of the customer's net worth. */
  percentOfNetWorth: percent.optional(),
  /** At most this percent of the customer's working capital. */
  percentOfWorkingCapital: percent.optional(),
  /** At most this amount. */
  absolute: nonNegative.optional(),
});

const OverrideSchema = z.strictObject({
  grades: z.record(z.string(), GradeTermsSchema).optional(),
  caps: LimitCapsSchema.optional(),
});

/**
 * A credit-limit policy as data: terms by grade and caps, with overrides for customer
 * groups and single customers. A grade's terms are looked up customer → group →
 * default; so are the caps, as a whole block (a customer's caps replace the group's
 * or the default caps entirely).
 */
export const CreditPolicySchema = z.strictObject({
  id: z.string().min(1),
  version: z.union([z.string(), z.number()]).optional(),
  grades: z.record(z.string(), GradeTermsSchema),
  caps: LimitCapsSchema.optional(),
  groups: z.record(z.string(), OverrideSchema).optional(),
  customers: z.record(z.string(), OverrideSchema).optional(),
});

/** A credit-limit policy (see CreditPolicySchema). */
export type CreditPolicy = DeepReadonly<z.input<typeof CreditPolicySchema>>;

const InputSchema = z.strictObject({
  grade: z.string().min(1),
  currency: CurrencyCodeSchema,
  averageMonthlySales: nonNegative,
  customerId: z.string().optional(),
  groupId: z.string().optional(),
  netWorth: DecimalValueSchema.optional(),
  workingCapital: DecimalValueSchema.optional(),
  scale: z.number().int().min(0).max(12).optional(),
});

/** Input of `creditLimit`. */
export type CreditLimitInput = DeepReadonly<z.input<typeof InputSchema>>;

/** One step of a limit's derivation. */
export interface LimitStep {
  readonly step: 'terms' | 'prepayment' | 'sales_based' | 'cap' | 'result';
  readonly value: Decimal | null;
  readonly explanation: string;
}

/** A credit limit with its terms and how it was reached. */
export interface CreditLimitResult {
  readonly currency: string;
  /** The limit, rounded down to the minor unit; 0 under prepayment. */
  readonly limit: Decimal;
  readonly termDays: number;
  readonly prepaymentRequired: boolean;
  /** Where the grade's terms came from. */
  readonly source: 'customer' | 'group' | 'default';
  readonly basis: readonly LimitStep[];
}

/**
 * A customer's credit limit and payment terms from its grade (信用额度): by default
 * `average monthly sales × credit period in months × the grade's factor`, then the
 * lowest cap that applies (a percent of net worth, a percent of working capital, an
 * absolute amount), rounded down to the minor unit. A prepayment grade gets no credit.
 * Terms and caps are looked up customer → group → default policy; every step is
 * listed in `basis`.
 *
 * @param policy - A CreditPolicy.
 * @param input - `grade`, `currency`, `averageMonthlySales`; optional `customerId`,
 *   `groupId`, `netWorth`, `workingCapital` (caps apply only when given), `scale`.
 * @returns `{ limit, termDays, prepaymentRequired, source, basis }`.
 * @throws HuikuanError `invalid_input` for a malformed policy or input, or a grade the
 *   policy has no terms for; `unsupported` for an unknown currency without `scale`.
 * @example
 * const policy = { id: 'P', grades: { A: { factor: '0.8', maxTermDays: 60 } }, caps: { absolute: '600000' } };
 * const result = creditLimit(policy, { grade: 'A', currency: 'CNY', averageMonthlySales: '500000' });
 * result.limit.toString(); //=> '600000'  (500,000 × 2 × 0.8 = 800,000, capped)
 * result.termDays;         //=> 60
 */
export function creditLimit(policy: CreditPolicy, input: CreditLimitInput): CreditLimitResult {
  const p = parseArg(CreditPolicySchema, policy, FN, 'policy');
  const i = parseArg(InputSchema, input, FN, 'input');
  const scale = resolveScale(i.currency, i.scale, FN, { currency: ['input', 'currency'], scale: 'input.scale' });
  const customer = own(p.customers, i.customerId);
  const group = own(p.groups, i.groupId);

  const levels = [
    ['customer', own(customer?.grades, i.grade)],
    ['group', own(group?.grades, i.grade)],
    ['default', own(p.grades, i.grade)],
  ] as const;
  const found = levels.find(([, terms]) => terms !== undefined);
  if (found === undefined || found[1] === undefined) {
    throw invalidInput(FN, [{ path: ['input', 'grade'], message: `"${i.grade}" has no terms in policy "${p.id}"` }]);
  }
  const [source, terms] = found;
  const basis: LimitStep[] = [
    { step: 'terms', value: null, explanation: `grade ${i.grade} (${source} policy): factor ${terms.factor.toFixed()}, terms ${terms.maxTermDays} days` },
  ];
  if (terms.prepayment === true) {
    basis.push({ step: 'prepayment', value: new Decimal(0), explanation: `grade ${i.grade} trades on prepayment: no credit` });
    return { currency: i.currency, limit: new Decimal(0), termDays: 0, prepaymentRequired: true, source, basis };
  }

  // Months of sales: creditPeriodMonths, else maxTermDays ÷ 30, divided last so that
  // 40 days of 300,000 a month is exactly 400,000 (no 1.333… months rounding first).
  const period = terms.creditPeriodMonths === undefined ? `(${terms.maxTermDays} ÷ 30)` : terms.creditPeriodMonths.toFixed();
  // (+ 0 turns a maxTermDays of -0, which JSON can carry, into 0: no limit printed "-0".)
  let limit =
    terms.creditPeriodMonths === undefined
      ? i.averageMonthlySales.times(terms.maxTermDays + 0).times(terms.factor).div(30)
      : i.averageMonthlySales.times(terms.creditPeriodMonths).times(terms.factor);
  basis.push({
    step: 'sales_based',
    value: limit,
    explanation: `average monthly sales ${i.averageMonthlySales.toFixed()} × ${period} months × factor ${terms.factor.toFixed()} = ${limit.toDecimalPlaces(scale, Decimal.ROUND_DOWN).toFixed()}`,
  });

  const caps = customer?.caps ?? group?.caps ?? p.caps;
  const candidates: [Decimal, string][] = [];
  if (caps?.percentOfNetWorth !== undefined && i.netWorth !== undefined) {
    candidates.push([Decimal.max(i.netWorth, 0).times(caps.percentOfNetWorth).div(100), `${caps.percentOfNetWorth.toFixed()}% of net worth ${i.netWorth.toFixed()}`]);
  }
  if (caps?.percentOfWorkingCapital !== undefined && i.workingCapital !== undefined) {
    candidates.push([
      Decimal.max(i.workingCapital, 0).times(caps.percentOfWorkingCapital).div(100),
      `${caps.percentOfWorkingCapital.toFixed()}% of working capital ${i.workingCapital.toFixed()}`,
    ]);
  }
  if (caps?.absolute !== undefined) candidates.push([caps.absolute, 'the absolute cap']);
  for (const [cap, what] of candidates) {
    const binding = cap.lt(limit);
    basis.push({ step: 'cap', value: cap, explanation: `cap: ${what} = ${cap.toFixed()}${binding ? ' (binding)' : ''}` });
    if (binding) limit = cap;
  }
  const rounded = limit.toDecimalPlaces(scale, Decimal.ROUND_DOWN);
  basis.push({ step: 'result', value: rounded, explanation: `limit ${rounded.toFixed(scale)} ${i.currency}, rounded down to the minor unit` });
  return { currency: i.currency, limit: rounded, termDays: terms.maxTermDays, prepaymentRequired: false, source, basis };
}
