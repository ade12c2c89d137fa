import { WEEKENDS_ONLY } from '../calendar/calendars.js';
import { compileCalendar } from '../calendar/compileCalendar.js';
import { Decimal } from '../core/decimal.js';
import { HuikuanError } from '../core/errors.js';
import { parseArg } from '../core/validate.js';
import { assertAtScale } from '../money/allocate.js';
import { resolveScale } from '../money/currencies.js';
import { roundToScale } from '../money/roundMoney.js';
import { resolveDueDate } from './dueDates.js';
import {
  PaymentTermsSchema,
  ScheduleOptionsSchema,
  type Instalment,
  type InstalmentPlan,
  type PaymentTerms,
  type ScheduleOptions,
} from './schemas.js';

const FN = 'scheduleInstalments';

type ParsedLine = ReturnType<typeof PaymentTermsSchema.parse>['lines'][number];

/**
 * The amount of each line: percent and fixed lines rounded half-up, and the balance
 * line (or, without one, the last percent line: fixed lines keep their value) taking
 * the rounding residue, so that they sum exactly to `total`. In the rare case where
 * lines rounded up leave that residue negative (tiny totals), units are taken back
 * from the lines rounded up most (ties from the later line), so no amount is negative.
 */
function lineAmounts(lines: readonly ParsedLine[], total: Decimal, currency: string, scale: number): Decimal[] {
  const exact: Decimal[] = [];
  let exactSum = new Decimal(0);
  lines.forEach((line, i) => {
    const a = line.amount;
    let value: Decimal;
    if (a.type === 'balance') value = total.minus(exactSum);
    else if (a.type === 'fixed') {
      assertAtScale(a.value, scale, currency, FN, ['terms', 'lines', i, 'amount', 'value']);
      value = a.value;
    } else {
      const base = (a.of ?? 'total') === 'total' ? total : total.minus(exactSum);
      value = base.times(a.value).div(100);
    }
    exactSum = exactSum.plus(value);
    if (exactSum.gt(total)) {
      const over = `${exactSum.minus(total).toFixed()} ${currency} over`;
      throw new HuikuanError(
        'unbalanced',
        `${FN}: lines 1 to ${i + 1} add up to ${exactSum.toFixed()} of a total of ${total.toFixed(scale)} ${currency} (${over})`,
        [{ path: ['terms', 'lines', i], message: over }],
      );
    }
    exact.push(value);
  });

  const hasBalance = lines[lines.length - 1]!.amount.type === 'balance';
  if (!hasBalance && !exactSum.equals(total)) {
    const short = `${total.minus(exactSum).toFixed()} ${currency} short`;
    throw new HuikuanError(
      'unbalanced',
      `${FN}: the lines add up to ${exactSum.toFixed()} of a total of ${total.toFixed(scale)} ${currency} (${short}); add a { type: 'balance' } line or fix the lines`,
      [{ path: ['terms', 'lines'], message: short }],
    );
  }

  let absorb = lines.length - 1;
  if (!hasBalance) {
    const lastPercent = lines.map((line) => line.amount.type).lastIndexOf('percent');
    if (lastPercent >= 0) absorb = lastPercent;
  }
  const amounts = exact.map((value) => roundToScale(value, scale));
  let others = new Decimal(0);
  amounts.forEach((amount, i) => {
    if (i !== absorb) others = others.plus(amount);
  });
  amounts[absorb] = total.minus(others);

  if (amounts[absorb]!.isNegative()) {
    const unit = new Decimal(10).pow(-scale);
    let deficit = amounts[absorb]!.negated();
    amounts[absorb] = new Decimal(0);
    const roundedUp = [...amounts.keys()]
      .filter((i) => i !== absorb && amounts[i]!.gt(exact[i]!))
      .sort((i, j) => amounts[j]!.minus(exact[j]!).comparedTo(amounts[i]!.minus(exact[i]!)) || j - i);
    for (const i of roundedUp) {
      if (deficit.isZero()) break;
      amounts[i] = amounts[i]!.minus(unit);
      deficit = deficit.minus(unit);
    }
  }
  return amounts;
}

/**
 * Turns payment terms and a contract total into a collection plan (回款计划): one
 * instalment per term line, with its amount, due date, discount, owner and method.
 *
 * Amounts: a percent line is `value`% of the total (or of what the earlier lines
 * left, with `of: 'remainder'`) rounded half-up to the currency's minor unit; a fixed
 * line is its value; the balance line takes what is left. Without a balance line the
 * lines must consume the total exactly (before rounding), and the last percent line
 * absorbs the rounding residue, so the amounts always sum exactly to the total and
 * none is negative. Lines that would take more than the total are `unbalanced`.
 *
 * Due dates: the line's `steps` applied in order from its anchor milestone's date
 * (`invoice` by default), then rolled by the terms' `roll` convention on the calendar
 * (`options.calendar`, else the terms' calendar, else `WEEKENDS_ONLY`). A line whose
 * milestone has no date yet is `awaiting_milestone` with a null due date: schedule
 * again once the date is known.
 *
 * @param terms - Payment terms (PaymentTermsSchema).
 * @param options - `total`, `currency`, `dates` (milestone → ISO date), and optionally
 *   `calendar`, `contractId` (prefix of instalment ids, default the terms' id) and
 *   `scale` (for a currency huikuan does not know).
 * @returns The plan; instalment ids are `<contractId>-<seq>`.
 * @throws HuikuanError `invalid_input` for malformed terms or options; `unbalanced`
 *   when lines without a balance line do not consume the total (the message names the
 *   shortfall or excess) or when fixed lines exceed it; `unsupported` for an unknown
 *   currency without `scale`; `out_of_range` for due dates past 9999-12-31.
 * @example
 * const terms = {
 *   id: 'NET30-EOM',
 *   lines: [{ amount: { type: 'balance' }, due: { steps: [{ endOfMonth: true }, { days: 30 }] } }],
 * };
 * const plan = scheduleInstalments(terms, {
 *   total: '1000.00', currency: 'CNY', dates: { invoice: '2026-01-15' },
 * });
 * plan.instalments[0].dueDate;          //=> '2026-03-02'
 * plan.instalments[0].amount.toString(); //=> '1000'
 */
export function scheduleInstalments(terms: PaymentTerms, options: ScheduleOptions): InstalmentPlan {
  const t = parseArg(PaymentTermsSchema, terms, FN, 'terms');
  const o = parseArg(ScheduleOptionsSchema, options, FN, 'options');
  const scale = resolveScale(o.currency, o.scale, FN, { currency: ['options', 'currency'], scale: 'options.scale' });
  assertAtScale(o.total, scale, o.currency, FN, ['options', 'total']);
  const cal = compileCalendar(o.calendar ?? t.calendar ?? WEEKENDS_ONLY, FN);
  const roll = t.roll ?? 'none';
  const prefix = o.contractId ?? t.id;
  const dates = new Map(Object.entries(o.dates));

  const amounts = lineAmounts(t.lines, o.total, o.currency, scale);

  const instalments = t.lines.map((line, i): Instalment => {
    const seq = i + 1;
    const from = line.due.from ?? 'invoice';
    const anchorDate = dates.get(from) ?? null;
    const amount = amounts[i]!;
    const dueDate = anchorDate === null ? null : resolveDueDate(anchorDate, line.due.steps, cal, roll, FN);
    const instalment: {
      -readonly [K in keyof Instalment]: Instalment[K];
    } = {
      id: `${prefix}-${seq}`,
      seq,
      label: line.label ?? `Instalment ${seq}`,
      line: i,
      currency: o.currency,
      amount,
      anchor: { from, date: anchorDate },
      dueDate,
      status: dueDate === null ? 'awaiting_milestone' : 'scheduled',
    };
    if (line.id !== undefined) instalment.lineId = line.id;
    if (line.discount !== undefined && anchorDate !== null) {
      const discount = roundToScale(amount.times(line.discount.percent).div(100), scale);
      instalment.discount = {
        until: resolveDueDate(anchorDate, line.discount.steps, cal, roll, FN),
        percent: line.discount.percent,
        amount: discount,
        payable: amount.minus(discount),
      };
    }
    if (line.owner !== undefined) instalment.owner = line.owner;
    if (line.method !== undefined) instalment.method = line.method;
    return instalment;
  });

  return { termsId: t.id, currency: o.currency, total: o.total, instalments };
}
