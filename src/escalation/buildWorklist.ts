import { z } from 'zod';
import { WEEKENDS_ONLY } from '../calendar/calendars.js';
import { compileCalendar } from '../calendar/compileCalendar.js';
import { Decimal } from '../core/decimal.js';
import { HuikuanError } from '../core/errors.js';
import { toEpochDay } from '../core/isoDate.js';
import { parseEach } from '../core/parseItems.js';
import type { DeepReadonly } from '../core/types.js';
import { parseArg } from '../core/validate.js';
import { resolveScale } from '../money/currencies.js';
import {
  EscalationItemSchema,
  EscalationRunOptionsSchema,
  type EscalationAction,
  type EscalationItem,
  type EscalationPolicy,
  type PlannedStep,
} from './schemas.js';
import { statusOf } from './status.js';

const FN = 'buildWorklist';
const OptionsSchema = EscalationRunOptionsSchema.extend({
  /** Only customers whose most severe step was reached in the last `windowDays` days (0: today). @defaultValue all */
  windowDays: z.number().int().min(0).max(3650).optional(),
});

/** Options of `buildWorklist`. */
export type WorklistOptions = DeepReadonly<Omit<z.input<typeof OptionsSchema>, 'policy'>> & { readonly policy: EscalationPolicy };

/** An item on a worklist entry. */
export interface WorklistItem {
  readonly itemId: string;
  readonly currency: string;
  readonly open: Decimal;
  readonly daysPastDue: number;
  readonly step: string;
}

/** One action due: a customer at its most severe step. */
export interface WorklistAction {
  readonly customerId: string;
  readonly step: PlannedStep;
  readonly owner: string;
  /** The customer's items in the timetable, most overdue first. */
  readonly items: readonly WorklistItem[];
  /** Open and past due, per currency. */
  readonly overdue: Readonly<Record<string, Decimal>>;
  /** Σ open × days past due over the items: how urgent (in the items' own currencies). */
  readonly priority: Decimal;
}

/** Today's collection worklist. */
export interface Worklist {
  readonly asOf: string;
  /** Sorted by priority, highest first, then customer. */
  readonly actions: readonly WorklistAction[];
  /** Customers with sanctions in force, and on which items. */
  readonly sanctioned: readonly { readonly customerId: string; readonly sanctions: readonly EscalationAction[]; readonly itemIds: readonly string[] }[];
}

/**
 * Today's collection worklist (催收工作清单): one action per customer, at the most
 * severe step any of its items has reached, with the step's owner, the items behind it,
 * the overdue total and a priority (Σ open × days past due), highest first; and the
 * customers under sanction with the sanctions in force (a running promise pauses the
 * chase but not the sanctions). Paid, disputed and promised items never appear among
 * the actions. One pass over the items; memory in customers. The items must share one
 * currency (priorities add amounts): build one worklist per currency.
 *
 * @param items - Iterable of escalation items (see escalationStatus).
 * @param options - `asOf`, `policy`; `windowDays` to list only customers whose most
 *   severe step was reached within that many days; `calendar`; `scale`.
 * @returns `{ asOf, actions, sanctioned }`.
 * @throws HuikuanError `invalid_input` for a malformed item (naming its index), policy
 *   or option; `currency_mismatch` for items in several currencies.
 * @example
 * const list = buildWorklist(
 *   [
 *     { id: 'A', customerId: 'C1', currency: 'CNY', amount: '5000', dueDate: '2026-10-31' },
 *     { id: 'B', customerId: 'C1', currency: 'CNY', amount: '2000', dueDate: '2026-11-20' },
 *     { id: 'C', customerId: 'C2', currency: 'CNY', amount: '9000', dueDate: '2026-11-10', promises: [{ madeOn: '2026-11-18', promisedDate: '2026-11-30' }] },
 *   ],
 *   { asOf: '2026-11-23', policy: DEFAULT_ESCALATION_POLICY },
 * );
 * list.actions.map((a) => `${a.customerId} ${a.step.id} ${a.owner} ${a.priority}`); //=> ['C1 formal_notice sales_manager 121000']
 */
export function buildWorklist(items: Iterable<EscalationItem>, options: WorklistOptions): Worklist {
  const o = parseArg(OptionsSchema, options, FN, 'options');
  const cal = compileCalendar(o.calendar ?? WEEKENDS_ONLY, FN, 'options.calendar');
  const rank = new Map(o.policy.steps.map((step, i) => [step.id, i]));
  const asOfDay = toEpochDay(o.asOf);
  const customers = new Map<string, { step: PlannedStep; items: WorklistItem[] }>();

  let index = 0;
  let currency: string | undefined;
  const sanctions = new Map<string, { sanctions: Set<EscalationAction>; itemIds: string[] }>();
  for (const item of parseEach(EscalationItemSchema, items, FN, 'items')) {
    // Priorities add amounts: one worklist per currency, never a mix.
    if (currency === undefined) currency = item.currency;
    else if (item.currency !== currency) {
      const message = `is in ${item.currency} but the worklist is in ${currency}: build one worklist per currency`;
      throw new HuikuanError('currency_mismatch', `${FN}: items[${index}] ${message}`, [{ path: ['items', index, 'currency'], message }]);
    }
    const scale = resolveScale(item.currency, o.scale, FN, { currency: ['items', index, 'currency'], scale: 'options.scale' });
    index += 1;
    const status = statusOf(item, o.policy, o.asOf, cal, scale, FN);
    // Sanctions stay in force while a promise runs, so they are gathered before the state is looked at.
    if (status.sanctions.length > 0) {
      const held = sanctions.get(item.customerId) ?? { sanctions: new Set<EscalationAction>(), itemIds: [] };
      for (const s of status.sanctions) held.sanctions.add(s);
      held.itemIds.push(item.id);
      sanctions.set(item.customerId, held);
    }
    if ((status.state !== 'overdue' && status.state !== 'due_soon') || status.currentStep === null) continue;
    const step = status.currentStep;
    let entry = customers.get(item.customerId);
    if (entry === undefined) {
      entry = { step, items: [] };
      customers.set(item.customerId, entry);
    } else {
      // The most severe step; between items at the same step, the latest date (an action due today is due today).
      const [now, seen] = [rank.get(step.id)!, rank.get(entry.step.id)!];
      if (now > seen || (now === seen && step.date > entry.step.date)) entry.step = step;
    }
    entry.items.push({ itemId: item.id, currency: item.currency, open: status.open, daysPastDue: status.daysPastDue, step: step.id });
  }

  const actions: WorklistAction[] = [];
  const sanctioned: Worklist['sanctioned'][number][] = [...sanctions].map(([customerId, held]) => ({ customerId, sanctions: [...held.sanctions], itemIds: held.itemIds }));
  for (const [customerId, entry] of customers) {
    if (o.windowDays !== undefined && asOfDay - toEpochDay(entry.step.date) > o.windowDays) continue;
    const overdue: Record<string, Decimal> = {};
    let priority = new Decimal(0);
    for (const it of entry.items) {
      if (it.daysPastDue > 0) overdue[it.currency] = (overdue[it.currency] ?? new Decimal(0)).plus(it.open);
      priority = priority.plus(it.open.times(it.daysPastDue));
    }
    const sorted = [...entry.items].sort((a, b) => b.daysPastDue - a.daysPastDue || (a.itemId < b.itemId ? -1 : 1));
    actions.push({ customerId, step: entry.step, owner: entry.step.owner, items: sorted, overdue, priority });
  }
  actions.sort((a, b) => b.priority.comparedTo(a.priority) || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  sanctioned.sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  return { asOf: o.asOf, actions, sanctioned };
}
