/**
 * Child process of the ageing benchmark: streams N generated items through
 * ageReceivables and prints, as JSON, the process's resident memory before and at its
 * peak. Run alone so nothing else in the process holds memory.
 *   npx tsx test/bench/ageing-memory.ts 1000000
 */
import { ageReceivables } from '../../src/ageing/index.js';
import { ASOF, portfolio } from './ageing-portfolio.js';

const count = Number(process.argv[2] ?? 1_000_000);
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const before = process.memoryUsage().rss;
let peak = before;
let seen = 0;
function* watched() {
  for (const item of portfolio(count, 11)) {
    if ((seen += 1) % 25_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    yield item;
  }
}
const started = performance.now();
const report = ageReceivables(watched(), { asOf: ASOF });
peak = Math.max(peak, process.memoryUsage().rss);
process.stdout.write(
  JSON.stringify({ items: count, groups: report.groups.length, ms: Math.round(performance.now() - started), rssBeforeMiB: mib(before), rssPeakMiB: mib(peak), growthMiB: mib(peak - before) }),
);
