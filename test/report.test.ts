import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal, collectionRate } from '../src/index.js';
import { loadPortfolio, runCycle, type Cycle } from '../examples/data/cycle.js';
import type { Portfolio } from '../examples/data/generate.js';
import { buildLedger, computeExtras, type ReportExtras } from '../examples/report/extras.js';
import { escapeHtml, formatAmount, formatCount, formatPercent } from '../examples/report/format.js';
import { renderReport } from '../examples/report/render.js';
import { layoutRateBars, layoutStackedBars, niceAxis, rateChart, stackedBarChart, textWidth } from '../examples/report/svg.js';

/** The report (examples/report.ts → report/index.html): self-contained, right figures, escaped, exact geometry. */

/** The markup of the `<svg id="…">` chart. */
function chart(html: string, id: string): string {
  const start = html.indexOf(`<svg id="${id}"`);
  expect(start, `chart ${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</svg>', start) + '</svg>'.length);
}

/** Every `<rect class="bar…">` of a chart, with its numeric attributes. */
function bars(svg: string): { value: Decimal; height: number; y: number; attrs: Record<string, string> }[] {
  return [...svg.matchAll(/<rect class="bar[^"]*"([^>]*)>/g)].map((m) => {
    const attrs = Object.fromEntries([...m[1]!.matchAll(/ ([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    return { value: new Decimal(attrs['data-value']!), height: Number(attrs['height']), y: Number(attrs['y']), attrs };
  });
}

/** The `<tr>` of a section that mentions a text. */
function rowWith(html: string, sectionId: string, text: string): string {
  const start = html.indexOf(`<section id="${sectionId}"`);
  const section = html.slice(start, html.indexOf('</section>', start));
  const row = section.match(/<tr[\s>][\s\S]*?<\/tr>/g)?.find((r) => r.includes(text));
  expect(row, `a row of #${sectionId} with ${text}`).toBeDefined();
  return row!;
}

/** Pixels to 0.01, as the charts write them. */
const round = (n: number) => Math.round(n * 100) / 100;

/** Text of markup, tags dropped, spaces squeezed. */
const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('format helpers', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`Li & Sons <"HK"> 'x'`)).toBe('Li &amp; Sons &lt;&quot;HK&quot;&gt; &#39;x&#39;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('恒达机械')).toBe('恒达机械');
  });

  it.each([
    ['1234567.891', 2, '1,234,567.89'],
    ['1234567.895', 2, '1,234,567.90'],
    ['999.995', 2, '1,000.00'],
    ['-754.42', 2, '-754.42'],
    ['-1234567', 2, '-1,234,567.00'],
    ['-0.001', 2, '0.00'],
    ['0', 2, '0.00'],
    ['4000000', 0, '4,000,000'],
    ['123456789012345678901234.56', 2, '123,456,789,012,345,678,901,234.56'],
  ] as const)('formatAmount(%s, %i) = %s, exactly from the Decimal', (amount, places, expected) => {
    expect(formatAmount(new Decimal(amount), places)).toBe(expected);
  });

  it('writes percents half-up, a dash for none, and counts with separators', () => {
    expect(formatPercent(new Decimal('0.78333'))).toBe('78.33%');
    expect(formatPercent(new Decimal('0.397'), 1)).toBe('39.7%');
    expect(formatPercent(new Decimal('0.8'), 0)).toBe('80%');
    expect(formatPercent(null)).toBe('—');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-1000)).toBe('-1,000');
    expect(() => formatCount(1.5)).toThrow();
  });
});

describe('chart geometry', () => {
  it.each([
    ['3582703.85', ['0', '1000000', '2000000', '3000000', '4000000']],
    ['7', ['0', '2', '4', '6', '8']],
    ['0.3', ['0', '0.1', '0.2', '0.3']],
    ['100', ['0', '20', '40', '60', '80', '100']],
    ['0', ['0', '1']],
  ] as const)('niceAxis(%s) has ticks %j', (max, ticks) => {
    expect(niceAxis(new Decimal(max)).ticks.map(String)).toEqual(ticks);
  });

  it('stacks segments with heights proportional to the amounts', () => {
    // Bars of 100 + 300 = 400 and 200 + 0 = 200 on an axis to 400 over 400 px: 1 px per unit.
    const layout = layoutStackedBars(
      [
        [new Decimal('100'), new Decimal('300')],
        [new Decimal('200'), new Decimal('0')],
      ],
      { left: 0, top: 0, width: 200, height: 400 },
    );
    expect(layout.axis.max.toString()).toBe('400');
    expect(layout.segments.map((s) => [s.category, s.series, s.height, s.y])).toEqual([
      [0, 0, 100, 300],
      [0, 1, 300, 0],
      [1, 0, 200, 200],
      [1, 1, 0, 200],
    ]);
    // Slots of 100 px, bars 56 px wide, centred.
    expect(layout.segments.map((s) => [round(s.x), round(s.width)])).toEqual([
      [22, 56],
      [22, 56],
      [122, 56],
      [122, 56],
    ]);
    expect(layout.totals.map((t) => [t.value.toString(), round(t.x), t.y])).toEqual([
      ['400', 50, 0],
      ['200', 150, 200],
    ]);
  });

  it('draws every segment of a stacked chart as a bar, labels escaped', () => {
    const svg = stackedBarChart({
      id: 'tiny',
      title: 'T <&>',
      categories: [{ label: 'Rep <&> "A"', sublabel: 'x' }, { label: 'B' }],
      series: [
        { label: 'Not due 未到期', color: '#0a0' },
        { label: '1–30 天', color: '#a00' },
      ],
      values: [
        [new Decimal('1000.5'), new Decimal('3000')],
        [new Decimal('2000'), new Decimal('0')],
      ],
      axisLabel: 'CNY',
    });
    const rects = bars(svg);
    expect(rects).toHaveLength(4);
    // Heights ∝ amounts: the same px per unit for every non-empty segment.
    const perUnit = rects[1]!.height / 3000;
    for (const r of rects) expect(r.height).toBeCloseTo(r.value.toNumber() * perUnit, 1);
    expect(rects[3]!.height).toBe(0);
    expect(svg).toContain('Rep &lt;&amp;&gt; &quot;A&quot;');
    expect(svg).not.toContain('<&>');
    expect(svg).toContain('4,000.50'); // the first bar's total
    expect(svg).toContain('Not due 未到期');
  });

  it('draws rates on a 0–100% axis, extended past 100% when needed, no bar for none', () => {
    const plot = { left: 0, top: 0, width: 300, height: 300 };
    const layout = layoutRateBars([new Decimal('0.5'), null, new Decimal('1.1')], plot);
    expect(layout.axis.ticks.map(String)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1', '1.2']);
    expect(layout.bars.map((b) => [b.index, b.height, b.y])).toEqual([
      [0, 125, 175],
      [2, 275, 25],
    ]);
    expect(layoutRateBars([new Decimal('0.25')], plot).bars[0]!.height).toBe(75);
    const svg = rateChart({ id: 'r', title: 'R', points: [{ label: 'a', value: new Decimal('0.5') }, { label: 'b', value: null }], target: { value: new Decimal('0.8'), label: 'gate' }, axisLabel: '%' });
    expect(bars(svg)).toHaveLength(1);
    expect(svg).toContain('50.0%');
    expect(svg).toContain('class="bar below-target"');
    expect(svg).toContain('class="target"');
  });

  it('estimates CJK text as twice as wide as Latin', () => {
    expect(textWidth('回款', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBe(12);
  });
});

describe('the report of the sample portfolio', () => {
  let portfolio: Portfolio;
  let cycle: Cycle;
  let extras: ReportExtras;
  let html: string;

  beforeAll(() => {
    portfolio = loadPortfolio();
    cycle = runCycle(portfolio);
    extras = computeExtras(portfolio, cycle);
    html = renderReport(cycle, extras);
  });

  it('is one self-contained page: no network, no scripts, no external styles', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/<img|<iframe|<object|<embed/i);
    expect(html).not.toMatch(/\ssrc=|\shref=/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('is well-formed enough: balanced containers, one svg per chart, no NaN or undefined', () => {
    for (const name of ['svg', 'table', 'thead', 'tbody', 'tr', 'section', 'details', 'g', 'text', 'ul', 'li']) {
      const open = html.match(new RegExp(`<${name}[\\s>]`, 'g'))?.length ?? 0;
      const close = html.match(new RegExp(`</${name}>`, 'g'))?.length ?? 0;
      expect(close, `<${name}>`).toBe(open);
    }
    expect(html.match(/<svg[\s>]/g)).toHaveLength(2);
    expect(html).not.toMatch(/NaN|undefined|\[object Object\]|Infinity/);
  });

  it('charts the ageing as reps × buckets bars, heights proportional to the amounts', () => {
    const svg = chart(html, 'ageing-chart');
    const rects = bars(svg);
    expect(cycle.ageing.groups).toHaveLength(6);
    expect(cycle.ageing.bucketKeys).toHaveLength(7);
    expect(rects).toHaveLength(6 * 7);
    // Li Na's not-due segment, as the quick start prints it.
    expect(rects.map((r) => r.value.toFixed(2))).toContain('2273500.21');
    const tallest = rects.reduce((a, b) => (b.value.gt(a.value) ? b : a));
    // The axis runs to 4,000,000 (the largest bar, Chen Jie's 3,582,703.85, rounded up to a step).
    expect(svg).toContain('>4,000,000<');
    const perUnit = tallest.height / tallest.value.toNumber();
    for (const r of rects) expect(Math.abs(r.height - r.value.toNumber() * perUnit)).toBeLessThan(0.02);
    // Each bar's total on top, and the legend in both languages.
    expect(svg).toContain('>3,582,703.85<');
    expect(svg).toContain('Not due 未到期');
    expect(svg).toContain('Over 365 days 逾期365天以上');
    expect(svg).toContain('overdue 逾期 240,740.73'); // Li Na: 31–60 days only
  });

  it('charts twelve months of collection rates, computed with collectionRate', () => {
    expect(extras.monthly.map((m) => m.month)).toEqual([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    const svg = chart(html, 'collection-chart');
    const rects = bars(svg);
    expect(rects).toHaveLength(12);
    const november = extras.monthly.at(-1)!;
    expect(november.to).toBe('2026-11-30');
    expect(november.rate.value!.toString()).toBe(november.rate.collected.div(november.rate.collectible).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString());
    expect(svg).toContain(`>${formatPercent(november.rate.value, 1)}<`);
    // Heights ∝ rates on the 0–100% axis.
    const perUnit = rects[0]!.height / rects[0]!.value.toNumber();
    for (const r of rects) expect(Math.abs(r.height - r.value.toNumber() * perUnit)).toBeLessThan(0.02);
    expect(svg).toContain('commission gate 提成门槛 80%');
  });

  it('rebuilds the cycle’s ledger: same instalments, and each rep’s November rate is the commission gate’s', () => {
    const ledger = buildLedger(portfolio);
    expect(ledger).toHaveLength(cycle.counts.instalments);
    for (const { rep, statement } of cycle.commission.reps) {
      const gate = statement.gates[0]!;
      const mine = ledger.filter((item) => item.salesRepId === rep.id);
      const rate = collectionRate(mine, { from: '2026-11-01', to: '2026-11-30' });
      expect(rate.value?.toString(), rep.id).toBe(gate.value?.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString());
    }
  });

  it('heads with the totals the quick start prints', () => {
    const cards = html.slice(html.indexOf('<section class="cards"'), html.indexOf('</section>'));
    expect(text(cards)).toContain('Open receivables 应收余额 11,554,131.78');
    expect(text(cards)).toContain('Overdue 逾期金额 4,587,263.97 oldest 696 days past due');
    expect(text(cards)).toContain('Overdue share 逾期占比 39.70%');
    // DSO: 11,554,131.78 open ÷ 17,070,412.85 invoiced in the 91 days to 2026-11-30 × 91 = 61.59.
    expect(extras.dso!.result.explanation).toBe('DSO = receivables 11554131.78 ÷ credit sales 17070412.85 × 91 days = 61.59');
    expect(text(cards)).toContain('DSO 应收账款周转天数 61.59 days');
    expect(text(cards)).toContain('Commission payable 应付提成 140,602.82');
    expect(text(cards)).toContain('3 of 5 blocked');
  });

  it('tabulates the ageing by rep with exact amounts', () => {
    expect(text(rowWith(html, 'ageing', 'Li Na'))).toBe('Li Na 李娜 2,273,500.21 0.00 240,740.73 0.00 0.00 0.00 0.00 2,514,240.94 240,740.73 5.1');
    expect(text(rowWith(html, 'ageing', 'All 全部'))).toBe('All 全部 6,966,867.81 772,416.11 430,540.98 150,759.34 0.00 652,337.63 2,581,209.91 11,554,131.78 4,587,263.97 142.5');
  });

  it('lists today’s worklist by owner, with customer, step, amount and days past due', () => {
    expect(text(rowWith(html, 'worklist', 'Hengda Machinery'))).toBe(
      'Hengda Machinery 恒达机械 Li Na 李娜 Stop supply 停止供货 240,740.73 53 HT-2026-0156-2 credit hold 冻结额度 stop supply 停止供货',
    );
    expect(text(rowWith(html, 'worklist', 'Xibei Mining'))).toContain('Legal action 法律途径 2,346,019.40 696 13 items, oldest HT-2025-0003-1');
    const worklist = html.slice(html.indexOf('<section id="worklist"'), html.indexOf('<h3>Paused'));
    const owners = [...worklist.matchAll(/<tr class="group"><th[^>]*>([^<]+)/g)].map((m) => m[1]!.trim());
    expect(owners).toEqual(['Sales 销售 (each customer’s rep)', 'Sales manager 销售经理', 'Legal 法务']);
    expect(text(rowWith(html, 'worklist', 'Dongfang Tools'))).toContain('HT-2026-0190-1 78,000.00 46 promised on 2026-11-24 to pay by 2026-12-04');
  });

  it('shows the credit grades, the order decisions and each rep’s commission', () => {
    expect(text(rowWith(html, 'credit', 'SO-2026-1189'))).toContain('Lingnan Pharma 岭南医药 · grade A');
    expect(text(rowWith(html, 'credit', 'SO-2026-1187'))).toContain('400,000.00 Block 拦截');
    const gradeC = text(rowWith(html, 'credit', '>C<'));
    expect(gradeC).toMatch(/^C 9 0\.00 /);
    expect(text(rowWith(html, 'commission', 'Li Na'))).toBe('Li Na 李娜 89.67% 61,280.29 0.00 61,280.29 424,977.88');
    expect(text(rowWith(html, 'commission', 'Chen Jie'))).toBe('Chen Jie 陈杰 22.62% 23,231.60 -17,416.16 5,815.44 165,892.53');
  });

  it('escapes names from the data', () => {
    const renamed: Portfolio = {
      ...portfolio,
      customers: portfolio.customers.map((c) => (c.id === 'HENGDA' ? { ...c, name: 'Hengda <Machinery> & "Sons"', nameZh: '恒达<&>' } : c)),
    };
    const renamedCycle = runCycle(renamed);
    const page = renderReport(renamedCycle, computeExtras(renamed, renamedCycle, { months: 1 }));
    expect(page).toContain('Hengda &lt;Machinery&gt; &amp; &quot;Sons&quot;');
    expect(page).toContain('恒达&lt;&amp;&gt;');
    expect(page).not.toContain('<Machinery>');
    expect(page).not.toContain('恒达<&>');
    expect(page).not.toContain('"Sons"');
  });

  describe('written by examples/report.ts in another time zone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huikuan-report-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is byte for byte the page rendered here', () => {
      const zone = process.env['TZ'] === 'America/Los_Angeles' ? 'Asia/Shanghai' : 'America/Los_Angeles';
      const out = join(dir, 'index.html');
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'examples/report.ts', '--out', out], {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect(stdout).toContain('open receivables 11,554,131.78 CNY, overdue 4,587,263.97 (39.70%)');
      expect(readFileSync(out, 'utf8')).toBe(html);
    }, 60_000);
  });
});
