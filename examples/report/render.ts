/**
 * The collection cycle as one self-contained HTML page (回款报告): headline figures, the
 * ageing by rep and bucket as a stacked bar chart, the collection rate by month, today's
 * escalation worklist, credit grades and order decisions, and each rep's commission.
 * Inline CSS and SVG only: no scripts, fonts, images or links, so the file can be mailed
 * or opened offline. Every text from the data is escaped; every amount is written from
 * its Decimal.
 */
import { Decimal, type AgeingFigures } from '../../src/index.js';
import type { Cycle } from '../data/cycle.js';
import type { ReportExtras } from './extras.js';
import { escapeHtml as h, formatAmount, formatCount, formatPercent } from './format.js';
import { CSS } from './styles.js';
import { rateChart, stackedBarChart, type Series } from './svg.js';

/** Bucket colours from not due (green) to over a year (darkest red). */
const BUCKET_COLOURS: readonly { readonly fill: string; readonly text: string }[] = [
  { fill: '#4c9f70', text: '#fff' },
  { fill: '#f4d35e', text: '#3d3200' },
  { fill: '#f5a142', text: '#3d2200' },
  { fill: '#e86a33', text: '#fff' },
  { fill: '#c8413b', text: '#fff' },
  { fill: '#94283a', text: '#fff' },
  { fill: '#561c2e', text: '#fff' },
];
const bucketColour = (i: number) => BUCKET_COLOURS[Math.min(i, BUCKET_COLOURS.length - 1)]!;

/** Owners of the timetable's steps, in both languages. */
const OWNERS: Readonly<Record<string, string>> = {
  sales: 'Sales 销售 (each customer’s rep)',
  sales_manager: 'Sales manager 销售经理',
  finance: 'Finance 财务',
  credit_control: 'Credit control 信用管理',
  service_manager: 'Service manager 服务经理',
  legal: 'Legal 法务',
};

/** Sanctions, in both languages. */
const SANCTIONS: Readonly<Record<string, string>> = {
  credit_hold: 'credit hold 冻结额度',
  stop_supply: 'stop supply 停止供货',
  stop_service: 'stop service 停止服务',
  revoke_authorisation: 'authorisation revoked 取消授权',
  legal: 'legal 法律途径',
  write_off_review: 'write-off review 核销审查',
};

const DECISIONS: Readonly<Record<string, string>> = { approve: 'Approve 通过', review: 'Review 审批', block: 'Block 拦截' };

/** The grades from best to worst; others after them, alphabetically. */
const GRADE_ORDER = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C', 'D'];

const ZERO = new Decimal(0);
const num = (text: string) => `<td class="num">${text}</td>`;
const amountCell = (amount: Decimal) => num(formatAmount(amount));

/** A headline figure. */
function card(label: string, value: string, note: string, tone: 'plain' | 'alert' | 'good' = 'plain'): string {
  return `<div class="card ${tone}"><div class="card-label">${h(label)}</div><div class="card-value">${h(value)}</div><div class="card-note">${h(note)}</div></div>`;
}

/** What every section needs: the cycle, the extras, and names looked up by id. */
interface Context {
  readonly cycle: Cycle;
  readonly extras: ReportExtras;
  readonly currency: string;
  /** The commission plan's collection-rate gate, if it has one. */
  readonly gate: Gate | null;
  /** `Name 中文名` of a customer (its id when unknown). */
  readonly nameOf: (customerId: string) => string;
  /** A customer's English name, its Chinese name under it. */
  readonly customerCell: (customerId: string) => string;
  /** `Name 中文名` of a rep. */
  readonly repOf: (repId: string | null) => string;
  /** The rep of a customer. */
  readonly repOfCustomer: (customerId: string) => string;
}

type Gate = Cycle['commission']['reps'][number]['statement']['gates'][number];

/** Builds the lookups once. */
function context(cycle: Cycle, extras: ReportExtras): Context {
  const customers = new Map(cycle.credit.map((c) => [c.customer.id, c.customer]));
  const repName = new Map(cycle.commission.reps.map((r) => [r.rep.id, `${r.rep.name} ${r.rep.nameZh}`]));
  const repOf = (id: string | null) => (id === null ? '—' : (repName.get(id) ?? id));
  return {
    cycle,
    extras,
    currency: cycle.currency,
    gate: cycle.commission.reps.flatMap((r) => r.statement.gates).find((g) => g.metric === 'collection_rate') ?? null,
    nameOf: (id) => {
      const c = customers.get(id);
      return c === undefined ? id : `${c.name} ${c.nameZh}`;
    },
    customerCell: (id) => {
      const c = customers.get(id);
      return c === undefined ? h(id) : `<span class="name">${h(c.name)}</span><br><span class="zh">${h(c.nameZh)}</span>`;
    },
    repOf,
    repOfCustomer: (id) => repOf(customers.get(id)?.salesRepId ?? null),
  };
}

/** Headline figures as cards. */
function headlineSection(x: Context): string {
  const { cycle, extras, currency, gate } = x;
  const all: AgeingFigures | undefined = cycle.ageing.totals[currency];
  const total = all?.total ?? ZERO;
  const overdue = all?.overdue ?? ZERO;
  const overdueShare = total.gt(0) ? overdue.div(total) : null;
  const lastMonth = extras.monthly.at(-1) ?? null;
  const monthRate = lastMonth?.rate.value ?? null;
  const monthTone = monthRate === null || gate === null ? 'plain' : monthRate.gte(gate.min) ? 'good' : 'alert';
  const team = cycle.commission.team[currency];
  const blocked = cycle.orders.filter((o) => o.check.decision === 'block').length;
  const sanctionedCount = cycle.worklist.sanctioned.length;
  return `<section class="cards" aria-label="Headline figures">
${card('Open receivables 应收余额', formatAmount(total), `${formatCount(all?.count ?? 0)} open instalments, ${currency}`)}
${card('Overdue 逾期金额', formatAmount(overdue), `oldest ${formatCount(all?.maxDaysPastDue ?? 0)} days past due`, 'alert')}
${card('Overdue share 逾期占比', formatPercent(overdueShare), 'of the open receivables', 'alert')}
${card('DSO 应收账款周转天数', extras.dso === null ? '—' : `${extras.dso.result.value.toFixed(2)} days`, extras.dso === null ? 'nothing invoiced in the period' : `period method, ${extras.dso.days} days to ${extras.dso.to}`)}
${card(`Collection rate 回款率 ${lastMonth?.month ?? ''}`, formatPercent(lastMonth?.rate.value ?? null), lastMonth === null ? '' : `collected ${formatAmount(lastMonth.rate.collected)} of ${formatAmount(lastMonth.rate.collectible)}`, monthTone)}
${card('Worklist today 今日催收', `${formatCount(cycle.worklist.actions.length)} actions`, `${formatCount(sanctionedCount)} customers under sanctions`)}
${card('New orders 新订单', `${formatCount(blocked)} of ${formatCount(cycle.orders.length)} blocked`, 'checked against limit, exposure and arrears')}
${card('Commission payable 应付提成', formatAmount(team?.payable ?? ZERO), `${cycle.commission.period.from} to ${cycle.commission.period.to}, ${formatCount(team?.statements ?? 0)} reps`, 'good')}
</section>`;
}

/** The ageing by rep and bucket: stacked bar chart and table. */
function ageingSection(x: Context): string {
  const { cycle, currency, repOf } = x;
  const all: AgeingFigures | undefined = cycle.ageing.totals[currency];
  const aged = cycle.ageing;
  const buckets = aged.buckets.buckets;
  const series: Series[] = buckets.map((b, i) => ({ label: [b.label ?? b.key, b.labelZh].filter((part) => part !== undefined).join(' '), color: bucketColour(i).fill, textColor: bucketColour(i).text }));
  const ageingChart = stackedBarChart({
    id: 'ageing-chart',
    title: `Aged receivables by rep and bucket, ${currency}, as of ${cycle.asOf}`,
    categories: aged.groups.map((g) => ({ label: repOf(g.key), sublabel: `overdue 逾期 ${formatAmount(g.overdue)}` })),
    series,
    values: aged.groups.map((g) => aged.bucketKeys.map((k) => g.byBucket[k] ?? ZERO)),
    axisLabel: `Open 未收金额 (${currency})`,
  });
  const ageingRow = (label: string, f: AgeingFigures, cls = '') =>
    `<tr${cls === '' ? '' : ` class="${cls}"`}><th scope="row">${h(label)}</th>${aged.bucketKeys.map((k) => amountCell(f.byBucket[k] ?? ZERO)).join('')}${amountCell(f.total)}${amountCell(f.overdue)}${num(f.weightedAverageDaysPastDue.toFixed(1))}</tr>`;
  return `<section id="ageing">
<h2>Aged receivables by rep <span class="zh">账龄分析（按销售代表）</span></h2>
<p class="lead">Open instalments by days past due as of ${h(cycle.asOf)}, written-off ones left out. Bars are stacked from not yet due (bottom) to over a year past due (top).</p>
${ageingChart}
<div class="table-wrap"><table class="data compact">
<thead><tr><th scope="col">Rep 销售代表</th>${buckets.map((b, i) => `<th scope="col" class="num"><span class="swatch" style="background:${bucketColour(i).fill}"></span>${h(b.label ?? b.key)}<br><span class="zh">${h(b.labelZh ?? '')}</span></th>`).join('')}<th scope="col" class="num">Total<br><span class="zh">合计</span></th><th scope="col" class="num">Overdue<br><span class="zh">逾期</span></th><th scope="col" class="num">Avg days<br><span class="zh">加权逾期天数</span></th></tr></thead>
<tbody>${aged.groups.map((g) => ageingRow(repOf(g.key), g)).join('\n')}</tbody>
${all === undefined ? '' : `<tfoot>${ageingRow('All 全部', all, 'total')}</tfoot>`}
</table></div>
</section>`;
}

/** The collection rate by month: bar chart, the figures in a collapsed table. */
function collectionSection(x: Context): string {
  const { extras, currency, gate } = x;
  const lastMonth = extras.monthly.at(-1) ?? null;
  const monthsChart = rateChart({
    id: 'collection-chart',
    title: `Collection rate by month, ${extras.monthly[0]?.month ?? ''} to ${lastMonth?.month ?? ''}`,
    points: extras.monthly.map((m) => ({
      label: m.month,
      sublabel: `${formatAmount(m.rate.collected.div(10000), 1)}万`,
      value: m.rate.value,
      detail: `${m.month}: collected ${formatAmount(m.rate.collected)} of ${formatAmount(m.rate.collectible)} = ${formatPercent(m.rate.value)}`,
    })),
    ...(gate === null ? {} : { target: { value: gate.min, label: `commission gate 提成门槛 ${formatPercent(gate.min, 0)}` } }),
    axisLabel: 'Collection rate 回款率',
  });
  return `<section id="collection-rate">
<h2>Collection rate by month <span class="zh">月度回款率</span></h2>
<p class="lead">Collected in the month ÷ (overdue and still open at its start + falling due in it), with <code>collectionRate</code> over every instalment and the receipts applied to it; under each month, the amount collected (万 = 10,000 ${h(currency)}). Prepayments on instalments due later are not counted.${gate === null ? '' : ` Orange bars are below the ${h(formatPercent(gate.min, 0))} collection rate that the commission plan gates on.`}</p>
${monthsChart}
<details><summary>The figures behind the chart 明细</summary>
<div class="table-wrap"><table class="data">
<thead><tr><th scope="col">Month 月份</th><th scope="col" class="num">Overdue at start<br><span class="zh">期初逾期</span></th><th scope="col" class="num">Falling due<br><span class="zh">本期到期</span></th><th scope="col" class="num">Collectible<br><span class="zh">应收</span></th><th scope="col" class="num">Collected<br><span class="zh">实收</span></th><th scope="col" class="num">Rate<br><span class="zh">回款率</span></th><th scope="col" class="num">Collected ahead<br><span class="zh">提前回款</span></th></tr></thead>
<tbody>${extras.monthly
    .map((m) => `<tr><th scope="row">${h(m.month)}</th>${amountCell(m.rate.overdueAtStart)}${amountCell(m.rate.fallingDue)}${amountCell(m.rate.collectible)}${amountCell(m.rate.collected)}${num(formatPercent(m.rate.value))}${amountCell(m.rate.collectedAhead)}</tr>`)
    .join('\n')}</tbody>
</table></div>
</details>
</section>`;
}

/** Today's worklist by owner, the sanctions in force, and the paused items. */
function worklistSection(x: Context): string {
  const { cycle, currency, nameOf, customerCell, repOfCustomer } = x;
  const sanctionsOf = new Map(cycle.worklist.sanctioned.map((s) => [s.customerId, s.sanctions]));
  const chips = (customerId: string) => (sanctionsOf.get(customerId) ?? []).map((s) => `<span class="chip">${h(SANCTIONS[s] ?? s)}</span>`).join(' ');
  const worklistRows = cycle.byOwner
    .map(({ owner, actions }) => {
      const head = `<tr class="group"><th colspan="7" scope="colgroup">${h(OWNERS[owner] ?? owner)} <span class="count">${formatCount(actions.length)}</span></th></tr>`;
      const rows = actions.map((a) => {
        const oldest = a.items[0];
        const id = `<span class="nowrap">${h(oldest?.itemId ?? '')}</span>`;
        const items = a.items.length === 1 ? id : `${formatCount(a.items.length)} items, oldest<br>${id}`;
        return `<tr><td>${customerCell(a.customerId)}</td><td class="nowrap">${h(repOfCustomer(a.customerId))}</td><td><span class="step${a.step.sanction ? ' sanction' : ''}">${h(a.step.label ?? a.step.id)}</span><br><span class="zh">${h(a.step.labelZh ?? '')}</span></td>${amountCell(a.overdue[currency] ?? ZERO)}${num((oldest?.daysPastDue ?? 0) > 0 ? formatCount(oldest?.daysPastDue ?? 0) : 'not yet due')}<td class="items">${items}</td><td>${chips(a.customerId)}</td></tr>`;
      });
      return [head, ...rows].join('\n');
    })
    .join('\n');
  const onWorklist = new Set(cycle.worklist.actions.map((a) => a.customerId));
  const otherSanctioned = cycle.worklist.sanctioned.filter((s) => !onWorklist.has(s.customerId));
  return `<section id="worklist">
<h2>Escalation worklist for ${h(cycle.asOf)} <span class="zh">今日催收清单</span></h2>
<p class="lead">One action per customer at the most severe step its items have reached, by owner, most urgent first (open × days past due).</p>
<div class="table-wrap"><table class="data worklist">
<thead><tr><th scope="col">Customer 客户</th><th scope="col">Rep 销售代表</th><th scope="col">Step 催收步骤</th><th scope="col" class="num">Overdue 逾期金额</th><th scope="col" class="num">Days past due<br><span class="zh">逾期天数</span></th><th scope="col">Items 应收款</th><th scope="col">Sanctions in force 已执行措施</th></tr></thead>
<tbody>${worklistRows}</tbody>
</table></div>
${otherSanctioned.length === 0 ? '' : `<p class="note">Also under sanctions, with no action due today: ${otherSanctioned.map((s) => `${h(nameOf(s.customerId))} (${s.sanctions.map((x) => h(SANCTIONS[x] ?? x)).join(', ')})`).join('; ')}.</p>`}
${
  cycle.onHold.length === 0
    ? ''
    : `<h3>Paused 暂停催收</h3>
<div class="table-wrap"><table class="data">
<thead><tr><th scope="col">Customer 客户</th><th scope="col">Item 应收款</th><th scope="col" class="num">Open 未收</th><th scope="col" class="num">Days past due 逾期天数</th><th scope="col">Why 原因</th></tr></thead>
<tbody>${cycle.onHold
        .map((s) => {
          const why = s.state === 'promised' && s.promise !== null ? `promised on ${s.promise.madeOn} to pay by ${s.promise.promisedDate}; resumes ${s.promise.resumesOn} 承诺付款` : 'disputed: escalation stopped until resolved 争议中';
          return `<tr><td>${customerCell(s.customerId)}</td><td>${h(s.itemId)}</td>${amountCell(s.open)}${num(formatCount(s.daysPastDue))}<td>${h(why)}</td></tr>`;
        })
        .join('\n')}</tbody>
</table></div>`
}
</section>`;
}

/** Credit grades and the new orders' decisions, side by side. */
function creditSection(x: Context): string {
  const { cycle, nameOf } = x;
  const grades = [...new Set(cycle.credit.map((c) => c.grade))].sort((a, b) => {
    const ia = GRADE_ORDER.indexOf(a);
    const ib = GRADE_ORDER.indexOf(b);
    return ia === ib ? a.localeCompare(b, 'en') : ia === -1 ? 1 : ib === -1 ? -1 : ia - ib;
  });
  const mostCustomers = Math.max(1, ...grades.map((g) => cycle.credit.filter((c) => c.grade === g).length));
  const gradeRows = grades.map((grade) => {
    const members = cycle.credit.filter((c) => c.grade === grade);
    const sum = (pick: (c: (typeof members)[number]) => Decimal) => members.reduce((s, c) => s.plus(pick(c)), ZERO);
    const overLimit = members.filter((c) => c.exposure.total.gt(c.limit.limit)).length;
    const barWidth = Math.round((members.length / mostCustomers) * 80);
    return `<tr><th scope="row"><span class="grade">${h(grade)}</span></th><td class="bar-cell"><div class="hbar-row"><span class="hbar" style="width:${barWidth}%"></span><span class="hbar-label">${formatCount(members.length)}</span></div></td>${amountCell(sum((c) => c.limit.limit))}${amountCell(sum((c) => c.open?.total ?? ZERO))}${amountCell(sum((c) => c.open?.overdue ?? ZERO))}${num(formatCount(overLimit))}</tr>`;
  });
  const rerated = cycle.credit.filter((c) => c.rerating.change !== 'unchanged');
  const reviewsDue = cycle.credit.filter((c) => c.nextReview <= cycle.asOf).length;
  return `<section id="credit" class="two">
<div>
<h2>Credit grades <span class="zh">信用等级</span></h2>
<p class="lead">Five Cs score, re-rated on the payment index; ${formatCount(reviewsDue)} reviews due by ${h(cycle.asOf)}.</p>
<table class="data">
<thead><tr><th scope="col">Grade 等级</th><th scope="col">Customers 客户数</th><th scope="col" class="num">Limits 额度</th><th scope="col" class="num">Open 未收</th><th scope="col" class="num">Overdue 逾期</th><th scope="col" class="num">Over limit<br><span class="zh">超额度</span></th></tr></thead>
<tbody>${gradeRows.join('\n')}</tbody>
</table>
${rerated.length === 0 ? '' : `<ul class="rerated">${rerated.map((c) => `<li><strong>${h(`${c.customer.name} ${c.customer.nameZh}`)}</strong> ${h(c.rerating.previousGrade)} → ${h(c.grade)} <span class="${c.rerating.change === 'upgrade' ? 'up' : 'down'}">${c.rerating.change === 'upgrade' ? '▲' : '▼'}</span> ${h(c.rerating.reasons.map((r) => r.message).join('; '))}</li>`).join('')}</ul>`}
</div>
<div>
<h2>New orders <span class="zh">发货前信用检查</span></h2>
<p class="lead">Each order checked against the customer’s limit, exposure and arrears before it ships.</p>
<table class="data orders">
<thead><tr><th scope="col">Order 订单</th><th scope="col" class="num">Amount 金额</th><th scope="col">Decision 结果</th></tr></thead>
<tbody>${cycle.orders
    .map(
      (o) =>
        `<tr><td><strong>${h(o.order.id)}</strong><br>${h(nameOf(o.customer.id))} · grade ${h(o.grade)}${o.check.reasons.length === 0 ? '' : `<ul class="reasons">${o.check.reasons.map((r) => `<li>${h(r.message)}<br><span class="zh">${h(r.messageZh)}</span></li>`).join('')}</ul>`}</td>${amountCell(new Decimal(o.order.amount))}<td><span class="decision ${h(o.check.decision)}">${h(DECISIONS[o.check.decision] ?? o.check.decision)}</span></td></tr>`,
    )
    .join('\n')}</tbody>
</table>
</div>
</section>`;
}

/** Each rep's commission statement for the month, and the team's. */
function commissionSection(x: Context): string {
  const { cycle, currency, gate } = x;
  const team = cycle.commission.team[currency];
  const { period, reps } = cycle.commission;
  return `<section id="commission">
<h2>Commission on cash collected, ${h(period.from)} to ${h(period.to)} <span class="zh">回款提成</span></h2>
<p class="lead">Accrued on each receipt (with the timing factor for late payment), then the gates: ${gate === null ? 'none' : `below a collection rate of ${h(formatPercent(gate.min, 0))} the commission is scaled down`}; write-offs claw back what was paid.</p>
<div class="table-wrap"><table class="data">
<thead><tr><th scope="col">Rep 销售代表</th><th scope="col" class="num">Collection rate<br><span class="zh">回款率</span></th><th scope="col" class="num">Accrued<br><span class="zh">计提</span></th><th scope="col" class="num">Adjustments<br><span class="zh">调整</span></th><th scope="col" class="num">Payable<br><span class="zh">应付</span></th><th scope="col" class="num">Year to date<br><span class="zh">本年累计</span></th></tr></thead>
<tbody>${reps
    .map(({ rep, statement, yearToDate }) => {
      const g = statement.gates.find((each) => each.metric === 'collection_rate');
      const rate = g === undefined ? '—' : `<span class="${g.passed ? 'pass' : 'fail'}">${h(formatPercent(g.value))}</span>`;
      return `<tr><th scope="row">${h(`${rep.name} ${rep.nameZh}`)}</th>${num(rate)}${amountCell(statement.accrued)}${amountCell(statement.adjustments)}${amountCell(statement.payable)}${amountCell(yearToDate?.payable ?? ZERO)}</tr>`;
    })
    .join('\n')}</tbody>
<tfoot><tr class="total"><th scope="row">Team 团队</th><td></td>${amountCell(team?.accrued ?? ZERO)}${amountCell(team?.adjustments ?? ZERO)}${amountCell(team?.payable ?? ZERO)}${amountCell(reps.reduce((s, r) => s.plus(r.yearToDate?.payable ?? ZERO), ZERO))}</tr></tfoot>
</table></div>
</section>`;
}

/**
 * The report as one HTML document.
 *
 * @param cycle - What `runCycle` returned.
 * @param extras - Monthly collection rates and DSO (`computeExtras`).
 * @returns The whole page, `<!doctype html>` to `</html>`.
 */
export function renderReport(cycle: Cycle, extras: ReportExtras): string {
  const x = context(cycle, extras);
  const { currency } = x;
  const sections = [headlineSection, ageingSection, collectionSection, worklistSection, creditSection, commissionSection].map((section) => section(x));
  const { counts } = cycle;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Collections report 回款报告 — ${h(cycle.asOf)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>Collections report <span class="zh">回款报告</span></h1>
<p class="sub">As of <strong>${h(cycle.asOf)}</strong> · ${formatCount(counts.customers)} customers · ${formatCount(counts.contracts)} contracts · ${formatCount(counts.instalments)} instalments · ${formatCount(counts.receipts)} receipts · amounts in ${h(currency)}</p>
</header>
${sections.join('\n')}
<footer>Computed by huikuan from the sample portfolio (examples/data/portfolio.json) with <code>npm run report</code>. Amounts are exact to the fen.</footer>
</main>
</body>
</html>
`;
}
