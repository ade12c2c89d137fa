import { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { DecimalValueSchema, IsoDateSchema } from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';
import { parseArg } from '../core/validate.js';

const Amount = DecimalValueSchema;

/** An open sales order, with its planned delivery date when known. */
export const OpenOrderSchema = z.strictObject({ id: z.string().optional(), amount: Amount, deliveryDate: IsoDateSchema.optional() });

const InputSchema = z.strictObject({
  /** Open receivables (invoiced, unpaid). */
  openReceivables: Amount,
  /** Open orders: a total, or a list (so orders beyond the horizon can be left out). */
  openOrders: z.union([Amount, z.array(OpenOrderSchema)]).optional(),
  /** Shipped but not yet invoiced. */
  shippedNotInvoiced: Amount.optional(),
  /** Anything else the company counts (guarantees given, bills endorsed). */
  other: z.array(z.strictObject({ label: z.string().min(1), amount: Amount })).optional(),
  /** Orders delivering after this date are left out. */
  horizon: IsoDateSchema.optional(),
});

/** What counts towards a customer's credit exposure. */
export type ExposureInput = DeepReadonly<z.input<typeof InputSchema>>;

const Treatment = z.enum(['count', 'show']);
const OptionsSchema = z.strictObject({
  /** Per category: `count` towards the total (default) or only `show` it (statistical). */
  categories: z
    .strictObject({
      openReceivables: Treatment.optional(),
      openOrders: Treatment.optional(),
      shippedNotInvoiced: Treatment.optional(),
      other: Treatment.optional(),
    })
    .optional(),
});

/** Options of `measureExposure`. */
export type ExposureOptions = DeepReadonly<z.input<typeof OptionsSchema>>;

/** One line of the exposure breakdown. */
export interface ExposureLine {
  readonly category: 'openReceivables' | 'openOrders' | 'shippedNotInvoiced' | 'other';
  readonly label: string;
  readonly amount: Decimal;
  /** False for a statistical (shown only) category. */
  readonly counted: boolean;
}

/** A customer's credit exposure (信用占用). */
export interface Exposure {
  /** Σ counted lines: what a limit is checked against. */
  readonly total: Decimal;
  readonly lines: readonly ExposureLine[];
  /** Open orders left out for delivering after the horizon. */
  readonly beyondHorizon: Decimal;
}

/**
 * A customer's credit exposure: open receivables, open orders, shipped but not yet
 * invoiced, and anything else, each counted towards the total or only shown
 * (statistical), with open orders delivering after `horizon` left out.
 *
 * @param input - `openReceivables`; optional `openOrders` (a total or a list with
 *   delivery dates), `shippedNotInvoiced`, `other`, `horizon`.
 * @param options - `categories`: `count` (default) or `show` per category.
 * @returns `{ total, lines, beyondHorizon }`.
 * @throws HuikuanError `invalid_input` for malformed input.
 * @example
 * const exposure = measureExposure(
 *   { openReceivables: '500000', openOrders: [{ amount: '200000', deliveryDate: '2026-12-10' }, { amount: '90000', deliveryDate: '2027-03-01' }],
 *     shippedNotInvoiced: '40000', horizon: '2026-12-31' },
 *   { categories: { shippedNotInvoiced: 'show' } },
 * );
 * exposure.total.toString();         //=> '700000'
 * exposure.beyondHorizon.toString(); //=> '90000'
 */
export function measureExposure(input: ExposureInput, options?: ExposureOptions): Exposure {
  const i = parseArg(InputSchema, input, 'measureExposure', 'input');
  const o = parseArg(OptionsSchema, options ?? {}, 'measureExposure', 'options');
  const treat = (category: ExposureLine['category']) => (o.categories?.[category] ?? 'count') === 'count';
  const lines: ExposureLine[] = [{ category: 'openReceivables', label: 'open receivables', amount: i.openReceivables, counted: treat('openReceivables') }];
  let beyondHorizon = new Decimal(0);
  if (i.openOrders !== undefined) {
    let orders = new Decimal(0);
    if (Array.isArray(i.openOrders)) {
      for (const order of i.openOrders) {
        if (i.horizon !== undefined && order.deliveryDate !== undefined && order.deliveryDate > i.horizon) beyondHorizon = beyondHorizon.plus(order.amount);
        else orders = orders.plus(order.amount);
      }
    } else orders = i.openOrders;
    lines.push({ category: 'openOrders', label: 'open orders', amount: orders, counted: treat('openOrders') });
  }
  if (i.shippedNotInvoiced !== undefined) {
    lines.push({ category: 'shippedNotInvoiced', label: 'shipped, not invoiced', amount: i.shippedNotInvoiced, counted: treat('shippedNotInvoiced') });
  }
  for (const other of i.other ?? []) lines.push({ category: 'other', label: other.label, amount: other.amount, counted: treat('other') });
  const total = lines.filter((line) => line.counted).reduce((sum, line) => sum.plus(line.amount), new Decimal(0));
  return { total, lines, beyondHorizon };
}
