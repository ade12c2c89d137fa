/**
 * huikuan (回款): the rules of sales collections as pure, exact, explained functions.
 *
 * The root re-exports every module, plus the shared error type and the zod
 * primitives that the modules' schemas are built from. Each module is also published
 * as a subpath (`huikuan/money`, `huikuan/calendar`, ...).
 * @module huikuan
 */
export { Decimal } from './core/decimal.js';
export { HuikuanError, type HuikuanErrorCode, type HuikuanIssue } from './core/errors.js';
export {
  CurrencyCodeSchema,
  DecimalValueSchema,
  IsoDateSchema,
  NonNegativeAmountSchema,
  PositiveAmountSchema,
  RateSchema,
  type CurrencyCode,
  type DecimalValue,
  type IsoDate,
  type RateValue,
} from './core/schemas.js';
export * from './money/index.js';
export * from './calendar/index.js';
export * from './instalments/index.js';
export * from './ageing/index.js';
export * from './credit/index.js';
export * from './escalation/index.js';
export * from './commission/index.js';
