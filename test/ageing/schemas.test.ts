import { describe, expect, it } from 'vitest';
import { AgeingBucketsSchema, DEFAULT_AGEING_BUCKETS, type AgeingBuckets } from '../../src/ageing/index.js';

type Bucket = AgeingBuckets['buckets'][number];
const issues = (buckets: readonly Bucket[]) => {
  const result = AgeingBucketsSchema.safeParse({ basis: 'due_date', buckets });
  return result.success ? [] : result.error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));
};
const at = (i: number, message: string) => ({ code: 'custom', path: ['buckets', i], message });

describe('AgeingBucketsSchema: no gap, no overlap, open only at the ends', () => {
  it.each<[string, Bucket[], ReturnType<typeof at>[]]>([
    ['one bucket with no bounds takes everything', [{ key: 'all' }], []],
    ['a one-day bucket', [{ key: 'a', maxDays: 0 }, { key: 'b', minDays: 1, maxDays: 1 }, { key: 'c', minDays: 2 }], []],
    ['negative days, for money not yet due', [{ key: 'later', maxDays: -8 }, { key: 'soon', minDays: -7, maxDays: 0 }, { key: 'late', minDays: 1 }], []],
    ['a gap of one day', [{ key: 'a', maxDays: 0 }, { key: 'b', minDays: 2 }], [at(1, 'leaves a gap: days 1 to 1 are in no bucket')]],
    ['a gap of ten days', [{ key: 'a', maxDays: 30 }, { key: 'b', minDays: 41 }], [at(1, 'leaves a gap: days 31 to 40 are in no bucket')]],
    ['an overlap', [{ key: 'a', maxDays: 10 }, { key: 'b', minDays: 5 }], [at(1, 'overlaps the previous bucket: minDays must be 11')]],
    ['an overlap of one day', [{ key: 'a', maxDays: 10 }, { key: 'b', minDays: 10 }], [at(1, 'overlaps the previous bucket: minDays must be 11')]],
    ['a first bucket closed below', [{ key: 'a', minDays: 0, maxDays: 10 }, { key: 'b', minDays: 11 }], [at(0, 'the first bucket must have no minDays (it covers everything below)')]],
    ['a last bucket closed above', [{ key: 'a', maxDays: 10 }, { key: 'b', minDays: 11, maxDays: 20 }], [at(1, 'the last bucket must have no maxDays (it covers everything above)')]],
    ['a single bucket closed above', [{ key: 'a', maxDays: 10 }], [at(0, 'the last bucket must have no maxDays (it covers everything above)')]],
    ['a middle bucket open below', [{ key: 'a', maxDays: 10 }, { key: 'b', maxDays: 20 }, { key: 'c', minDays: 21 }], [at(1, 'needs minDays: only the first bucket is open below')]],
    ['a middle bucket open above', [{ key: 'a', maxDays: 10 }, { key: 'b', minDays: 11 }, { key: 'c', minDays: 21 }], [at(1, 'needs maxDays: only the last bucket is open above')]],
    ['a repeated key', [{ key: 'a', maxDays: 10 }, { key: 'a', minDays: 11 }], [at(1, 'repeats key "a"')]],
    ['bounds the wrong way round', [{ key: 'a', maxDays: 10 }, { key: 'b', minDays: 11, maxDays: 5 }, { key: 'c', minDays: 6 }], [at(1, 'minDays must not exceed maxDays')]],
  ])('%s', (_name, buckets, expected) => {
    expect(issues(buckets)).toEqual(expected);
  });

  it.each<[unknown, string]>([
    [{ basis: 'due_date', buckets: [] }, 'must hold at least one bucket'],
    [{ basis: 'due_date', buckets: [{ key: 'a b' }] }, 'must be 1–32 letters, digits or _ . + -'],
    [{ basis: 'due_date', buckets: [{ key: 'a', maxDays: 1.5 }, { key: 'b', minDays: 2 }] }, 'must be a whole number of days'],
    [{ basis: 'days', buckets: [{ key: 'a' }] }, 'basis'],
  ])('rejects %j', (document, message) => {
    const result = AgeingBucketsSchema.safeParse(document);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')).toContain(message);
  });
});

describe('DEFAULT_AGEING_BUCKETS', () => {
  it('is the documented table, frozen', () => {
    expect(DEFAULT_AGEING_BUCKETS).toEqual({
      basis: 'due_date',
      buckets: [
        { key: 'not_due', label: 'Not due', labelZh: '未到期', maxDays: 0 },
        { key: '1_30', label: '1–30 days', labelZh: '逾期1-30天', minDays: 1, maxDays: 30 },
        { key: '31_60', label: '31–60 days', labelZh: '逾期31-60天', minDays: 31, maxDays: 60 },
        { key: '61_90', label: '61–90 days', labelZh: '逾期61-90天', minDays: 61, maxDays: 90 },
        { key: '91_180', label: '91–180 days', labelZh: '逾期91-180天', minDays: 91, maxDays: 180 },
        { key: '181_365', label: '181–365 days', labelZh: '逾期181-365天', minDays: 181, maxDays: 365 },
        { key: 'over_365', label: 'Over 365 days', labelZh: '逾期365天以上', minDays: 366 },
      ],
    });
    expect([Object.isFrozen(DEFAULT_AGEING_BUCKETS), Object.isFrozen(DEFAULT_AGEING_BUCKETS.buckets), Object.isFrozen(DEFAULT_AGEING_BUCKETS.buckets[0])]).toEqual([true, true, true]);
    expect(AgeingBucketsSchema.safeParse(DEFAULT_AGEING_BUCKETS).success).toBe(true);
  });
});
