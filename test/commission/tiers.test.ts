import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/index.js';
import { INV1, INV2, run } from './fixtures.js';

const TIERS = [{ upTo: '50000', rate: '0.01' }, { upTo: '100000', rate: '0.02' }, { rate: '0.03' }];
const marginal = { rate: { type: 'tiered' as const, mode: 'marginal' as const, tiers: TIERS } };

/** The marginal commission of a base, by hand: 1% to 50,000, 2% to 100,000, 3% above. */
function byHand(base: Decimal): Decimal {
  const slice = (from: number, to: number) => Decimal.max(Decimal.min(base, to).minus(from), 0);
  return slice(0, 50_000).times('0.01').plus(slice(50_000, 100_000).times('0.02')).plus(Decimal.max(base.minus(100_000), 0).times('0.03'));
}

describe('tiered commission totals', () => {
  it('rounds a total ending in exactly half a fen up, as the tiers give it (found in review)', () => {
    // Base 45,629.94 + 27,371.81 = 73,001.75: 50,000 × 1% + 23,001.75 × 2% = 500 + 460.035 = 960.035 → 960.04.
    const s = run(marginal, {
      receivables: [INV1, INV2],
      allocations: [
        { receiptId: 'R1', receivableId: 'INV-1', amount: '45629.94', date: '2026-11-10' },
        { receiptId: 'R2', receivableId: 'INV-2', amount: '27371.81', date: '2026-11-05' },
      ],
    });
    expect(s.accrued.toString()).toBe('960.04');
    expect(s.lines.map((l) => l.amount.toString())).toEqual(['359.96', '600.08']); // 27,371.81 : 45,629.94
  });

  it('equals the tier commission of the month, rounded half-up once, for any receipts (property)', () => {
    const cents = fc.integer({ min: 1, max: 10_000_000 }).map((c) => new Decimal(c).div(100));
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const s = run(marginal, {
          receivables: [{ ...INV1, amount: '100000' }, { ...INV2, amount: '100000' }],
          allocations: [
            { receiptId: 'R1', receivableId: 'INV-1', amount: a.toFixed(2), date: '2026-11-10' },
            { receiptId: 'R2', receivableId: 'INV-2', amount: b.toFixed(2), date: '2026-11-05' },
          ],
        });
        const expected = byHand(a.plus(b)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        expect(s.accrued.toString()).toBe(expected.toString());
        expect(s.lines.reduce((sum, l) => sum.plus(l.amount), new Decimal(0)).toString()).toBe(expected.toString());
      }),
      { numRuns: 300 },
    );
  });
});
