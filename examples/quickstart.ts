/**
 * huikuan quick start: the whole collection cycle (回款全流程) on the sample portfolio of
 * examples/data/portfolio.json, as of its date — customers graded and given limits
 * (信用评级与额度), new orders checked before they ship (发货前信用检查), one contract's
 * plan against its receipts (回款计划), the aged receivables by rep (账龄分析), today's
 * collection worklist by owner (催收清单), and each rep's commission on the cash
 * collected (回款提成).
 *
 * Run with `npm run demo`; `npm run demo -- --json` prints the same results as one JSON
 * document (amounts as exact decimal strings). The cycle itself is `runCycle` in
 * examples/data/cycle.ts.
 */
import { pathToFileURL } from 'node:url';
import { Decimal, addDays, addMonths, calendarCovers, type AgeingFigures, type DecimalValue, type DueStep } from '../src/index.js';
import { loadPortfolio, runCycle, type Cycle } from './data/cycle.js';

/** Display width of a text, counting CJK characters as two columns. */
const width = (text: string) => [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
/** Pads to a display width, counting CJK characters as two columns. */
const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - width(text)));
/** An amount to the fen, right-aligned in a column (0: not padded). */
const money = (amount: DecimalValue, columns = 12) => new Decimal(amount).toFixed(2).padStart(columns);
/** A ratio as a percent to two places. */
const percent = (ratio: Decimal | null) => (ratio === null ? '—' : `${ratio.times(100).toFixed(2)}%`);

/** A due-date step in a few characters: `+30d`, `+12m`, `end of month`. */
function describeStep(step: DueStep): string {
  if ('days' in step) return `+${step.days}d`;
  if ('months' in step) return `+${step.months}m`;
  if ('businessDays' in step) return `+${step.businessDays} business days`;
  if ('endOfMonth' in step) return 'end of month';
  if ('dayOfMonth' in step) return `day ${step.dayOfMonth}`;
  if ('nextDayOfMonth' in step) return `next day ${step.nextDayOfMonth}`;
  return `next weekday ${step.weekday}`;
}

/** "rolled from …" when the calendar moved a due date reached by whole days or months. */
function rolledFrom(anchor: string | null, steps: readonly DueStep[], due: string | null): string | null {
  if (anchor === null || due === null || !steps.every((s) => 'days' in s || 'months' in s)) return null;
  const unrolled = steps.reduce((date, s) => ('days' in s ? addDays(date, s.days) : 'months' in s ? addMonths(date, s.months) : date), anchor);
  return unrolled === due ? null : `rolled from ${unrolled} (a holiday or weekend)`;
}

/**
 * The cycle as readable tables, one string a line.
 *
 * @param cycle - What runCycle returned.
 * @returns The lines to print.
 */
export function renderCycle(cycle: Cycle): string[] {
  const out: string[] = [];
  const print = (line = '') => out.push(line);
  const customerName = new Map(cycle.credit.map((c) => [c.customer.id, `${c.customer.name} ${c.customer.nameZh}`]));
  const repName = new Map(cycle.commission.reps.map((r) => [r.rep.id, `${r.rep.name} ${r.rep.nameZh}`]));
  const { counts } = cycle;
  print(`The collection cycle as of ${cycle.asOf}: ${counts.customers} customers, ${counts.contracts} contracts, ${counts.instalments} instalments, ${counts.receipts} receipts (${cycle.currency})`);

  // 1. Credit: the five Cs score, re-rated on how the customer paid; the limit that follows.
  print('\n1. Credit grades and limits 信用评级与额度 (five Cs score → grade, re-rated on the payment index; limit by grade)\n');
  print(`  ${pad('customer', 22)}${'score'.padStart(6)}  scored  index  grade  ${'limit'.padStart(12)}  terms  next review      why`);
  for (const c of cycle.credit) {
    const regraded = c.rerating.change === 'unchanged' ? c.grade : `${c.grade} ${c.rerating.change === 'upgrade' ? '↑' : '↓'}`;
    const terms = c.limit.prepaymentRequired ? 'cash' : `${c.limit.termDays}d`;
    // Why the limit is what it is: the binding cap, else the sales-based amount, else prepayment.
    const deciding =
      c.limit.basis.filter((step) => step.step === 'cap' && step.explanation.endsWith('(binding)')).at(-1) ??
      c.limit.basis.find((step) => step.step === 'sales_based' || step.step === 'prepayment')!;
    print(
      `  ${pad(`${c.customer.id} ${c.customer.nameZh}`, 22)}${c.score.score.toFixed(1).padStart(6)}  ${c.score.grade.padEnd(6)}  ${String(c.behaviour.index ?? '—').padStart(5)}  ${regraded.padEnd(5)}  ${money(c.limit.limit)}  ${terms.padEnd(5)}  ${c.nextReview}${c.nextReview <= cycle.asOf ? ' due' : '    '}   ${deciding.explanation}`,
    );
  }
  const rerated = cycle.credit.filter((c) => c.rerating.change !== 'unchanged');
  print(`\n  Re-rated (${rerated.length}):`);
  for (const c of rerated) print(`    ${pad(customerName.get(c.customer.id)!, 34)} ${c.rerating.previousGrade} → ${c.grade}: ${c.rerating.reasons.map((r) => r.message).join('; ')}`);

  // 2. Orders checked before they ship.
  print('\n2. New orders, checked before they ship 发货前信用检查\n');
  for (const o of cycle.orders) {
    print(
      `  ${o.order.id}  ${pad(customerName.get(o.customer.id)!, 34)} ${money(o.order.amount, 10)}  grade ${o.grade.padEnd(3)}  limit ${money(o.limit, 10)}  exposure ${money(o.exposure, 10)}  → ${o.check.decision.toUpperCase()}`,
    );
    for (const reason of o.check.reasons) print(`      - ${reason.message}\n        ${reason.messageZh}`);
  }

  // 3. One contract from plan to receipts.
  const f = cycle.featured;
  const cmp = f.comparison;
  print(`\n3. Contract ${f.contract.id}: ${f.customer.name} ${f.customer.nameZh}, ${money(f.plan.total, 0)} ${f.plan.currency} on ${f.plan.termsId} 回款计划\n`);
  print(`  ${pad('instalment', 26)}  ${'amount'.padStart(12)}  ${pad('due', 22)}  due date    ${'collected'.padStart(12)}  status`);
  f.plan.instalments.forEach((instalment, i) => {
    const position = f.application.instalments[i]!;
    const steps = f.terms.lines[instalment.line]!.due.steps;
    const rule = [instalment.anchor.from, ...steps.map(describeStep)].join(' ');
    const notes = [
      position.daysLate ? `${position.daysLate}d late` : '',
      rolledFrom(instalment.anchor.date, steps, instalment.dueDate) ?? '',
      instalment.dueDate !== null && f.terms.calendar !== undefined && !calendarCovers(f.terms.calendar, instalment.dueDate) ? '(no holiday data for that year)' : '',
    ].filter((note) => note !== '');
    print(
      `  ${pad(instalment.label, 26)}  ${money(instalment.amount)}  ${pad(rule, 22)}  ${(instalment.dueDate ?? '—').padEnd(10)}  ${money(position.paid)}  ${position.status.padEnd(15)} ${notes.join(', ')}`,
    );
  });
  for (const r of f.receipts) {
    const parts = f.application.allocations.filter((a) => a.receiptId === r.id).map((a) => `${a.amount.toFixed(2)} to ${a.instalmentId}`);
    print(`  Receipt ${r.id} on ${r.date}: ${money(r.amount, 0)} → ${parts.join(', ')}`);
  }
  print(`  Collected ${money(cmp.totals.collected, 0)} of ${money(cmp.totals.dueByAsOf, 0)} due: collection rate ${percent(cmp.collectionRate)}, on time ${percent(cmp.onTimeRate)} of due instalments; overdue ${money(cmp.totals.overdue, 0)}.`);

  // 4. Ageing by rep.
  const aged = cycle.ageing;
  const col = 12;
  const row = (label: string, figures: AgeingFigures) =>
    `  ${pad(label, 16)}${aged.bucketKeys.map((k) => money(figures.byBucket[k]!, col)).join('')}${money(figures.total, col + 2)}  ${figures.weightedAverageDaysPastDue.toFixed(1).padStart(8)}`;
  print(`\n4. Aged receivables by rep 账龄分析 (days past due, ${cycle.currency})\n`);
  const labels = aged.buckets.buckets.map((b) => (b.label ?? b.key).replace(' days', ''));
  print(`  ${pad('rep', 16)}${labels.map((label) => label.padStart(col)).join('')}${'total'.padStart(col + 2)}  avg days`);
  for (const group of aged.groups) print(row(repName.get(group.key ?? '') ?? '—', group));
  const all = aged.totals[cycle.currency]!;
  print(row('all', all));
  print(`  Overdue ${money(all.overdue, 0)} of ${money(all.total, 0)} (${percent(all.overdue.div(all.total))}); the oldest item is ${all.maxDaysPastDue} days past due.`);

  // 5. Today's worklist by owner.
  print(`\n5. Collection worklist for ${cycle.asOf}, by owner 催收清单\n`);
  for (const { owner, actions } of cycle.byOwner) {
    print(`  ${owner}${owner === 'sales' ? " (each customer's rep)" : ''}`);
    for (const a of actions) {
      const oldest = a.items[0]!;
      const items = a.items.length === 1 ? `${oldest.itemId} (${oldest.daysPastDue}d)` : `${a.items.length} items, oldest ${oldest.itemId} (${oldest.daysPastDue}d)`;
      print(`    ${pad(customerName.get(a.customerId)!, 34)} ${pad(`${a.step.id} ${a.step.labelZh ?? ''}`, 28)} overdue ${money(a.overdue[cycle.currency] ?? 0)}  ${items}`);
    }
  }
  print('  Sanctions in force:');
  for (const s of cycle.worklist.sanctioned) print(`    ${pad(customerName.get(s.customerId)!, 34)} ${s.sanctions.join(', ')}`);
  print('  Paused:');
  for (const s of cycle.onHold) {
    const why = s.state === 'promised' ? `promised on ${s.promise!.madeOn} to pay by ${s.promise!.promisedDate}; resumes ${s.promise!.resumesOn}` : 'disputed: escalation stopped until resolved';
    print(`    ${pad(customerName.get(s.customerId)!, 34)} ${s.itemId}  open ${money(s.open, 0)}, ${s.daysPastDue}d past due: ${why}`);
  }

  // 6. Commission on the cash collected.
  const { period, reps, team } = cycle.commission;
  print(`\n6. Commission statements ${period.from} to ${period.to} 回款提成 (${cycle.currency})\n`);
  for (const { rep, statement, yearToDate } of reps) {
    const gate = statement.gates[0];
    print(
      `  ${pad(`${rep.name} ${rep.nameZh}`, 16)} payable ${money(statement.payable, 10)}  (accrued ${money(statement.accrued, 0)}, adjustments ${money(statement.adjustments, 0)}; collection rate ${percent(gate?.value ?? null)}${gate?.passed === false ? `, below ${percent(gate.min)}` : ''}; year to date ${money(yearToDate?.payable ?? 0, 0)})`,
    );
    for (const line of statement.lines) print(`    ${line.kind.padEnd(8)} ${money(line.amount, 10)}  ${line.explanation}`);
  }
  const teamTotals = team[cycle.currency];
  print(`\n  Team: payable ${money(teamTotals?.payable ?? 0, 0)} on ${teamTotals?.statements ?? 0} statements.`);
  return out;
}

const cycle = runCycle(loadPortfolio());
const direct = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (direct && process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(cycle, null, 2)}\n`);
else for (const line of renderCycle(cycle)) console.log(line);
