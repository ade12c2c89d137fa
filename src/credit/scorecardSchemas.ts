import { z } from 'zod';
import { DecimalValueSchema, ONLY_WHEN_VALID, RateSchema } from '../core/schemas.js';
import type { DeepReadonly } from '../core/types.js';

const Id = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, { error: 'must be a letter, then up to 63 letters, digits, "_", "." or "-"' });

/** A numeric factor's bin: `min ≤ value < max`, either end open. */
export const ScoreBinSchema = z.strictObject({
  min: DecimalValueSchema.optional(),
  max: DecimalValueSchema.optional(),
  points: DecimalValueSchema,
  label: z.string().optional(),
});

const common = {
  id: Id,
  label: z.string().optional(),
  labelZh: z.string().optional(),
  /** Multiplies the factor's points, 0 to 1000. @defaultValue 1 */
  weight: RateSchema.refine((d) => d.lte(1000), { error: 'must be at most 1000' }).optional(),
  /** Points when the fact is missing; without it a missing fact is an error. */
  missingPoints: DecimalValueSchema.optional(),
};

/** A scorecard factor: numeric (bins) or categorical (points per category). */
export const ScoreFactorSchema = z.discriminatedUnion(
  'type',
  [
    z
      .strictObject({ ...common, type: z.literal('numeric'), bins: z.array(ScoreBinSchema).min(1) })
      .superRefine((factor, ctx) => {
        const bins = factor.bins;
        bins.forEach((bin, i) => {
          const at = (message: string) => ctx.addIssue({ code: 'custom', path: ['bins', i], message });
          if (i === 0 && bin.min !== undefined) at('the first bin must have no min (it covers everything below)');
          if (i === bins.length - 1 && bin.max !== undefined) at('the last bin must have no max (it covers everything above)');
          if (i > 0 && bin.min === undefined) at('needs min: only the first bin is open below');
          if (i < bins.length - 1 && bin.max === undefined) at('needs max: only the last bin is open above');
          if (bin.min !== undefined && bin.max !== undefined && !bin.min.lt(bin.max)) at('min must be below max');
          const previous = bins[i - 1];
          if (previous?.max !== undefined && bin.min !== undefined && !previous.max.equals(bin.min)) {
            at(`must start where the previous bin ends (${previous.max.toFixed()}): bins are half-open [min, max) and cover the line`);
          }
        });
      }, ONLY_WHEN_VALID),
    z.strictObject({
      ...common,
      type: z.literal('categorical'),
      points: z.record(z.string(), DecimalValueSchema).refine((p) => Object.keys(p).length > 0, { error: 'must name at least one category' }),
    }),
  ],
  { error: 'must be { type: "numeric", bins } or { type: "categorical", points }' },
);

/** A grade band: scores at or above `minScore` get `grade` (the lowest band has no minScore). */
export const GradeBandSchema = z.strictObject({
  grade: z.string().min(1),
  minScore: DecimalValueSchema.optional(),
  label: z.string().optional(),
});

/**
 * A credit scorecard as data. Factors score facts; the weighted points add up to the
 * score; grade bands, best first, map the score to a grade. Validation: factor ids
 * unique; numeric bins half-open and covering the line; grade bands with strictly
 * falling `minScore`, the last band without one (it catches everything below).
 */
export const ScorecardSchema = z
  .strictObject({
    id: z.string().min(1),
    version: z.union([z.string().min(1), z.number()]),
    name: z.string().optional(),
    factors: z.array(ScoreFactorSchema).min(1, { error: 'must hold at least one factor' }),
    grades: z.array(GradeBandSchema).min(1, { error: 'must hold at least one grade band' }),
  })
  .superRefine((card, ctx) => {
    const ids = new Set<string>();
    card.factors.forEach((factor, i) => {
      if (ids.has(factor.id)) ctx.addIssue({ code: 'custom', path: ['factors', i, 'id'], message: `repeats id "${factor.id}"` });
      ids.add(factor.id);
    });
    const grades = new Set<string>();
    card.grades.forEach((band, i) => {
      const at = (message: string) => ctx.addIssue({ code: 'custom', path: ['grades', i], message });
      if (grades.has(band.grade)) at(`repeats grade "${band.grade}"`);
      grades.add(band.grade);
      const last = i === card.grades.length - 1;
      if (last && band.minScore !== undefined) at('the last band must have no minScore (it catches every lower score)');
      if (!last && band.minScore === undefined) at('needs minScore: only the last band is open below');
      const previous = card.grades[i - 1]?.minScore;
      if (previous !== undefined && band.minScore !== undefined && !band.minScore.lt(previous)) {
        at('minScore must fall from band to band: list grades best first');
      }
    });
  }, ONLY_WHEN_VALID);

/** A credit scorecard (see ScorecardSchema). */
export type Scorecard = DeepReadonly<z.input<typeof ScorecardSchema>>;
