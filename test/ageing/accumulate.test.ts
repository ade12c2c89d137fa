import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/core/decimal.js';
import { addNumber, emptyLedger, groupOf, groupOffset, hashKey, ledgerTotals, unitsAt } from '../../src/ageing/accumulate.js';

const KEYS = ['not_due', '1_30', '31_60', '61_90', '91_180', '181_365', 'over_365'];

describe('the ledger of ageReceivables (its hash table of groups)', () => {
  it('gives each of 20,000 keys its own run of slots, in order of first sight, and finds them again', () => {
    const ledger = emptyLedger('CNY', 2, 7);
    const keys = Array.from({ length: 20_000 }, (_, i) => `C${i}`);
    const offsets = keys.map((key) => groupOffset(ledger, key));
    expect(offsets).toEqual(keys.map((_, i) => i * ledger.stride));
    // Looked up again (as fresh strings, after the table grew nine times): the same offsets.
    expect(keys.map((key) => groupOffset(ledger, `C${key.slice(1)}`))).toEqual(offsets);
    expect(ledger.keys).toEqual(keys);
    expect(ledger.sums.length).toBeGreaterThanOrEqual(20_000 * ledger.stride);
    // A power of two, at most a quarter full.
    expect(Math.log2(ledger.table.length) % 1).toBe(0);
    expect(ledger.table.length).toBeGreaterThanOrEqual(80_000);
    expect([...ledger.table].filter((g) => g >= 0).sort((a, b) => a - b)).toEqual(keys.map((_, i) => i));
  });

  it('keeps null, the empty string, and keys that differ in one code unit apart', () => {
    const ledger = emptyLedger('CNY', 2, 7);
    const keys: (string | null)[] = [null, '', 'null', 'é', 'e\u0301', '\ud83d\ude00', '\ud83d', 'a'.repeat(40), 'a'.repeat(39) + 'b'];
    const offsets = keys.map((key) => groupOffset(ledger, key));
    expect(new Set(offsets).size).toBe(keys.length);
    expect(keys.map((key) => groupOffset(ledger, key))).toEqual(offsets);
    expect(ledger.keys).toEqual(keys);
  });

  it('keeps group 0 when the keys rehashed after it probe across its slot', () => {
    // 64 groups fill a new ledger's table of 256 to a quarter; the 65th doubles it to 512.
    // Keys chosen to share K0's slot in the grown table must step over it, not onto it.
    const home = hashKey('K0') & 511;
    const colliding: string[] = [];
    for (let i = 1; colliding.length < 8; i++) if ((hashKey(`K${i}`) & 511) === home) colliding.push(`K${i}`);
    const filler = Array.from({ length: 64 - colliding.length }, (_, i) => `F${i}`);
    const keys = ['K0', ...colliding, ...filler];
    const ledger = emptyLedger('CNY', 2, 7);
    keys.forEach((key) => groupOffset(ledger, key));
    expect(ledger.table.length).toBe(512);
    expect(keys.map((key) => groupOffset(ledger, key))).toEqual(keys.map((_, g) => g * ledger.stride));
    expect(ledger.keys).toEqual(keys);
    expect([...ledger.table].filter((g) => g >= 0).sort((a, b) => a - b)).toEqual(keys.map((_, g) => g));
  });

  it('keeps the null group through the table growing', () => {
    const ledger = emptyLedger('CNY', 2, 7);
    expect(groupOffset(ledger, null)).toBe(0);
    const offsets = Array.from({ length: 1000 }, (_, i) => groupOffset(ledger, `K${i}`));
    expect(groupOffset(ledger, null)).toBe(0);
    expect(Array.from({ length: 1000 }, (_, i) => groupOffset(ledger, `K${i}`))).toEqual(offsets);
    expect(ledger.keys[0]).toBeNull();
  });

  it('keeps its own copy of a key cut from a longer string', () => {
    const ledger = emptyLedger('CNY', 2, 7);
    const text = `${'x'.repeat(10_000)}CUST-000123${'y'.repeat(10_000)}`;
    const key = text.slice(10_000, 10_011);
    groupOffset(ledger, key);
    expect(ledger.keys[0]).toBe('CUST-000123');
    expect(groupOffset(ledger, 'CUST-000123')).toBe(0);
  });

  it('sums a group exactly wherever the table put it, and totals all groups (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: -1e12, max: 1e12 })), { maxLength: 300 }),
        (entries) => {
          const ledger = emptyLedger('CNY', 2, 7);
          const expected = new Map<string, number[]>();
          for (const [key, bucket, units] of entries) {
            addNumber(ledger, groupOffset(ledger, key) + bucket, units);
            const sums = expected.get(key) ?? Array.from({ length: 7 }, () => 0);
            sums[bucket]! += units;
            expected.set(key, sums);
          }
          expect(ledger.keys).toEqual([...expected.keys()]);
          for (const [key, sums] of expected) {
            const at = groupOffset(ledger, key);
            expect(sums.map((_, b) => unitsAt(ledger, at + b))).toEqual(sums);
            expect(KEYS.map((k) => groupOf(ledger, key, at, KEYS).byBucket[k]!.toString())).toEqual(sums.map((u) => new Decimal(u).div(100).toString()));
          }
          const totals = ledgerTotals(ledger, KEYS);
          KEYS.forEach((k, b) => {
            expect(totals.byBucket[k]!.toString()).toBe(new Decimal([...expected.values()].reduce((s, sums) => s + sums[b]!, 0)).div(100).toString());
          });
        },
      ),
    );
  });

  it('hashes to 32 bits, the same for the same code units', () => {
    expect(hashKey('C1')).toBe(hashKey(`C${1}`));
    expect(hashKey('C1')).not.toBe(hashKey('C2'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (key) => {
        const h = hashKey(key);
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
        expect(hashKey(key.split('').join(''))).toBe(h);
      }),
    );
  });

  it('spreads sequential keys over the low bits of the table', () => {
    // 1,024 keys C0 … C1023 into 2,048 slots: with a good hash most land without a probe.
    const slots = new Set(Array.from({ length: 1024 }, (_, i) => hashKey(`C${i}`) & 2047));
    expect(slots.size).toBeGreaterThan(700);
  });
});
