import { z } from 'zod';
import { IsoDateSchema, ONLY_WHEN_VALID } from '../core/schemas.js';
import { toEpochDay, weekdayOfEpochDay } from '../core/isoDate.js';

/** A day of the week: 0 = Sunday, 1 = Monday, … 6 = Saturday (as `Date#getDay`). */
export const WeekdaySchema = z
  .number({ error: 'must be a day of the week from 0 (Sunday) to 6 (Saturday)' })
  .int({ error: 'must be a day of the week from 0 (Sunday) to 6 (Saturday)' })
  .min(0, { error: 'must be a day of the week from 0 (Sunday) to 6 (Saturday)' })
  .max(6, { error: 'must be a day of the week from 0 (Sunday) to 6 (Saturday)' });

/**
 * A business-day calendar as data.
 *
 * - `weekend`: days of the week that are not working days (`[0, 6]`: Sunday and
 *   Saturday), at most six.
 * - `holidays`: dates that are not working days (public holidays, including any that
 *   fall on a weekend, as official notices list them).
 * - `workdays`: weekend dates that are working days all the same (China's make-up
 *   working days, 调休上班). Each must fall on a weekend day and not be a holiday.
 * - `coveredYears`: the years whose holidays the data holds; outside them the
 *   calendar knows only its weekend. Informational: see `calendarCovers`.
 * - `source`: where the data comes from.
 *
 * Unknown keys are rejected, so a misspelt `holiday` fails loudly instead of giving a
 * calendar without holidays.
 *
 * Treat a calendar as an immutable value: huikuan remembers a validated calendar by
 * object identity, so change a copy, not a calendar already in use.
 */
export const BusinessCalendarSchema = z
  .strictObject({
    id: z.string().min(1, { error: 'must be a non-empty string' }),
    name: z.string().optional(),
    weekend: z
      .array(WeekdaySchema)
      .max(6, { error: 'must leave at least one working day in the week' })
      .refine((days) => new Set(days).size === days.length, { error: 'must not repeat a day' }),
    holidays: z.array(IsoDateSchema).optional(),
    workdays: z.array(IsoDateSchema).optional(),
    coveredYears: z.array(z.number().int().min(1).max(9999)).optional(),
    source: z.string().optional(),
  })
  .superRefine((cal, ctx) => {
    const holidays = new Set(cal.holidays ?? []);
    const weekend = new Set(cal.weekend);
    // Runs only on a calendar whose fields all parsed (ONLY_WHEN_VALID), so every date is real.
    (cal.workdays ?? []).forEach((date, index) => {
      if (holidays.has(date)) {
        ctx.addIssue({ code: 'custom', path: ['workdays', index], message: `${date} is also listed as a holiday` });
      } else if (!weekend.has(weekdayOfEpochDay(toEpochDay(date)))) {
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', index],
          message: `${date} is not a weekend day, so it is a working day already`,
        });
      }
    });
  }, ONLY_WHEN_VALID);

/** A business-day calendar (see BusinessCalendarSchema). */
export interface BusinessCalendar {
  readonly id: string;
  readonly name?: string | undefined;
  readonly weekend: readonly number[];
  readonly holidays?: readonly string[] | undefined;
  readonly workdays?: readonly string[] | undefined;
  readonly coveredYears?: readonly number[] | undefined;
  readonly source?: string | undefined;
}

/**
 * How to move a date that is not a business day.
 * - `none`: leave it.
 * - `following`: the next business day.
 * - `preceding`: the previous business day.
 * - `modified_following`: the next business day, unless that is in the next month,
 *   then the previous one (ISDA convention).
 * - `modified_preceding`: the previous business day, unless that is in the previous
 *   month, then the next one.
 */
export const RollConventionSchema = z.enum([
  'none',
  'following',
  'preceding',
  'modified_following',
  'modified_preceding',
]);

/** How to move a date that is not a business day. */
export type RollConvention = z.infer<typeof RollConventionSchema>;
