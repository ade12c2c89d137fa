import type { z } from 'zod';
import { Decimal } from '../core/decimal.js';
import { HuikuanError, invalidInput } from '../core/errors.js';
import { toEpochDay } from '../core/isoDate.js';
import { parseArg } from '../core/validate.js';
import { allocateUnchecked } from '../money/allocate.js';
import { knownMinorUnits } from '../money/currencies.js';
import { roundToScale } from '../money/roundMoney.js';
import {
  CommissionInputSchema,
  CommissionPlanSchema,
  type CommissionInput,
  type CommissionLine,
  type CommissionPlan,
  type CommissionStatement,
} from './schemas.js';

const FN = 'calculateCommission';
type Plan = z.output<typeof CommissionPlanSchema>;
type Receivable = z.output<typeof CommissionInputSchema>['receivables'][number];
type Line = { -readonly [K in keyof CommissionLine]: CommissionLine[K] };

/** An event that earns commission: an invoice issued, or a receipt applied. */
interface Event {
  readonly receivable: Receivable;
  /** The receipt's date, or the invoice's issue date. */
  readonly date: string;
  /** What the rate applies to, per the plan's basis. */
  readonly base: Decimal;
  /** The receipt (collection events): its id, the cash it applied and its days late. */
  readonly receipt?: { readonly id: string; readonly paid: Decimal; readonly daysLate: number };
}

const ZERO = new Decimal(0);
const pct = (d: Decimal) => `${d.times(100).toDecimalPlaces(4).toFixed()}%`;

/** Commission on a base under tiers: marginal (each slice at its rate) or retroactive (all at the rate reached). */
function tiered(base: Decimal, rate: Extract<Plan['rate'], { type: 'tiered' }>): Decimal {
  if (rate.mode === 'retroactive') {
    const tier = rate.tiers.find((t) => t.upTo === undefined || base.lte(t.upTo))!;
    return base.times(tier.rate);
  }
  let total = ZERO;
  let lower = ZERO;
  for (const tier of rate.tiers) {
    const upper = tier.upTo ?? base;
    // The slice of the base in this tier: none once the base is below the tier.
    total = total.plus(Decimal.max(Decimal.min(base, upper).minus(lower), 0).times(tier.rate));
    lower = upper;
  }
  return total;
}

/** The override rate for a receivable: the first rule whose every given field matches. */
function overrideFor(plan: Plan, r: Receivable): Decimal | undefined {
  return plan.overrides?.find(
    (o) =>
      (o.match.productId === undefined || o.match.productId === r.productId) &&
      (o.match.category === undefined || o.match.category === r.category) &&
      (o.match.customerId === undefined || o.match.customerId === r.customerId),
  )?.rate;
}

/**
 * A sales rep's commission statement for a period, tied to collected cash (回款提成):
 * each line says which receivable, receipt, base, rate and factor produced it, in English
 * and Chinese.
 *
 * - Accrual (`accrual`): `on_invoice` on invoices issued in the period; `on_collection`
 *   on receipts dated in the period, each in proportion to what it pays of its
 *   receivable (half an invoice paid earns half); `on_collection_paid_on_terminal`
 *   accrues on collection and pays only as far as terminal sales in the period cover
 *   the collected base, deferring the rest; `on_target` one line on the period's base.
 * - Basis: `collected`/`invoiced` take the amounts; `margin` takes the receivable's
 *   margin in proportion.
 * - Rates: an override matching the receivable (product, category, customer), else the
 *   plan's rate; tiers apply to the period's base and are spread over the lines in
 *   proportion (to the fen).
 * - Timing: decay bands multiply a receipt's commission by the factor of its days late
 *   (receipt date − the instalment's due date; 0 past the last band); or interest
 *   (奖息/罚息): `amount × monthly rate × days early or late ÷ 30` (a 30-day month).
 * - Splits: every line is shared between the plan's reps by largest remainder, so the
 *   reps' parts add up to the line.
 * - Gates: a metric below its `min` voids, defers or scales (× value ÷ min) the
 *   commission; a gate passes at exactly `min`. The collection rate is collected in the
 *   period on the rep's receivables ÷ (open at the start of those overdue then + of those
 *   falling due in the period), open meaning not paid nor written off before the period;
 *   target attainment is the period's base ÷ the target.
 * - Clawback: a receivable written off or refunded in the period (within `withinDays`
 *   of its issue) takes back what prior statements and this one paid on it (each
 *   statement's lines in the share of them it paid out), in proportion to the amount
 *   written off, never more in all than was paid on it.
 * - Then the cap, then the holdback (deferred).
 *
 * Every line is rounded half-up to the plan currency's minor unit; the totals are exact
 * sums of the lines (`payable = accrued + adjustments = Σ lines`).
 *
 * @param plan - A CommissionPlan.
 * @param input - `period`, `salesRepId`, `receivables`, `allocations`; optional
 *   `writeOffs`, `refunds`, `terminalSales`, `targets`, `priorStatements`.
 * @returns The statement.
 * @throws HuikuanError `invalid_input` for a malformed plan or input, an allocation to
 *   an unknown receivable, a margin basis without margins, or a target gate without a
 *   target; `currency_mismatch` for a receivable in another currency.
 * @example
 * const plan = { id: 'P', version: 1, currency: 'CNY', basis: 'collected', accrual: 'on_collection', rate: { type: 'flat', rate: '0.03' } };
 * const s = calculateCommission(plan, {
 *   period: { from: '2026-11-01', to: '2026-11-30' }, salesRepId: 'li',
 *   receivables: [{ id: 'INV-1', customerId: 'C1', currency: 'CNY', amount: '100000', issueDate: '2026-09-01', dueDate: '2026-10-31' }],
 *   allocations: [{ receiptId: 'R1', receivableId: 'INV-1', amount: '50000', date: '2026-11-10' }],
 * });
 * s.payable.toString(); //=> '1500'  (half the invoice collected: 50,000 × 3%)
 */
export function calculateCommission(plan: CommissionPlan, input: CommissionInput): CommissionStatement {
  const p = parseArg(CommissionPlanSchema, plan, FN, 'plan');
  const i = parseArg(CommissionInputSchema, input, FN, 'input');
  const scale = knownMinorUnits(p.currency);
  if (scale === undefined) {
    throw new HuikuanError('unsupported', `${FN}: plan.currency "${p.currency}" is not a currency huikuan knows the minor unit of`, [
      { path: ['plan', 'currency'], message: 'must be a currency huikuan knows' },
    ]);
  }
  const round = (d: Decimal) => roundToScale(d, scale);
  const { from, to } = i.period;
  const within = (date: string) => date >= from && date <= to;

  const byId = new Map<string, Receivable>();
  i.receivables.forEach((r, index) => {
    if (byId.has(r.id)) throw invalidInput(FN, [{ path: ['input', 'receivables', index, 'id'], message: `repeats id "${r.id}"` }]);
    if (r.currency !== p.currency) {
      const message = `is in ${r.currency} but the plan pays in ${p.currency}`;
      throw new HuikuanError('currency_mismatch', `${FN}: input.receivables[${index}] ${message}`, [{ path: ['input', 'receivables', index, 'currency'], message }]);
    }
    byId.set(r.id, r);
  });
  const mine = (r: Receivable) => p.splits !== undefined || r.salesRepId === undefined || r.salesRepId === i.salesRepId;
  const known = (list: readonly { receivableId: string }[] | undefined, field: string) =>
    (list ?? []).forEach((a, index) => {
      if (!byId.has(a.receivableId)) {
        throw invalidInput(FN, [{ path: ['input', field, index, 'receivableId'], message: `"${a.receivableId}" is not among the receivables` }]);
      }
    });
  known(i.allocations, 'allocations');
  known(i.writeOffs, 'writeOffs');
  known(i.refunds, 'refunds');
  const receivableIndex = new Map(i.receivables.map((r, index) => [r.id, index]));
  const marginOf = (r: Receivable): Decimal => {
    if (r.margin !== undefined) return r.margin;
    throw invalidInput(FN, [{ path: ['input', 'receivables', receivableIndex.get(r.id)!, 'margin'], message: "is needed by the plan's margin basis" }]);
  };

  // 1. The events that earn commission, with their bases.
  const onCollection = p.accrual !== 'on_invoice' && !(p.accrual === 'on_target' && p.basis !== 'collected');
  const events: Event[] = [];
  if (onCollection) {
    for (const a of i.allocations) {
      const r = byId.get(a.receivableId)!;
      if (!mine(r) || !within(a.date)) continue;
      const base = p.basis === 'margin' ? a.amount.times(marginOf(r).div(r.amount)) : a.amount;
      const daysLate = toEpochDay(a.date) - toEpochDay(a.dueDate ?? r.dueDate);
      events.push({ receivable: r, date: a.date, base, receipt: { id: a.receiptId, paid: a.amount, daysLate } });
    }
  } else {
    for (const r of i.receivables) {
      if (!mine(r) || !within(r.issueDate)) continue;
      events.push({ receivable: r, date: r.issueDate, base: p.basis === 'margin' ? marginOf(r) : r.amount });
    }
  }
  // One canonical order (by date, receipt, receivable), so that the result, down to which
  // line a rounding cent lands on, never depends on the order of the input.
  // Field by field, not as one joined string: with a separator, 'R1-2' would sort before 'R1'.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  events.sort((x, y) => compare(x.date, y.date) || compare(x.receipt?.id ?? '', y.receipt?.id ?? '') || compare(x.receivable.id, y.receivable.id));
  const periodBase = events.reduce((sum, e) => sum.plus(e.base), ZERO);

  // 2. Accrual lines (unsplit).
  const lines: Line[] = [];
  const basisZh = { collected: '回款', invoiced: '开票', margin: '毛利' }[p.basis];
  if (p.accrual === 'on_target') {
    const amount = round(p.rate.type === 'flat' ? periodBase.times(p.rate.rate) : tiered(periodBase, p.rate));
    const rate = periodBase.isZero() ? ZERO : amount.div(periodBase).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
    lines.push({
      kind: 'accrual',
      base: periodBase,
      rate,
      amount,
      explanation: `on target: the period's ${p.basis} base ${periodBase.toFixed()} × ${pct(rate)} = ${amount.toFixed()}`,
      explanationZh: `目标考核：本期${basisZh}基数${periodBase.toFixed()} × ${pct(rate)} = ${amount.toFixed()}`,
    });
  } else {
    // Timing bands: early or on time counts as 0 days late (any band's maxDaysLate is
    // at least 0); past the last band, 0.
    const factorOf = (e: Event): Decimal | undefined => {
      if (p.timing === undefined || !('bands' in p.timing) || e.receipt === undefined) return undefined;
      const late = e.receipt.daysLate;
      return p.timing.bands.find((b) => late <= b.maxDaysLate)?.factor ?? ZERO;
    };
    // Tiers apply to the base of the lines without an override, at the period's
    // effective rate (tier commission ÷ base). Each line weighs its base × its timing
    // factor; the total, tier commission × Σ weights ÷ base, is divided once and
    // rounded once (with no timing factors it is the tier commission itself, rounded),
    // then spread over the lines by weight with largest remainder, so lines add up to
    // the fen and the total only grows when a receipt does.
    let effective = ZERO;
    const tieredShares = new Map<Event, Decimal>();
    if (p.rate.type === 'tiered') {
      const tieredEvents = events.filter((e) => overrideFor(p, e.receivable) === undefined);
      const tieredBase = tieredEvents.reduce((sum, e) => sum.plus(e.base), ZERO);
      const weights = tieredEvents.map((e) => e.base.times(factorOf(e) ?? 1));
      const weight = weights.reduce((sum, w) => sum.plus(w), ZERO);
      let total = ZERO;
      if (tieredBase.gt(0)) {
        const commission = tiered(tieredBase, p.rate);
        effective = commission.div(tieredBase);
        total = round(commission.times(weight).div(tieredBase));
      }
      const parts = weight.gt(0) ? allocateUnchecked(total, weights, scale) : weights.map(() => ZERO);
      tieredEvents.forEach((e, k) => tieredShares.set(e, parts[k]!));
    }
    for (const e of events) {
      const r = e.receivable;
      const receipt = e.receipt;
      const override = overrideFor(p, r);
      const rate = override ?? (p.rate.type === 'flat' ? p.rate.rate : effective);
      const factor = factorOf(e);
      const amount = override !== undefined || p.rate.type === 'flat' ? round(e.base.times(rate).times(factor ?? 1)) : tieredShares.get(e)!;
      const daysLate = Math.max(0, receipt?.daysLate ?? 0);
      const shownRate = rate.toDecimalPlaces(6, Decimal.ROUND_HALF_UP);
      const line: Line = {
        kind: 'accrual',
        receivableId: r.id,
        base: e.base,
        rate: shownRate,
        amount,
        explanation:
          `${receipt === undefined ? `invoice ${r.id}` : `receipt ${receipt.id} on ${r.id}`}: ${p.basis} ${e.base.toFixed()} × ${pct(shownRate)}` +
          `${override !== undefined ? ' (override)' : p.rate.type === 'tiered' ? ` (${p.rate.mode} tiers)` : ''}` +
          `${factor === undefined ? '' : ` × ${factor.toFixed()} for ${daysLate} days late`} = ${amount.toFixed()}`,
        explanationZh:
          `${receipt === undefined ? `发票${r.id}` : `回款${receipt.id}（${r.id}）`}：${basisZh}${e.base.toFixed()} × ${pct(shownRate)}` +
          `${factor === undefined ? '' : ` × 系数${factor.toFixed()}（逾期${daysLate}天）`} = ${amount.toFixed()}`,
      };
      if (receipt !== undefined) line.receiptId = receipt.id;
      if (factor !== undefined) line.factor = factor;
      lines.push(line);
      // 奖息 / 罚息: interest on the receipt for each day early or late, on a 30-day month
      // (none on the due date, where it is zero).
      if (p.timing !== undefined && 'earlyBonusMonthlyRate' in p.timing && receipt !== undefined) {
        const early = receipt.daysLate < 0;
        const monthly = early ? p.timing.earlyBonusMonthlyRate : p.timing.latePenaltyMonthlyRate;
        const days = Math.abs(receipt.daysLate);
        const interest = round(receipt.paid.times(monthly).times(days).div(30));
        if (!interest.isZero()) {
          lines.push({
            kind: early ? 'bonus' : 'penalty',
            receivableId: r.id,
            receiptId: receipt.id,
            base: receipt.paid,
            rate: monthly,
            amount: early ? interest : interest.negated(),
            explanation: `${early ? 'early-collection bonus' : 'late-collection penalty'}: ${receipt.paid.toFixed()} × ${pct(monthly)} a month × ${days} days ÷ 30 = ${early ? '' : '−'}${interest.toFixed()}`,
            explanationZh: `${early ? '提前回款奖息' : '逾期回款罚息'}：${receipt.paid.toFixed()} × 月${pct(monthly)} × ${days}天 ÷ 30 = ${early ? '' : '−'}${interest.toFixed()}`,
          });
        }
      }
    }
  }

  // 3. Splits: each line shared between the plan's reps by largest remainder.
  if (p.splits !== undefined) {
    const at = p.splits.findIndex((s) => s.salesRepId === i.salesRepId);
    const ratios = p.splits.map((s) => s.share);
    for (const line of lines) {
      const part = at < 0 ? ZERO : allocateUnchecked(line.amount, ratios, scale)[at]!;
      const share = at < 0 ? ZERO : ratios[at]!;
      line.explanation += `; ${i.salesRepId}'s share ${share.toFixed()}% = ${part.toFixed()}`;
      line.explanationZh += `；${i.salesRepId}分成${share.toFixed()}% = ${part.toFixed()}`;
      line.amount = part;
    }
  }
  const sum = (kinds: readonly CommissionLine['kind'][]) => lines.filter((l) => kinds.includes(l.kind)).reduce((s, l) => s.plus(l.amount), ZERO);
  const running = () => sum(['accrual', 'bonus', 'penalty', 'gate', 'clawback', 'cap', 'holdback']);
  let deferred = ZERO;

  // 4. Terminal sales: pay what they cover, defer the rest.
  if (p.accrual === 'on_collection_paid_on_terminal') {
    const terminal = (i.terminalSales ?? []).filter((t) => within(t.date)).reduce((s, t) => s.plus(t.amount), ZERO);
    const accrued = running();
    // Terminal sales are cash-like: compare them with the cash collected, whatever the basis.
    const collected = events.reduce((s, e) => s.plus(e.receipt!.paid), ZERO);
    const covered = collected.isZero() ? ZERO : Decimal.min(1, terminal.div(collected));
    const held = round(accrued.times(new Decimal(1).minus(covered)));
    if (held.gt(0)) {
      deferred = deferred.plus(held);
      lines.push({
        kind: 'holdback',
        base: accrued,
        rate: new Decimal(1).minus(covered).toDecimalPlaces(6, Decimal.ROUND_HALF_UP),
        amount: held.negated(),
        explanation: `awaiting terminal sales: ${terminal.toFixed()} sold to end customers covers ${pct(covered)} of the ${collected.toFixed()} collected; ${held.toFixed()} deferred`,
        explanationZh: `待终端销售：终端销售${terminal.toFixed()}覆盖回款${collected.toFixed()}的${pct(covered)}；递延${held.toFixed()}`,
      });
    }
  }

  // 5. Gates.
  const gates: { metric: string; value: Decimal | null; min: Decimal; passed: boolean }[] = [];
  for (const gate of p.gates ?? []) {
    let value: Decimal | null;
    if (gate.metric === 'target_attainment') {
      if (i.targets === undefined) throw invalidInput(FN, [{ path: ['input', 'targets'], message: 'is needed by a target_attainment gate' }]);
      value = periodBase.div(i.targets.amount);
    } else value = collectionRateOf(i, byId, mine, from, to);
    const passed = value === null || value.gte(gate.min);
    // Shown rounded down, so a value just below the minimum never looks as if it reached it.
    gates.push({ metric: gate.metric, value: value?.toDecimalPlaces(6, Decimal.ROUND_DOWN) ?? null, min: gate.min, passed });
    if (passed) continue;
    const current = running();
    if (!current.gt(0)) continue;
    const keep = gate.effect === 'scale' ? round(current.times(value!).div(gate.min)) : ZERO;
    const cut = current.minus(keep);
    if (gate.effect === 'defer') deferred = deferred.plus(cut);
    const shownValue = pct(value!.toDecimalPlaces(6, Decimal.ROUND_DOWN));
    const shown = `${gate.metric} ${shownValue} below ${pct(gate.min)}`;
    lines.push({
      kind: 'gate',
      base: current,
      rate: gate.min,
      ...(gate.effect === 'scale' ? { factor: value!.div(gate.min).toDecimalPlaces(6, Decimal.ROUND_HALF_UP) } : {}),
      amount: cut.negated(),
      explanation: `${shown}: ${gate.effect === 'void' ? 'commission void' : gate.effect === 'defer' ? 'commission deferred' : `scaled to ${keep.toFixed()}`} (−${cut.toFixed()})`,
      explanationZh: `${gate.metric === 'collection_rate' ? '回款率' : '目标完成率'}${shownValue}低于${pct(gate.min)}：${gate.effect === 'void' ? '提成作废' : gate.effect === 'defer' ? '提成递延' : `按比例折算为${keep.toFixed()}`}（−${cut.toFixed()}）`,
    });
  }

  // 6. Clawback of what was paid on receivables written off or refunded in the period.
  if (p.clawback !== undefined) {
    // The share of each statement's accruals that was paid out: what its gates, cap and
    // holdbacks left, not counting its clawback lines, which take back other
    // receivables' commission and say nothing of whether this one's was paid. This
    // statement's share is fixed before its first clawback line.
    const clawedIn = (list: readonly { kind: string; amount: Decimal }[]) => list.filter((l) => l.kind === 'clawback').reduce((s, l) => s.plus(l.amount), ZERO);
    const statements = [
      { lines, share: paidShare(sum(['accrual', 'bonus', 'penalty']), running()) },
      ...(i.priorStatements ?? []).map((prior) => ({ lines: prior.lines, share: paidShare(prior.accrued, prior.payable?.minus(clawedIn(prior.lines))) })),
    ];
    const events2 = [
      ...(p.clawback.on.includes('write_off') ? (i.writeOffs ?? []).map((w) => ({ ...w, what: 'written off', zh: '核销' })) : []),
      ...(p.clawback.on.includes('refund') ? (i.refunds ?? []).map((w) => ({ ...w, what: 'refunded', zh: '退款' })) : []),
    ];
    for (const ev of events2) {
      const r = byId.get(ev.receivableId)!; // known() checked every write-off and refund
      if (!mine(r) || !within(ev.date)) continue;
      if (p.clawback.withinDays !== undefined && toEpochDay(ev.date) - toEpochDay(r.issueDate) > p.clawback.withinDays) continue;
      const earned = (kind: string) => kind === 'accrual' || kind === 'bonus' || kind === 'penalty';
      // Paid on the receivable, here and in prior statements: what its lines earned, in the
      // share of each statement that was actually paid (gates, caps and holdbacks kept the
      // rest back); less what was already taken back.
      let paid = ZERO;
      let clawed = ZERO;
      for (const st of statements) {
        for (const l of st.lines) {
          if (l.receivableId !== r.id) continue;
          if (earned(l.kind)) paid = paid.plus(l.amount.times(st.share));
          else if (l.kind === 'clawback') clawed = clawed.minus(l.amount);
        }
      }
      paid = round(paid);
      const left = paid.minus(clawed);
      if (!left.gt(0)) continue;
      const fraction = Decimal.min(1, (ev.amount ?? r.amount).div(r.amount));
      const back = Decimal.min(left, round(paid.times(fraction)));
      lines.push({
        kind: 'clawback',
        receivableId: r.id,
        base: paid,
        rate: fraction.toDecimalPlaces(6, Decimal.ROUND_HALF_UP),
        amount: back.negated(),
        explanation: `${r.id} ${ev.what} on ${ev.date}: ${pct(fraction)} of the ${paid.toFixed()} paid on it taken back`,
        explanationZh: `${r.id}于${ev.date}${ev.zh}：追回已付提成${paid.toFixed()}的${pct(fraction)}`,
      });
    }
  }

  // 7. Cap, then holdback.
  if (p.cap !== undefined && running().gt(p.cap)) {
    const over = running().minus(p.cap);
    lines.push({ kind: 'cap', base: running(), rate: ZERO, amount: over.negated(), explanation: `capped at ${p.cap.toFixed()} (−${over.toFixed()})`, explanationZh: `封顶${p.cap.toFixed()}（−${over.toFixed()}）` });
  }
  if (p.holdbackPercent !== undefined && running().gt(0)) {
    const held = round(running().times(p.holdbackPercent).div(100));
    if (held.gt(0)) {
      deferred = deferred.plus(held);
      lines.push({
        kind: 'holdback',
        base: running(),
        rate: p.holdbackPercent.div(100),
        amount: held.negated(),
        explanation: `holdback ${p.holdbackPercent.toFixed()}% (−${held.toFixed()}), paid later`,
        explanationZh: `预留${p.holdbackPercent.toFixed()}%（−${held.toFixed()}），后期发放`,
      });
    }
  }

  const accrued = sum(['accrual', 'bonus', 'penalty']);
  const adjustments = sum(['gate', 'clawback', 'cap', 'holdback']);
  return {
    salesRepId: i.salesRepId,
    currency: p.currency,
    period: { from, to },
    lines: lines.map((l) => (l.amount.isZero() ? { ...l, amount: ZERO } : l)),
    accrued,
    adjustments,
    payable: accrued.plus(adjustments),
    deferred,
    gates,
  };
}

/** The share of what accrued that a statement paid out (1 when either is unknown or nothing accrued). */
function paidShare(accrued: Decimal | undefined, payable: Decimal | undefined): Decimal {
  if (accrued === undefined || payable === undefined || !accrued.gt(0)) return new Decimal(1);
  return Decimal.min(1, Decimal.max(payable, 0).div(accrued));
}

/**
 * The rep's collection rate for the period: collected in the period on its receivables
 * ÷ (open at the start of those due before it + open at the start of those due in it),
 * open at the start being the amount less the allocations and write-offs dated before
 * the period; null when nothing was collectible.
 */
function collectionRateOf(
  i: z.output<typeof CommissionInputSchema>,
  byId: ReadonlyMap<string, Receivable>,
  mine: (r: Receivable) => boolean,
  from: string,
  to: string,
): Decimal | null {
  const add = (totals: Map<string, Decimal>, id: string, amount: Decimal) => totals.set(id, (totals.get(id) ?? ZERO).plus(amount));
  // Per receivable: paid before the period, paid in it, and written off before it (核销:
  // no longer open, so not collectible; a write-off without an amount writes off all
  // that is left). A refund changes nothing here: it gives back cash together with the
  // part of the sale it undoes, so what is open stays the same.
  const paidBefore = new Map<string, Decimal>();
  const paidIn = new Map<string, Decimal>();
  const writtenOff = new Map<string, Decimal>();
  for (const a of i.allocations) {
    if (a.date < from) add(paidBefore, a.receivableId, a.amount);
    else if (a.date <= to) add(paidIn, a.receivableId, a.amount);
  }
  for (const w of i.writeOffs ?? []) if (w.date < from) add(writtenOff, w.receivableId, w.amount ?? byId.get(w.receivableId)!.amount);
  let collectible = ZERO;
  let collected = ZERO;
  for (const r of i.receivables) {
    if (!mine(r) || r.dueDate > to) continue;
    const openAtStart = r.amount.minus(paidBefore.get(r.id) ?? ZERO).minus(writtenOff.get(r.id) ?? ZERO);
    collectible = collectible.plus(Decimal.max(openAtStart, 0));
    collected = collected.plus(paidIn.get(r.id) ?? ZERO);
  }
  return collectible.gt(0) ? collected.div(collectible) : null;
}
