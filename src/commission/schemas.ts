import { z } from 'zod';
import type { Decimal } from '../core/decimal.js';
import {
  CurrencyCodeSchema,
  DecimalValueSchema,
  IsoDateSchema,
  NonNegativeAmountSchema,
  ONLY_WHEN_VALID,
  PercentSchema,
  RateSchema,
} from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';

/** Reports a refinement's problem at a path (the issue's zod `code` is not part of a HuikuanIssue). */
const problem = (ctx: z.RefinementCtx, path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

/** A commission rate as a decimal: `0.03` is 3% of the base. */
const CommissionRate = RateSchema.refine((d) => d.lte(1), { error: 'must be a rate from 0 to 1 (0.03 is 3%)' });

/** A flat rate, or tiers over the period's base (marginal: each slice at its rate; retroactive: all at the rate reached). */
export const CommissionRateSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('flat'), rate: CommissionRate }),
    z
      .strictObject({
        type: z.literal('tiered'),
        mode: z.enum(['marginal', 'retroactive']),
        tiers: z.array(z.strictObject({ upTo: NonNegativeAmountSchema.optional(), rate: CommissionRate })).min(1),
      })
      .superRefine((r, ctx) => {
        if (r.mode === 'retroactive' && r.tiers.some((t, i) => i > 0 && t.rate.lt(r.tiers[i - 1]!.rate))) {
          problem(ctx, ['tiers'], 'retroactive tier rates must not fall (selling one more would pay less)');
        }
        r.tiers.forEach((tier, i) => {
          const last = i === r.tiers.length - 1;
          if (last && tier.upTo !== undefined) problem(ctx, ['tiers', i, 'upTo'], 'the last tier must have no upTo');
          if (!last && tier.upTo === undefined) problem(ctx, ['tiers', i, 'upTo'], 'needs upTo: only the last tier is open');
          const previous = r.tiers[i - 1]?.upTo;
          if (previous !== undefined && tier.upTo !== undefined && !tier.upTo.gt(previous)) {
            problem(ctx, ['tiers', i, 'upTo'], 'tiers must be ascending');
          }
        });
      }, ONLY_WHEN_VALID),
  ],
  { error: 'must be { type: "flat", rate } or { type: "tiered", mode, tiers }' },
);

/**
 * A commission plan as data (提成方案): what it is paid on (`basis`), when it accrues
 * (`accrual`), at what rate, with overrides, gates, timing bonus and penalty, clawback,
 * splits between reps, a cap and a holdback. Validation: splits add up to exactly
 * 100%, tiers ascending, rates between 0 and 1, and a `collected` basis only with an
 * accrual on collection.
 */
export const CommissionPlanSchema = z
  .strictObject({
    id: z.string().min(1),
    version: z.union([z.string(), z.number()]),
    currency: CurrencyCodeSchema,
    basis: z.enum(['collected', 'invoiced', 'margin']),
    accrual: z.enum(['on_invoice', 'on_collection', 'on_collection_paid_on_terminal', 'on_target']),
    rate: CommissionRateSchema,
    overrides: z
      .array(
        z.strictObject({
          match: z.strictObject({ productId: z.string().optional(), category: z.string().optional(), customerId: z.string().optional() }),
          rate: CommissionRate,
        }),
      )
      .optional(),
    gates: z
      .array(z.strictObject({ metric: z.enum(['collection_rate', 'target_attainment']), min: RateSchema, effect: z.enum(['void', 'defer', 'scale']) }))
      .optional(),
    timing: z
      .union([
        z.strictObject({
          bands: z
            .array(z.strictObject({ maxDaysLate: z.number().int().min(0).max(3650), factor: RateSchema }))
            .min(1)
            .refine((bands) => bands.every((b, i) => i === 0 || b.maxDaysLate > bands[i - 1]!.maxDaysLate), { error: 'bands must rise in maxDaysLate' }),
        }),
        z.strictObject({ earlyBonusMonthlyRate: RateSchema, latePenaltyMonthlyRate: RateSchema }),
      ])
      .optional(),
    clawback: z.strictObject({ on: z.array(z.enum(['write_off', 'refund'])).min(1), withinDays: z.number().int().min(0).optional() }).optional(),
    splits: z.array(z.strictObject({ salesRepId: z.string().min(1), share: PercentSchema })).min(1).optional(),
    cap: NonNegativeAmountSchema.optional(),
    holdbackPercent: PercentSchema.optional(),
  })
  .superRefine((plan, ctx) => {
    if (plan.splits !== undefined) {
      const total = plan.splits.reduce((sum, s) => sum.plus(s.share), plan.splits[0]!.share.minus(plan.splits[0]!.share));
      if (!total.equals(100)) problem(ctx, ['splits'], `shares add up to ${total.toFixed()}%, not 100%`);
      if (new Set(plan.splits.map((s) => s.salesRepId)).size !== plan.splits.length) problem(ctx, ['splits'], 'must not repeat a rep');
    }
    if (plan.basis === 'collected' && plan.accrual === 'on_invoice') {
      problem(ctx, ['basis'], "a 'collected' basis needs an accrual on collection or on target");
    }
  }, ONLY_WHEN_VALID);

/** A commission plan (see CommissionPlanSchema). */
export type CommissionPlan = DeepReadonly<z.input<typeof CommissionPlanSchema>>;

/** A receivable (invoice) the rep sold. */
export const CommissionReceivableSchema = z.object({
  id: z.string().min(1),
  customerId: z.string().min(1),
  salesRepId: z.string().optional(),
  productId: z.string().optional(),
  category: z.string().optional(),
  currency: CurrencyCodeSchema,
  amount: DecimalValueSchema.refine((d) => d.gt(0), { error: 'must be positive' }),
  /** Gross margin on the receivable, for a `margin` basis. */
  margin: DecimalValueSchema.optional(),
  issueDate: IsoDateSchema,
  dueDate: IsoDateSchema,
});

/** Part of a receipt applied to a receivable (or one of its instalments, with that instalment's due date). */
export const CommissionAllocationSchema = z.object({
  receiptId: z.string().min(1),
  receivableId: z.string().min(1),
  amount: DecimalValueSchema.refine((d) => d.gt(0), { error: 'must be positive' }),
  date: IsoDateSchema,
  /** The instalment's due date, when the receipt pays an instalment. @defaultValue the receivable's dueDate */
  dueDate: IsoDateSchema.optional(),
});

/** Input of `calculateCommission`. */
export const CommissionInputSchema = z.strictObject({
  period: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }).refine((p) => p.from <= p.to, { error: 'from must not be after to', path: ['to'], ...ONLY_WHEN_VALID }),
  salesRepId: z.string().min(1),
  receivables: z.array(CommissionReceivableSchema),
  allocations: z.array(CommissionAllocationSchema),
  writeOffs: z.array(z.strictObject({ receivableId: z.string().min(1), date: IsoDateSchema, amount: NonNegativeAmountSchema.optional() })).optional(),
  refunds: z.array(z.strictObject({ receivableId: z.string().min(1), date: IsoDateSchema, amount: NonNegativeAmountSchema.optional() })).optional(),
  /** Sales to end customers (终端销售) in the period, for `on_collection_paid_on_terminal`. */
  terminalSales: z.array(z.strictObject({ date: IsoDateSchema, amount: NonNegativeAmountSchema, productId: z.string().optional() })).optional(),
  /** The rep's target for the period, for `target_attainment` gates and `on_target`. */
  targets: z.strictObject({ amount: DecimalValueSchema.refine((d) => d.gt(0), { error: 'must be positive' }) }).optional(),
  /** Earlier statements: what was paid per receivable (for clawback) and deferred (carried in). */
  priorStatements: z
    .array(
      z.object({
        lines: z.array(z.object({ kind: z.string(), receivableId: z.string().optional(), amount: DecimalValueSchema })),
        /** With `payable`, the share of what accrued that was actually paid (gates, caps and holdbacks withheld the rest). */
        accrued: DecimalValueSchema.optional(),
        payable: DecimalValueSchema.optional(),
        deferred: DecimalValueSchema.optional(),
      }),
    )
    .optional(),
});

/** Input of `calculateCommission`. */
export type CommissionInput = DeepReadonly<z.input<typeof CommissionInputSchema>>;

/** One line of a commission statement, explaining itself. */
export interface CommissionLine {
  readonly kind: 'accrual' | 'bonus' | 'penalty' | 'gate' | 'clawback' | 'holdback' | 'cap';
  readonly receivableId?: string;
  readonly receiptId?: string;
  /** The amount the rate applies to. */
  readonly base: Decimal;
  readonly rate: Decimal;
  /** A timing factor, when one applied. */
  readonly factor?: Decimal;
  readonly amount: Decimal;
  readonly explanation: string;
  readonly explanationZh: string;
}

/** A rep's commission statement for a period (提成明细). */
export interface CommissionStatement {
  readonly salesRepId: string;
  readonly currency: string;
  readonly period: { readonly from: string; readonly to: string };
  readonly lines: readonly CommissionLine[];
  /** Σ accrual, bonus and penalty lines. */
  readonly accrued: Decimal;
  /** Σ gate, clawback, cap and holdback lines (zero or negative). */
  readonly adjustments: Decimal;
  /** accrued + adjustments = Σ lines. */
  readonly payable: Decimal;
  /** Held back for later (a deferring gate, a holdback, commission awaiting terminal sales). */
  readonly deferred: Decimal;
  readonly gates: readonly { readonly metric: string; readonly value: Decimal | null; readonly min: Decimal; readonly passed: boolean }[];
}
