/**
 * huikuan/money: exact amounts, currencies and their minor units, rounding,
 * allocation that conserves every cent, and sums that never mix currencies.
 * @module huikuan/money
 */
export { HuikuanError, type HuikuanErrorCode, type HuikuanIssue } from '../core/errors.js';
export { CURRENCIES, minorUnits, type CurrencyInfo } from './currencies.js';
export { roundMoney } from './roundMoney.js';
export { allocate } from './allocate.js';
export { splitEvenly } from './splitEvenly.js';
export { sumByCurrency } from './sumByCurrency.js';
export { sumMoney } from './sumMoney.js';
export {
  AllocateOptionsSchema,
  MoneySchema,
  RemainderRuleSchema,
  RoundingModeSchema,
  RoundMoneyOptionsSchema,
  ScaleSchema,
  SumMoneyOptionsSchema,
  type AllocateOptions,
  type Money,
  type MoneyInput,
  type RemainderRule,
  type RoundingMode,
  type RoundMoneyOptions,
  type SumMoneyOptions,
} from './schemas.js';
