/**
 * Small pure helpers that draw the report's charts as inline SVG strings: a "nice"
 * value axis, a stacked bar chart (ageing by rep and bucket) and a bar chart of rates
 * (collection rate by month). Amounts stay Decimals; only pixel geometry is a float,
 * rounded to 0.01 px when written.
 */
import { Decimal } from '../../src/index.js';
import { escapeHtml, formatAmount, formatPercent } from './format.js';

/** Attribute values of an element (undefined ones are left out). */
type Attrs = Readonly<Record<string, string | number | undefined>>;

/** A pixel coordinate as written: at most two decimals, no trailing zeros. */
export const px = (n: number): string => {
  const rounded = Math.round(n * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
};

/**
 * One SVG or HTML element, attributes escaped (numbers written as pixels).
 *
 * @param name - Tag name.
 * @param attrs - Attributes.
 * @param content - Inner markup, already escaped; none for a self-closing element.
 * @returns The markup.
 */
export function tag(name: string, attrs: Attrs, content?: string): string {
  const written = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? px(value) : escapeHtml(value)}"`)
    .join('');
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
}

/**
 * The approximate width of a text in pixels: CJK characters one em, others 0.6 em.
 * Good enough to lay out labels and legends without measuring fonts.
 *
 * @param text - The label.
 * @param fontSize - In pixels.
 * @returns Estimated width in pixels.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const c of text) ems += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(c) ? 1 : 0.6;
  return ems * fontSize;
}

/** A value axis from zero. */
export interface Axis {
  /** The top of the axis: a whole number of steps, at least the largest value. */
  readonly max: Decimal;
  readonly step: Decimal;
  /** 0, step, 2 × step, … max. */
  readonly ticks: readonly Decimal[];
}

/**
 * A "nice" axis from zero for values up to `max`: a step of 1, 2, 2.5 or 5 times a power
 * of ten giving at most `targetTicks` intervals, and the top rounded up to a step.
 *
 * @param max - The largest value (a zero or negative one gives the axis 0–1).
 * @param targetTicks - The most intervals wanted. @defaultValue 5
 * @returns The axis.
 * @example
 * niceAxis(new Decimal('3582703.85')).ticks.map(String); //=> ['0', '1000000', '2000000', '3000000', '4000000']
 */
export function niceAxis(max: Decimal, targetTicks = 5): Axis {
  if (!max.gt(0)) return { max: new Decimal(1), step: new Decimal(1), ticks: [new Decimal(0), new Decimal(1)] };
  const raw = max.div(targetTicks);
  const magnitude = new Decimal(10).pow(raw.e);
  const step = [1, 2, 2.5, 5, 10].map((m) => magnitude.times(m)).find((s) => s.gte(raw))!;
  const top = max.div(step).ceil().times(step);
  const ticks: Decimal[] = [];
  for (let t = new Decimal(0); t.lte(top); t = t.plus(step)) ticks.push(t);
  return { max: top, step, ticks };
}

/**
 * A value's length on an axis of `length` pixels (the only place an amount becomes a float).
 *
 * @param value - From 0 to the axis max.
 * @param axisMax - The axis top.
 * @param length - The axis length in pixels.
 * @returns Pixels.
 */
export function scale(value: Decimal, axisMax: Decimal, length: number): number {
  return axisMax.isZero() ? 0 : value.div(axisMax).toNumber() * length;
}

/** The plot area inside a chart. */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** One segment of a stacked bar. */
export interface BarSegment {
  /** Index of the category (the bar) and of the series (the segment). */
  readonly category: number;
  readonly series: number;
  readonly value: Decimal;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where every segment of a stacked bar chart goes. */
export interface StackedBarLayout {
  readonly plot: PlotArea;
  readonly axis: Axis;
  /** Category by category, series by series (zero values as zero-height segments). */
  readonly segments: readonly BarSegment[];
  /** Each bar's total, its centre and its top. */
  readonly totals: readonly { readonly category: number; readonly value: Decimal; readonly x: number; readonly y: number }[];
}

/**
 * Lays out a stacked bar chart: one bar per category, its segments (one per series)
 * stacked from the axis up in series order, heights proportional to the values on a
 * nice axis.
 *
 * @param values - `values[category][series]`, not negative.
 * @param plot - The plot area.
 * @param barShare - The bar's width as a share of its category's slot. @defaultValue 0.56
 * @returns The geometry.
 */
export function layoutStackedBars(values: readonly (readonly Decimal[])[], plot: PlotArea, barShare = 0.56): StackedBarLayout {
  const totals = values.map((row) => row.reduce((sum, v) => sum.plus(v), new Decimal(0)));
  const axis = niceAxis(totals.reduce((max, t) => Decimal.max(max, t), new Decimal(0)));
  const slot = values.length === 0 ? 0 : plot.width / values.length;
  const width = slot * barShare;
  const bottom = plot.top + plot.height;
  const segments: BarSegment[] = [];
  const tops: StackedBarLayout['totals'][number][] = [];
  values.forEach((row, category) => {
    const x = plot.left + slot * category + (slot - width) / 2;
    let below = new Decimal(0);
    row.forEach((value, series) => {
      const y = bottom - scale(below.plus(value), axis.max, plot.height);
      const height = scale(value, axis.max, plot.height);
      segments.push({ category, series, value, x, y, width, height });
      below = below.plus(value);
    });
    tops.push({ category, value: below, x: x + width / 2, y: bottom - scale(below, axis.max, plot.height) });
  });
  return { plot, axis, segments, totals: tops };
}

/** A series of a chart (a bucket of the ageing). */
export interface Series {
  readonly label: string;
  readonly color: string;
  /** The colour of a value written on the segment. @defaultValue '#fff' */
  readonly textColor?: string;
}

/** A category of a chart (a rep, a month). */
export interface Category {
  readonly label: string;
  /** A second line under the label. */
  readonly sublabel?: string;
}

/** A legend of coloured swatches, wrapped into rows within `width`; returns the markup and its height. */
function legend(series: readonly Series[], left: number, top: number, width: number): { markup: string; height: number } {
  const fontSize = 12;
  const rowHeight = 20;
  let x = left;
  let y = top;
  const parts: string[] = [];
  for (const s of series) {
    const itemWidth = 18 + textWidth(s.label, fontSize) + 18;
    if (x > left && x + itemWidth > left + width) {
      x = left;
      y += rowHeight;
    }
    parts.push(
      tag('g', { class: 'legend-item' }, [
        tag('rect', { x, y: y + 2, width: 12, height: 12, rx: 2, fill: s.color }),
        tag('text', { x: x + 18, y: y + 12.5, 'font-size': fontSize }, escapeHtml(s.label)),
      ].join('')),
    );
    x += itemWidth;
  }
  return { markup: tag('g', { class: 'legend' }, parts.join('')), height: y - top + rowHeight };
}

/** Options of `stackedBarChart`. */
export interface StackedBarChartOptions {
  readonly id: string;
  /** Accessible title (also the SVG's `<title>`). */
  readonly title: string;
  readonly categories: readonly Category[];
  readonly series: readonly Series[];
  /** `values[category][series]`. */
  readonly values: readonly (readonly Decimal[])[];
  /** The value axis title. */
  readonly axisLabel: string;
  /** @defaultValue 1100 */
  readonly width?: number;
  /** @defaultValue 520 */
  readonly height?: number;
}

/**
 * A stacked bar chart as an inline SVG: gridlines and a labelled value axis, one bar per
 * category, a legend, each segment's exact value written on it where it fits (and in its
 * tooltip), each bar's total on top.
 *
 * @param options - Data and labels.
 * @returns `<svg …>…</svg>`; every segment is a `<rect class="bar">`.
 */
export function stackedBarChart(options: StackedBarChartOptions): string {
  const width = options.width ?? 1100;
  const height = options.height ?? 520;
  const key = legend(options.series, 84, 8, width - 100);
  const top = 8 + key.height + 26;
  const plot: PlotArea = { left: 84, top, width: width - 84 - 16, height: height - top - 52 };
  const layout = layoutStackedBars(options.values, plot);
  const bottom = plot.top + plot.height;
  const parts: string[] = [tag('title', {}, escapeHtml(options.title)), key.markup];

  // Gridlines and tick labels.
  for (const tick of layout.axis.ticks) {
    const y = bottom - scale(tick, layout.axis.max, plot.height);
    parts.push(tag('line', { class: tick.isZero() ? 'axis' : 'grid', x1: plot.left, x2: plot.left + plot.width, y1: y, y2: y }));
    parts.push(tag('text', { class: 'tick', x: plot.left - 8, y: y + 4, 'text-anchor': 'end' }, formatAmount(tick, 0)));
  }
  parts.push(tag('text', { class: 'axis-label', x: 14, y: plot.top + plot.height / 2, 'text-anchor': 'middle', transform: `rotate(-90 14 ${px(plot.top + plot.height / 2)})` }, escapeHtml(options.axisLabel)));

  // The bars.
  for (const s of layout.segments) {
    const series = options.series[s.series]!;
    const category = options.categories[s.category]!;
    const tooltip = `${category.label} · ${series.label}: ${formatAmount(s.value)}`;
    parts.push(
      tag('rect', { class: 'bar', 'data-category': s.category, 'data-series': s.series, 'data-value': s.value.toFixed(), x: s.x, y: s.y, width: s.width, height: s.height, fill: series.color }, tag('title', {}, escapeHtml(tooltip))),
    );
    const label = formatAmount(s.value);
    if (s.height >= 15 && textWidth(label, 11) <= s.width - 4) {
      parts.push(tag('text', { class: 'seg-value', x: s.x + s.width / 2, y: s.y + s.height / 2 + 4, 'text-anchor': 'middle', fill: series.textColor ?? '#fff' }, label));
    }
  }
  for (const t of layout.totals) parts.push(tag('text', { class: 'bar-total', x: t.x, y: t.y - 6, 'text-anchor': 'middle' }, formatAmount(t.value)));

  // Category labels.
  const slot = options.categories.length === 0 ? 0 : plot.width / options.categories.length;
  options.categories.forEach((c, i) => {
    const x = plot.left + slot * i + slot / 2;
    parts.push(tag('text', { class: 'cat', x, y: bottom + 20, 'text-anchor': 'middle' }, escapeHtml(c.label)));
    if (c.sublabel !== undefined) parts.push(tag('text', { class: 'cat-sub', x, y: bottom + 38, 'text-anchor': 'middle' }, escapeHtml(c.sublabel)));
  });
  return tag('svg', { id: options.id, class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': options.title }, parts.join(''));
}

/** One bar of a rate chart. */
export interface RatePoint {
  readonly label: string;
  readonly sublabel?: string;
  /** The rate as a ratio (0.57 for 57%); null for none (no bar, a dash). */
  readonly value: Decimal | null;
  /** Tooltip text. */
  readonly detail?: string;
}

/** Options of `rateChart`. */
export interface RateChartOptions {
  readonly id: string;
  readonly title: string;
  readonly points: readonly RatePoint[];
  /** A target drawn as a dashed line, with its label. */
  readonly target?: { readonly value: Decimal; readonly label: string };
  readonly axisLabel: string;
  /** @defaultValue 1100 */
  readonly width?: number;
  /** @defaultValue 340 */
  readonly height?: number;
}

/** Where the bars of a rate chart go: heights proportional to the rates on a 0–100% axis (higher if a rate exceeds 100%). */
export interface RateLayout {
  readonly plot: PlotArea;
  readonly axis: Axis;
  readonly bars: readonly { readonly index: number; readonly value: Decimal; readonly x: number; readonly y: number; readonly width: number; readonly height: number }[];
}

/**
 * Lays out a bar chart of rates on an axis from 0% to 100% in steps of 20% (extended
 * in 20% steps when a rate exceeds 100%).
 *
 * @param values - Ratios; nulls get no bar.
 * @param plot - The plot area.
 * @param barShare - The bar's width as a share of its slot. @defaultValue 0.6
 * @returns The geometry.
 */
export function layoutRateBars(values: readonly (Decimal | null)[], plot: PlotArea, barShare = 0.6): RateLayout {
  const step = new Decimal('0.2');
  const highest = values.reduce<Decimal>((max, v) => (v === null ? max : Decimal.max(max, v)), new Decimal(1));
  const top = highest.div(step).ceil().times(step);
  const ticks: Decimal[] = [];
  for (let t = new Decimal(0); t.lte(top); t = t.plus(step)) ticks.push(t);
  const axis: Axis = { max: top, step, ticks };
  const slot = values.length === 0 ? 0 : plot.width / values.length;
  const width = slot * barShare;
  const bottom = plot.top + plot.height;
  const bars: RateLayout['bars'][number][] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const height = scale(Decimal.max(value, 0), axis.max, plot.height);
    bars.push({ index, value, x: plot.left + slot * index + (slot - width) / 2, y: bottom - height, width, height });
  });
  return { plot, axis, bars };
}

/**
 * A bar chart of rates as an inline SVG: a 0–100% axis, one bar per point with its
 * percentage above it, an optional dashed target line.
 *
 * @param options - Data and labels.
 * @returns `<svg …>…</svg>`; every bar is a `<rect class="bar">`.
 */
export function rateChart(options: RateChartOptions): string {
  const width = options.width ?? 1100;
  const height = options.height ?? 340;
  const plot: PlotArea = { left: 84, top: 28, width: width - 84 - 16, height: height - 28 - 52 };
  const layout = layoutRateBars(options.points.map((p) => p.value), plot);
  const bottom = plot.top + plot.height;
  const parts: string[] = [tag('title', {}, escapeHtml(options.title))];
  for (const tick of layout.axis.ticks) {
    const y = bottom - scale(tick, layout.axis.max, plot.height);
    parts.push(tag('line', { class: tick.isZero() ? 'axis' : 'grid', x1: plot.left, x2: plot.left + plot.width, y1: y, y2: y }));
    parts.push(tag('text', { class: 'tick', x: plot.left - 8, y: y + 4, 'text-anchor': 'end' }, formatPercent(tick, 0)));
  }
  parts.push(tag('text', { class: 'axis-label', x: 14, y: plot.top + plot.height / 2, 'text-anchor': 'middle', transform: `rotate(-90 14 ${px(plot.top + plot.height / 2)})` }, escapeHtml(options.axisLabel)));
  const slot = options.points.length === 0 ? 0 : plot.width / options.points.length;
  for (const bar of layout.bars) {
    const point = options.points[bar.index]!;
    const below = options.target !== undefined && bar.value.lt(options.target.value);
    parts.push(
      tag(
        'rect',
        { class: below ? 'bar below-target' : 'bar', 'data-index': bar.index, 'data-value': bar.value.toFixed(), x: bar.x, y: bar.y, width: bar.width, height: bar.height, rx: 2 },
        tag('title', {}, escapeHtml(point.detail ?? `${point.label}: ${formatPercent(bar.value)}`)),
      ),
    );
    parts.push(tag('text', { class: 'bar-total', x: bar.x + bar.width / 2, y: bar.y - 6, 'text-anchor': 'middle' }, formatPercent(bar.value, 1)));
  }
  options.points.forEach((p, i) => {
    const x = plot.left + slot * i + slot / 2;
    if (p.value === null) parts.push(tag('text', { class: 'bar-total', x, y: bottom - 6, 'text-anchor': 'middle' }, '—'));
    parts.push(tag('text', { class: 'cat', x, y: bottom + 20, 'text-anchor': 'middle' }, escapeHtml(p.label)));
    if (p.sublabel !== undefined) parts.push(tag('text', { class: 'cat-sub', x, y: bottom + 38, 'text-anchor': 'middle' }, escapeHtml(p.sublabel)));
  });
  if (options.target !== undefined) {
    const y = bottom - scale(options.target.value, layout.axis.max, plot.height);
    parts.push(tag('line', { class: 'target', x1: plot.left, x2: plot.left + plot.width, y1: y, y2: y }));
    parts.push(tag('text', { class: 'target-label', x: plot.left + plot.width - 4, y: y - 6, 'text-anchor': 'end' }, escapeHtml(options.target.label)));
  }
  return tag('svg', { id: options.id, class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': options.title }, parts.join(''));
}
