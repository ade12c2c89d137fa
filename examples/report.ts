/**
 * The collection cycle as an HTML report (回款报告): runs the whole cycle on the sample
 * portfolio (examples/data/portfolio.json, as of its date), renders it as one
 * self-contained page — inline CSS and SVG charts, no scripts, fonts or network — and
 * writes it to report/index.html.
 *
 *   npm run report                               # writes report/index.html
 *   npx tsx examples/report.ts --out /tmp/r.html # or anywhere else
 *
 * The rendering lives in examples/report/ (render.ts, svg.ts, format.ts); the figures
 * runCycle does not return (collection rate by month, DSO) in extras.ts; a screenshot
 * in headless Chromium, where one is installed, with `npx tsx examples/report/screenshot.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPortfolio, runCycle } from './data/cycle.js';
import { computeExtras } from './report/extras.js';
import { formatAmount, formatPercent } from './report/format.js';
import { renderReport } from './report/render.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex >= 0 && process.argv[outIndex + 1] !== undefined ? process.argv[outIndex + 1]! : resolve(root, 'report/index.html'));

const portfolio = loadPortfolio();
const cycle = runCycle(portfolio);
const extras = computeExtras(portfolio, cycle);
const html = renderReport(cycle, extras);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);

const all = cycle.ageing.totals[cycle.currency]!;
const last = extras.monthly.at(-1)!;
console.log(`Wrote ${relative(process.cwd(), out) || out} (${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB), the collection cycle as of ${cycle.asOf}`);
console.log(`  open receivables ${formatAmount(all.total)} ${cycle.currency}, overdue ${formatAmount(all.overdue)} (${formatPercent(all.overdue.div(all.total))})`);
console.log(`  DSO ${extras.dso === null ? '—' : `${extras.dso.result.value.toFixed(2)} days (${extras.dso.days} days to ${extras.dso.to})`}; collection rate ${last.month} ${formatPercent(last.rate.value)}`);
console.log(`  worklist: ${cycle.worklist.actions.length} actions, ${cycle.worklist.sanctioned.length} customers under sanctions; commission payable ${formatAmount(cycle.commission.team[cycle.currency]?.payable ?? '0')}`);
