import { Decimal } from '../core/decimal.js';
import { HuikuanError, invalidInput } from '../core/errors.js';
import { toEpochDay } from '../core/isoDate.js';
import { parseItems } from '../core/parseItems.js';
import { parseArg } from '../core/validate.js';
import { allocateUnchecked, assertAtScale } from '../money/allocate.js';
import { knownMinorUnits } from '../money/currencies.js';
import {
  ApplyReceiptsOptionsSchema,
  InstalmentRefSchema,
  ReceiptSchema,
  type Allocation,
  type ApplyReceiptsOptions,
  type InstalmentKind,
  type InstalmentPosition,
  type InstalmentRef,
  type Receipt,
  type ReceiptApplication,
  type Unapplied,
} from './receiptSchemas.js';

const FN = 'applyReceipts';

interface Slot {
  readonly index: number;
  readonly id: string;
  readonly currency: string;
  readonly kind: InstalmentKind;
  readonly amount: Decimal;
  readonly dueDate: string | null;
  readonly rank: number;
  outstanding: Decimal;
  settledOn: string | null;
}

/** Sort key: kind rank (when `order` is given), then due date (undated last), then input order. */
function compareSlots(a: Slot, b: Slot): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.index - b.index;
}

/** Records `amount` of a receipt against a slot. */
function pay(slot: Slot, amount: Decimal, receipt: { id: string; date: string }, out: Allocation[]): void {
  if (amount.isZero()) return;
  slot.outstanding = slot.outstanding.minus(amount);
  if (slot.outstanding.isZero()) slot.settledOn = receipt.date;
  out.push({ receiptId: receipt.id, instalmentId: slot.id, amount, date: receipt.date });
}

/**
 * A currency's instalments in payment order, cut into one segment per kind rank
 * (a single segment without `order`). Within a segment slots run by due date, so the
 * slots due by a receipt's date are a prefix of each segment. `head` is the first
 * slot of a segment that may still owe anything: each receipt starts there, so
 * oldest-first application stays near O(receipts + instalments) and pro-rata
 * application touches only what is due.
 */
interface Segment {
  readonly slots: readonly Slot[];
  head: number;
}

/** Moves a segment's head past settled slots. */
function advance(segment: Segment): void {
  while (segment.head < segment.slots.length && segment.slots[segment.head]!.outstanding.isZero()) segment.head += 1;
}

/** Whether a slot falls due by a date (undated slots never do). */
const dueBy = (slot: Slot, date: string) => slot.dueDate !== null && slot.dueDate <= date;

/**
 * Pays slots in order until the money runs out; returns what is left. First what is
 * due by the receipt's date (rank by rank, oldest first: 民法典 art. 560 pays debts
 * already due first, art. 561 ranks costs, interest and principal among them), then
 * what is not yet due, in the same order.
 */
function payInOrder(queue: readonly Segment[], money: Decimal, receipt: { id: string; date: string }, out: Allocation[]): Decimal {
  let left = money;
  for (const dueFirst of [true, false]) {
    for (const segment of queue) {
      advance(segment);
      for (let k = segment.head; k < segment.slots.length && !left.isZero(); k++) {
        const slot = segment.slots[k]!;
        if (dueFirst && !dueBy(slot, receipt.date)) break; // the rest of this segment is not yet due
        if (slot.outstanding.isZero()) continue;
        const part = Decimal.min(left, slot.outstanding);
        pay(slot, part, receipt, out);
        left = left.minus(part);
      }
    }
  }
  return left;
}

/** Pays slots due by the receipt's date pro rata to what each owes, rank by rank; returns what is left. */
function payProRata(queue: readonly Segment[], money: Decimal, receipt: { id: string; date: string }, out: Allocation[]): Decimal {
  let left = money;
  for (const segment of queue) {
    if (left.isZero()) break;
    advance(segment);
    const due: Slot[] = [];
    for (let k = segment.head; k < segment.slots.length; k++) {
      const slot = segment.slots[k]!;
      if (!dueBy(slot, receipt.date)) break;
      if (!slot.outstanding.isZero()) due.push(slot);
    }
    if (due.length === 0) continue;
    let owed = new Decimal(0);
    let scale = Math.max(knownMinorUnits(due[0]!.currency) ?? 0, left.decimalPlaces());
    for (const slot of due) {
      owed = owed.plus(slot.outstanding);
      scale = Math.max(scale, slot.outstanding.decimalPlaces());
    }
    const amount = Decimal.min(left, owed);
    const parts = allocateUnchecked(amount, due.map((slot) => slot.outstanding), scale);
    due.forEach((slot, k) => pay(slot, parts[k]!, receipt, out));
    left = left.minus(amount);
  }
  return left;
}

/**
 * Applies receipts to instalments as of a date and reports where each instalment
 * stands. Receipts are taken in date order (ties in input order); receipts dated
 * after `asOf` are ignored (listed in `ignoredReceipts`). Each receipt pays only
 * instalments in its own currency; what it cannot place is `unapplied` (on account).
 *
 * Strategies:
 * - `oldest_due_first` (default): the earliest due date first (undated instalments
 *   last), then the next, until the money runs out.
 * - `proportional`: pro rata to what each instalment due by the receipt's date still
 *   owes (largest-remainder in minor units), the excess then oldest due first.
 * - `explicit_then_oldest`: a receipt naming an `instalmentId` pays that instalment
 *   first, the rest oldest due first.
 * Whatever the strategy, money placed in order goes first to what is due by the
 * receipt's date, then to what is not yet due (民法典 art. 560: debts already due
 * first). With `order` (e.g. `['fee', 'interest', 'principal']`, as art. 561 sets
 * absent agreement), kinds are ranked within each of those two groups.
 *
 * Status as of `asOf`: `paid` (nothing outstanding), `awaiting_milestone` (no due
 * date), `overdue` (due before `asOf`, something outstanding), `partially_paid`,
 * else `open`. Runs in O((receipts + instalments) log) plus the allocations made;
 * pro-rata application makes one allocation per instalment due at each receipt, so
 * receipts that trail many open instalments make many allocations.
 *
 * @param instalments - Iterable of `{ id, currency, amount, dueDate, kind? }`; an
 *   InstalmentPlan's `instalments` fit as they are.
 * @param receipts - Iterable of `{ id, date, amount, currency, instalmentId? }`.
 * @param options - `asOf`, `strategy?`, `order?`.
 * @returns Allocations, each instalment's position, unapplied money, ignored receipts.
 * @throws HuikuanError `invalid_input` for malformed items, repeated ids or a receipt
 *   naming an unknown instalment; `currency_mismatch` when a receipt names an
 *   instalment in another currency.
 * @example
 * const result = applyReceipts(
 *   [
 *     { id: 'A-1', currency: 'CNY', amount: '300', dueDate: '2026-01-31' },
 *     { id: 'A-2', currency: 'CNY', amount: '700', dueDate: '2026-02-28' },
 *   ],
 *   [{ id: 'R1', date: '2026-02-10', amount: '500', currency: 'CNY' }],
 *   { asOf: '2026-03-05' },
 * );
 * result.allocations.map((a) => `${a.instalmentId} ${a.amount}`); //=> ['A-1 300', 'A-2 200']
 * result.instalments.map((i) => i.status);                        //=> ['paid', 'overdue']
 * result.instalments[1].daysLate;                                 //=> 5
 */
export function applyReceipts(
  instalments: Iterable<InstalmentRef>,
  receipts: Iterable<Receipt>,
  options: ApplyReceiptsOptions,
): ReceiptApplication {
  const o = parseArg(ApplyReceiptsOptionsSchema, options, FN, 'options');
  const items = parseItems(InstalmentRefSchema, instalments, FN, 'instalments');
  const cash = parseItems(ReceiptSchema, receipts, FN, 'receipts');
  const strategy = o.strategy ?? 'oldest_due_first';
  const ranks = new Map((o.order ?? []).map((kind, i) => [kind, i]));

  // Amounts finer than a known currency's minor unit are a caller's mistake.
  const checkScale = (amount: Decimal, currency: string, path: (string | number)[]) => {
    const scale = knownMinorUnits(currency);
    if (scale !== undefined) assertAtScale(amount, scale, currency, FN, path);
  };
  items.forEach((item, index) => checkScale(item.amount, item.currency, ['instalments', index, 'amount']));
  cash.forEach((receipt, index) => checkScale(receipt.amount, receipt.currency, ['receipts', index, 'amount']));

  const byId = new Map<string, Slot>();
  const slots = items.map((item, index): Slot => {
    if (byId.has(item.id)) throw invalidInput(FN, [{ path: ['instalments', index, 'id'], message: `repeats id "${item.id}"` }]);
    const kind = item.kind ?? 'principal';
    const slot: Slot = {
      index,
      id: item.id,
      currency: item.currency,
      kind,
      amount: item.amount,
      dueDate: item.dueDate,
      rank: ranks.get(kind) ?? ranks.size,
      outstanding: item.amount,
      settledOn: null,
    };
    byId.set(item.id, slot);
    return slot;
  });

  const receiptIds = new Set<string>();
  cash.forEach((receipt, index) => {
    if (receiptIds.has(receipt.id)) throw invalidInput(FN, [{ path: ['receipts', index, 'id'], message: `repeats id "${receipt.id}"` }]);
    receiptIds.add(receipt.id);
    if (receipt.instalmentId === undefined) return;
    const named = byId.get(receipt.instalmentId);
    if (named === undefined) {
      throw invalidInput(FN, [
        { path: ['receipts', index, 'instalmentId'], message: `"${receipt.instalmentId}" is not among the instalments` },
      ]);
    }
    if (named.currency !== receipt.currency) {
      const message = `is in ${receipt.currency} but instalment "${named.id}" is in ${named.currency}`;
      throw new HuikuanError('currency_mismatch', `${FN}: receipts[${index}] ${message}`, [
        { path: ['receipts', index, 'currency'], message },
      ]);
    }
  });

  // One queue per currency, in payment order.
  const byCurrency = new Map<string, Slot[]>();
  for (const slot of [...slots].sort(compareSlots)) {
    const list = byCurrency.get(slot.currency);
    if (list === undefined) byCurrency.set(slot.currency, [slot]);
    else list.push(slot);
  }
  const queues = new Map<string, Segment[]>();
  for (const [currency, list] of byCurrency) {
    const segments: Segment[] = [];
    let start = 0;
    for (let k = 1; k <= list.length; k++) {
      if (k === list.length || list[k]!.rank !== list[start]!.rank) {
        segments.push({ slots: list.slice(start, k), head: 0 });
        start = k;
      }
    }
    queues.set(currency, segments);
  }
  const none: Segment[] = [];

  const applicable = cash
    .map((receipt, index) => ({ receipt, index }))
    .filter(({ receipt }) => receipt.date <= o.asOf)
    .sort((a, b) => (a.receipt.date < b.receipt.date ? -1 : a.receipt.date > b.receipt.date ? 1 : a.index - b.index));

  const allocations: Allocation[] = [];
  const unapplied: Unapplied[] = [];
  for (const { receipt } of applicable) {
    const queue = queues.get(receipt.currency) ?? none;
    let left = receipt.amount;
    if (strategy === 'explicit_then_oldest' && receipt.instalmentId !== undefined) {
      const slot = byId.get(receipt.instalmentId)!;
      const part = Decimal.min(left, slot.outstanding);
      pay(slot, part, receipt, allocations);
      left = left.minus(part);
    } else if (strategy === 'proportional') {
      left = payProRata(queue, left, receipt, allocations);
    }
    left = payInOrder(queue, left, receipt, allocations);
    if (!left.isZero()) unapplied.push({ receiptId: receipt.id, currency: receipt.currency, amount: left, date: receipt.date });
  }

  const asOfDay = toEpochDay(o.asOf);
  const positions = slots.map((slot): InstalmentPosition => {
    const paid = slot.amount.minus(slot.outstanding);
    const settled = slot.outstanding.isZero();
    let daysLate: number | null = null;
    if (slot.dueDate !== null) {
      const end = settled ? (slot.settledOn === null ? null : toEpochDay(slot.settledOn)) : asOfDay;
      daysLate = end === null ? 0 : Math.max(0, end - toEpochDay(slot.dueDate));
    }
    const status = settled
      ? 'paid'
      : slot.dueDate === null
        ? 'awaiting_milestone'
        : slot.dueDate < o.asOf
          ? 'overdue'
          : paid.isZero()
            ? 'open'
            : 'partially_paid';
    return {
      id: slot.id,
      currency: slot.currency,
      kind: slot.kind,
      amount: slot.amount,
      dueDate: slot.dueDate,
      paid,
      outstanding: slot.outstanding,
      status,
      settledOn: slot.settledOn,
      daysLate,
    };
  });

  return {
    asOf: o.asOf,
    strategy,
    allocations,
    instalments: positions,
    unapplied,
    ignoredReceipts: cash.filter((receipt) => receipt.date > o.asOf).map((receipt) => receipt.id),
  };
}
