import { z } from 'zod';
import type { DeepReadonly } from '../core/types.js';
import type { Decimal } from '../core/decimal.js';
import { CurrencyCodeSchema, IsoDateSchema, NonNegativeAmountSchema, PositiveAmountSchema } from '../core/schemas.js';

/** What an instalment is for; `order` in applyReceipts can rank them. */
export const InstalmentKindSchema = z.enum(['principal', 'interest', 'fee']);

/** What an instalment is for. */
export type InstalmentKind = z.infer<typeof InstalmentKindSchema>;

const nonNegative = NonNegativeAmountSchema;

/**
 * An instalment as receipt application needs it: an id, a currency, an amount and a
 * due date (null while awaiting a milestone). The instalments of an InstalmentPlan fit
 * as they are; other fields are ignored.
 */
export const InstalmentRefSchema = z.object({
  id: z.string().min(1, { error: 'must be a non-empty string' }),
  currency: CurrencyCodeSchema,
  amount: nonNegative,
  dueDate: IsoDateSchema.nullable(),
  /** @defaultValue `'principal'` */
  kind: InstalmentKindSchema.optional(),
});

/** An instalment as receipt application needs it. */
export type InstalmentRef = DeepReadonly<z.input<typeof InstalmentRefSchema>>;

/** Cash received from the customer (回款). */
export const ReceiptSchema = z.object({
  id: z.string().min(1, { error: 'must be a non-empty string' }),
  date: IsoDateSchema,
  amount: PositiveAmountSchema,
  currency: CurrencyCodeSchema,
  /** The instalment the customer says this pays (used by `explicit_then_oldest`). */
  instalmentId: z.string().min(1).optional(),
});

/** Cash received from the customer. */
export type Receipt = DeepReadonly<z.input<typeof ReceiptSchema>>;

/** How receipts are applied to instalments. */
export const ApplicationStrategySchema = z.enum(['oldest_due_first', 'proportional', 'explicit_then_oldest']);

/** How receipts are applied to instalments. */
export type ApplicationStrategy = z.infer<typeof ApplicationStrategySchema>;

/** Options of `applyReceipts`. */
export const ApplyReceiptsOptionsSchema = z.strictObject({
  asOf: IsoDateSchema,
  /** @defaultValue `'oldest_due_first'` */
  strategy: ApplicationStrategySchema.optional(),
  /** Kinds in the order they are paid, e.g. `['fee', 'interest', 'principal']` (民法典 第561条). */
  order: z
    .array(InstalmentKindSchema)
    .refine((kinds) => new Set(kinds).size === kinds.length, { error: 'must not repeat a kind' })
    .optional(),
});

/** Options of `applyReceipts`. */
export type ApplyReceiptsOptions = DeepReadonly<z.input<typeof ApplyReceiptsOptionsSchema>>;

/** Part of a receipt applied to an instalment. */
export interface Allocation {
  readonly receiptId: string;
  readonly instalmentId: string;
  readonly amount: Decimal;
  /** The receipt's date. */
  readonly date: string;
}

/** As-of status of an instalment once receipts are applied. */
export type InstalmentStatus = 'paid' | 'partially_paid' | 'open' | 'overdue' | 'awaiting_milestone';

/** An instalment's position after receipts. */
export interface InstalmentPosition {
  readonly id: string;
  readonly currency: string;
  readonly kind: InstalmentKind;
  readonly amount: Decimal;
  readonly dueDate: string | null;
  readonly paid: Decimal;
  readonly outstanding: Decimal;
  readonly status: InstalmentStatus;
  /** Date of the receipt that completed it; null while anything is outstanding. */
  readonly settledOn: string | null;
  /** Days between due date and settlement (or `asOf` while open); 0 when not late; null without a due date. */
  readonly daysLate: number | null;
}

/** Money received and not applied to any instalment (on account, 预收). */
export interface Unapplied {
  readonly receiptId: string;
  readonly currency: string;
  readonly amount: Decimal;
  readonly date: string;
}

/** The result of `applyReceipts`. */
export interface ReceiptApplication {
  readonly asOf: string;
  readonly strategy: ApplicationStrategy;
  readonly allocations: readonly Allocation[];
  readonly instalments: readonly InstalmentPosition[];
  readonly unapplied: readonly Unapplied[];
  /** Ids of receipts dated after `asOf`, which were not applied. */
  readonly ignoredReceipts: readonly string[];
}
