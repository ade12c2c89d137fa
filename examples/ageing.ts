/**
 * huikuan/ageing tour: an aged report split across two "workers" and merged, the
 * collection KPIs of a quarter, and bad-debt provisions by the ageing method and by a
 * provision matrix derived from history. Run with `npx tsx examples/ageing.ts`.
 */
import {
  PROVISION_PRESETS,
  ageReceivables,
  averageDaysDelinquent,
  buildProvisionMatrix,
  collectionEffectivenessIndex,
  countbackDso,
  daysSalesOutstanding,
  mergeAgeingReports,
  provisionByAgeing,
  type OpenItem,
} from '../src/index.js';

const asOf = '2026-09-30';

// A small ledger, generated deterministically: 2,000 invoices over 50 customers.
function* ledger(): Generator<OpenItem> {
  for (let i = 0; i < 2000; i++) {
    const issue = new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 1000) * 86_400_000).toISOString().slice(0, 10);
    const due = new Date(Date.parse(`${issue}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    yield { id: `INV-${i}`, customerId: `C${i % 50}`, currency: 'CNY', amount: `${1000 + ((i * 104729) % 90000)}.${String(i % 100).padStart(2, '0')}`, issueDate: issue, dueDate: due };
  }
}

// 1. Age the ledger in two halves (two workers, two partitions) and merge.
const items = [...ledger()];
const left = ageReceivables(items.slice(0, 1000), { asOf });
const right = ageReceivables(items.slice(1000), { asOf });
const merged = mergeAgeingReports(left, JSON.parse(JSON.stringify(right))); // a report survives JSON
const whole = ageReceivables(items, { asOf });
console.log(`Aged ${whole.totals.CNY!.count} open items: total ${whole.totals.CNY!.total.toFixed(2)}; merged halves equal the whole: ${JSON.stringify(merged) === JSON.stringify(whole)}`);
for (const key of whole.bucketKeys) console.log(`  ${key.padEnd(9)} ${whole.totals.CNY!.byBucket[key]!.toFixed(2).padStart(14)}`);

// 2. The quarter's KPIs.
const dso = daysSalesOutstanding({ receivables: '2400000', creditSales: '6300000', days: 92 });
const countback = countbackDso({ receivables: '2400000', periods: [{ sales: '2200000', days: 30 }, { sales: '2000000', days: 31 }, { sales: '2100000', days: 31 }] });
const cei = collectionEffectivenessIndex({ beginning: '2100000', sales: '6300000', ending: '2400000', endingCurrent: '1500000' });
const add = averageDaysDelinquent({ receivables: '2400000', currentReceivables: '1500000', creditSales: '6300000', days: 92 });
console.log(`\nKPIs, Q3 2026:\n  ${dso.explanation}\n  ${countback.explanation}\n  ${cei.explanation}\n  ${add.explanation}`);

// 3. Provisions: the Chinese annual-band table (company policy, by issue date).
const preset = PROVISION_PRESETS.CN_ANNUAL_BANDS;
const byYear = ageReceivables(items, { asOf, buckets: preset.buckets });
const provision = provisionByAgeing(byYear, preset.rates);
console.log(`\nProvision by ${preset.nameZh}: ${provision.totals.CNY!.provision.toFixed(2)} on ${provision.totals.CNY!.balance.toFixed(2)}`);

// 4. Provisions: a matrix from the last four month ends (IFRS 9 / CAS 22 simplified approach).
const matrix = buildProvisionMatrix(
  [
    { period: '2026-06', balances: { not_due: '1400000', '1_30': '420000', '31_60': '160000', '61_90': '90000', '91_180': '70000', '181_365': '50000', over_365: '40000' } },
    { period: '2026-07', balances: { not_due: '1500000', '1_30': '390000', '31_60': '150000', '61_90': '80000', '91_180': '75000', '181_365': '52000', over_365: '42000' } },
    { period: '2026-08', balances: { not_due: '1450000', '1_30': '410000', '31_60': '140000', '61_90': '85000', '91_180': '70000', '181_365': '55000', over_365: '45000' }, writeOffs: { over_365: '6000' } },
    { period: '2026-09', balances: { not_due: '1500000', '1_30': '400000', '31_60': '150000', '61_90': '80000', '91_180': '72000', '181_365': '53000', over_365: '47000' } },
  ],
  { buckets: whole.buckets, forwardLooking: '0.05' },
);
console.log('\nProvision matrix (roll rates, +5% forward-looking):');
for (const line of matrix.explanation) console.log(`  ${line}`);
console.log(`  Provision on the ledger: ${provisionByAgeing(whole, matrix.lossRates).totals.CNY!.provision.toFixed(2)}`);
