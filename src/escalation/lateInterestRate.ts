import { z } from 'zod';
import { AnnualRateSchema as AnnualRate, IsoDateSchema, RateSchema } from '../core/schemas.js';

/** A late-interest rate: annual, daily, or a dated table of annual rates (each from its date on). */
export const LateInterestRateSchema = z.union(
  [
    z.strictObject({ annual: AnnualRate }),
    z.strictObject({ daily: RateSchema.refine((d) => d.lte('0.1'), { error: 'must be at most 0.1 (10% a day)' }) }),
    z
      .strictObject({ table: z.array(z.strictObject({ from: IsoDateSchema, annual: AnnualRate })).min(1) })
      .refine((r) => r.table.every((row, i) => i === 0 || row.from > r.table[i - 1]!.from), { error: 'table dates must rise' }),
  ],
  { error: 'must be { annual }, { daily } or { table: [{ from, annual }] }' },
);

