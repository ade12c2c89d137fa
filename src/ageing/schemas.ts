import { z } from 'zod';
import type { Decimal } from '../core/decimal.js';
import { CurrencyCodeSchema, DecimalValueSchema, IsoDateSchema, ONLY_WHEN_VALID } from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';

const days = z.number({ error: 'must be a whole number of days' }).int({ error: 'must be a whole number of days' });

/** One ageing bucket: inclusive bounds on days (past due, or since issue); omit a bound for an open end. */
export const AgeingBucketSchema = z.strictObject({
  key: z
    .string()
    .regex(/^[A-Za-z0-9_.+-]{1,32}$/, { error: 'must be 1–32 letters, digits or _ . + -' })
    // Keys become property names of byBucket: '__proto__' would set its prototype, 'constructor' read Object's.
    .refine((key) => !(key in Object.prototype), { error: 'must not be a name of Object.prototype such as "__proto__" or "constructor"' }),
  label: z.string().optional(),
  labelZh: z.string().optional(),
  minDays: days.optional(),
  maxDays: days.optional(),
});

/**
 * Ageing buckets as data. `basis: 'due_date'` ages by days past due (`asOf − dueDate`:
 * an item due today is 0, not overdue), `'issue_date'` by days since issue. Buckets are
 * listed in ascending order and cover the whole line without gaps or overlaps: the
 * first has no `minDays`, the last no `maxDays`, and each `minDays` is the previous
 * `maxDays + 1`.
 */
export const AgeingBucketsSchema = z
  .strictObject({
    basis: z.enum(['due_date', 'issue_date']),
    buckets: z.array(AgeingBucketSchema).min(1, { error: 'must hold at least one bucket' }).max(50),
  })
  .superRefine(({ buckets }, ctx) => {
    const keys = new Set<string>();
    buckets.forEach((bucket, i) => {
      const at = (message: string) => ctx.addIssue({ code: 'custom', path: ['buckets', i], message });
      if (keys.has(bucket.key)) at(`repeats key "${bucket.key}"`);
      keys.add(bucket.key);
      if (i === 0 && bucket.minDays !== undefined) at('the first bucket must have no minDays (it covers everything below)');
      if (i === buckets.length - 1 && bucket.maxDays !== undefined) at('the last bucket must have no maxDays (it covers everything above)');
      if (i > 0 && bucket.minDays === undefined) at('needs minDays: only the first bucket is open below');
      if (i < buckets.length - 1 && bucket.maxDays === undefined) at('needs maxDays: only the last bucket is open above');
      if (bucket.minDays !== undefined && bucket.maxDays !== undefined && bucket.minDays > bucket.maxDays) {
        at('minDays must not exceed maxDays');
      }
      const previous = buckets[i - 1];
      if (previous?.maxDays !== undefined && bucket.minDays !== undefined && bucket.minDays !== previous.maxDays + 1) {
        at(
          bucket.minDays > previous.maxDays + 1
            ? `leaves a gap: days ${previous.maxDays + 1} to ${bucket.minDays - 1} are in no bucket`
            : `overlaps the previous bucket: minDays must be ${previous.maxDays + 1}`,
        );
      }
    });
  }, ONLY_WHEN_VALID);

/** Ageing buckets (see AgeingBucketsSchema). */
export type AgeingBuckets = DeepReadonly<z.input<typeof AgeingBucketsSchema>>;

/**
 * The default buckets, by days past due: not due (≤ 0), 1–30, 31–60, 61–90, 91–180,
 * 181–365 and over 365.
 *
 * @example
 * DEFAULT_AGEING_BUCKETS.buckets.map((b) => b.key); //=> ['not_due', '1_30', '31_60', '61_90', '91_180', '181_365', 'over_365']
 */
export const DEFAULT_AGEING_BUCKETS: AgeingBuckets = Object.freeze({
  basis: 'due_date',
  buckets: Object.freeze([
    Object.freeze({ key: 'not_due', label: 'Not due', labelZh: '未到期', maxDays: 0 }),
    Object.freeze({ key: '1_30', label: '1–30 days', labelZh: '逾期1-30天', minDays: 1, maxDays: 30 }),
    Object.freeze({ key: '31_60', label: '31–60 days', labelZh: '逾期31-60天', minDays: 31, maxDays: 60 }),
    Object.freeze({ key: '61_90', label: '61–90 days', labelZh: '逾期61-90天', minDays: 61, maxDays: 90 }),
    Object.freeze({ key: '91_180', label: '91–180 days', labelZh: '逾期91-180天', minDays: 91, maxDays: 180 }),
    Object.freeze({ key: '181_365', label: '181–365 days', labelZh: '逾期181-365天', minDays: 181, maxDays: 365 }),
    Object.freeze({ key: 'over_365', label: 'Over 365 days', labelZh: '逾期365天以上', minDays: 366 }),
  ]),
}) as AgeingBuckets;

/** A payment applied to an open item, for ageing as of a past date. */
export const ItemAllocationSchema = z.object({ date: IsoDateSchema, amount: DecimalValueSchema });

/** An open item (a receivable: an invoice, an instalment, a credit note). */
export const OpenItemSchema = z.object({
  id: z.string({ error: 'must be a string' }),
  customerId: z.string({ error: 'must be a string' }),
  salesRepId: z.string({ error: 'must be a string' }).optional(),
  productId: z.string({ error: 'must be a string' }).optional(),
  currency: CurrencyCodeSchema,
  /** Original amount (negative for a credit note). */
  amount: DecimalValueSchema,
  issueDate: IsoDateSchema,
  dueDate: IsoDateSchema,
  /** Open amount today, when `allocations` are not given. @defaultValue `amount` */
  openAmount: DecimalValueSchema.optional(),
  /** Payments applied, so the open amount can be computed as of any date. */
  allocations: z.array(ItemAllocationSchema).optional(),
});

/** An open item as input. */
export type OpenItem = DeepReadonly<z.input<typeof OpenItemSchema>>;

/** The fields an ageing report can group by, or a function of the item. */
export type AgeingGroupBy = 'customerId' | 'salesRepId' | 'productId' | ((item: OpenItem) => string);

/** Options of `ageReceivables`. */
export const AgeingOptionsSchema = z.strictObject({
  asOf: IsoDateSchema,
  /** @defaultValue DEFAULT_AGEING_BUCKETS */
  buckets: AgeingBucketsSchema.optional(),
  /** @defaultValue `'customerId'` */
  groupBy: z
    .union([z.enum(['customerId', 'salesRepId', 'productId']), z.custom<(item: OpenItem) => string>((v) => typeof v === 'function')], {
      error: "must be 'customerId', 'salesRepId', 'productId' or a function of the item",
    })
    .optional(),
  /** Decimal places of currencies huikuan does not know, e.g. `{ XAU: 4 }`. */
  scales: z.record(CurrencyCodeSchema, z.number().int().min(0).max(12)).optional(),
});

/** Options of `ageReceivables`. */
export type AgeingOptions = DeepReadonly<Omit<z.input<typeof AgeingOptionsSchema>, 'groupBy'>> & {
  readonly groupBy?: AgeingGroupBy | undefined;
};

/** Aged amounts of one group (or of a whole currency) in one currency. */
export interface AgeingFigures {
  readonly currency: string;
  /** Open amount per bucket key, every bucket present. */
  readonly byBucket: Readonly<Record<string, Decimal>>;
  /** Net open amount (credit balances included, negative). */
  readonly total: Decimal;
  /** Net open amount past its due date (days past due ≥ 1). */
  readonly overdue: Decimal;
  /** Open items counted. */
  readonly count: number;
  /** Largest days past due among items with a positive open amount (0 when none is overdue). */
  readonly maxDaysPastDue: number;
  /** amountDays ÷ debitTotal, half-up to 2 places: how late the money is on average. */
  readonly weightedAverageDaysPastDue: Decimal;
  /** Σ positive open amounts: the weight of the average. */
  readonly debitTotal: Decimal;
  /** Σ positive open amount × days past due (0 when not due): kept exact so reports merge. */
  readonly amountDays: Decimal;
}

/** One group of an ageing report. */
export interface AgeingGroup extends AgeingFigures {
  /** The group's key; null for items without the grouped-by field. */
  readonly key: string | null;
}

/** An aged-receivables report (账龄分析表). */
export interface AgeingReport {
  readonly asOf: string;
  readonly basis: 'due_date' | 'issue_date';
  readonly buckets: AgeingBuckets;
  readonly bucketKeys: readonly string[];
  /** What the report is grouped by (`'function'` for a custom grouping). */
  readonly groupBy: string;
  /** Groups sorted by key, then currency. */
  readonly groups: readonly AgeingGroup[];
  /** Totals per currency. */
  readonly totals: Readonly<Record<string, AgeingFigures>>;
}
