import type { OpenItem } from '../../src/ageing/index.js';
import { seededRandom } from './harness.js';

/** The as-of date of the ageing benchmark. */
export const ASOF = '2026-11-23';
const DAY = 86_400_000;
const ASOF_MS = Date.parse(`${ASOF}T00:00:00Z`);

/**
 * The benchmark's deterministic portfolio, generated lazily (nothing is kept):
 * 10,000 customers, CNY amounts as strings with two decimals, issued over the last 800
 * days on terms of 0 to 90 days.
 */
export function* portfolio(count: number, seed = 7): Generator<OpenItem> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const issue = ASOF_MS - Math.floor(random() * 800) * DAY;
    const due = issue + [0, 30, 45, 60, 90][Math.floor(random() * 5)]! * DAY;
    const cents = Math.floor(random() * 100_000_000);
    yield {
      id: `INV-${i}`,
      customerId: `C${Math.floor(random() * 10_000)}`,
      currency: 'CNY',
      amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
      issueDate: new Date(issue).toISOString().slice(0, 10),
      dueDate: new Date(due).toISOString().slice(0, 10),
    };
  }
}
