import { describe, expect, it } from 'vitest';
import {
  HuikuanError,
  allocate,
  minorUnits,
  roundMoney,
  splitEvenly,
  sumByCurrency,
  sumMoney,
  type HuikuanErrorCode,
  type HuikuanIssue,
} from '../../src/money/index.js';
import { thrown } from '../support/thrown.js';

/**
 * The errors of the money functions, pinned whole: code, message and issues are what
 * a caller logs, shows and switches on, so each names the function and the field.
 */

const PLAIN_DECIMAL = 'must be a plain decimal string such as "1234.56" (no commas, spaces or hex)';
const CURRENCY_CODE = 'must be an ISO 4217 currency code of three capital letters, e.g. "CNY"';
const ITERABLE = 'must be an iterable collection such as an array';

type Case = [string, () => unknown, HuikuanErrorCode, string, HuikuanIssue[]];

describe('money errors', () => {
  it.each<Case>([
    [
      'roundMoney: a malformed amount',
      () => roundMoney('1,000', 'CNY'),
      'invalid_input',
      `Invalid input to roundMoney: amount: ${PLAIN_DECIMAL}`,
      [{ path: ['amount'], message: PLAIN_DECIMAL }],
    ],
    [
      'roundMoney: a malformed currency',
      () => roundMoney('1', 'rmb'),
      'invalid_input',
      `Invalid input to roundMoney: currency: ${CURRENCY_CODE}`,
      [{ path: ['currency'], message: CURRENCY_CODE }],
    ],
    [
      'roundMoney: a bad scale',
      () => roundMoney('1', 'CNY', { scale: 13 }),
      'invalid_input',
      'Invalid input to roundMoney: options.scale: must be a whole number of decimal places from 0 to 12',
      [{ path: ['options', 'scale'], message: 'must be a whole number of decimal places from 0 to 12' }],
    ],
    [
      'roundMoney: an unknown currency without a scale',
      () => roundMoney('1.23456', 'XAU'),
      'unsupported',
      'roundMoney: unknown currency "XAU"; pass options.scale (its number of minor-unit digits) instead of letting huikuan guess',
      [{ path: ['currency'], message: 'unknown currency: pass options.scale' }],
    ],
    [
      'minorUnits: a malformed code',
      () => minorUnits('cny'),
      'invalid_input',
      `Invalid input to minorUnits: code: ${CURRENCY_CODE}`,
      [{ path: ['code'], message: CURRENCY_CODE }],
    ],
    [
      // Regression: the issue once named `currency`, which minorUnits does not take.
      'minorUnits: an unknown currency',
      () => minorUnits('XAU'),
      'unsupported',
      'minorUnits: unknown currency "XAU"; pass a scale (its number of minor-unit digits) instead of letting huikuan guess',
      [{ path: ['code'], message: 'unknown currency: pass a scale' }],
    ],
    [
      'allocate: a malformed amount',
      () => allocate('ten', [1], { currency: 'CNY' }),
      'invalid_input',
      `Invalid input to allocate: amount: ${PLAIN_DECIMAL}`,
      [{ path: ['amount'], message: PLAIN_DECIMAL }],
    ],
    [
      'allocate: an amount finer than the minor unit',
      () => allocate('1.001', [1], { currency: 'CNY' }),
      'invalid_input',
      'Invalid input to allocate: amount has 3 decimal places but CNY allows 2: round it first with roundMoney',
      [{ path: ['amount'], message: 'has 3 decimal places but CNY allows 2: round it first with roundMoney' }],
    ],
    [
      'allocate: an amount finer than an explicit scale',
      () => allocate('1.05', [1], { currency: 'XAU', scale: 1 }),
      'invalid_input',
      'Invalid input to allocate: amount has 2 decimal places but XAU allows 1: round it first with roundMoney',
      [{ path: ['amount'], message: 'has 2 decimal places but XAU allows 1: round it first with roundMoney' }],
    ],
    [
      'allocate: all-zero ratios',
      () => allocate('1', [0, '0'], { currency: 'CNY' }),
      'invalid_input',
      'Invalid input to allocate: ratios: must not all be zero',
      [{ path: ['ratios'], message: 'must not all be zero' }],
    ],
    [
      'allocate: a malformed currency option',
      () => allocate('1', [1], { currency: 'yuan' }),
      'invalid_input',
      `Invalid input to allocate: options.currency: ${CURRENCY_CODE}`,
      [{ path: ['options', 'currency'], message: CURRENCY_CODE }],
    ],
    [
      // Regression: the issue once named `currency`, but allocate's currency is an option.
      'allocate: an unknown currency without a scale',
      () => allocate('1', [1], { currency: 'XAU' }),
      'unsupported',
      'allocate: unknown currency "XAU"; pass options.scale (its number of minor-unit digits) instead of letting huikuan guess',
      [{ path: ['options', 'currency'], message: 'unknown currency: pass options.scale' }],
    ],
    [
      'splitEvenly: a malformed amount',
      () => splitEvenly('1e', 2, { currency: 'CNY' }),
      'invalid_input',
      `Invalid input to splitEvenly: amount: ${PLAIN_DECIMAL}`,
      [{ path: ['amount'], message: PLAIN_DECIMAL }],
    ],
    [
      'splitEvenly: a count of zero',
      () => splitEvenly('1', 0, { currency: 'CNY' }),
      'invalid_input',
      'Invalid input to splitEvenly: count: must be a whole number from 1 to 1000000',
      [{ path: ['count'], message: 'must be a whole number from 1 to 1000000' }],
    ],
    [
      'splitEvenly: an unknown option',
      () => splitEvenly('1', 2, { currency: 'CNY', parts: 2 } as never),
      'invalid_input',
      'Invalid input to splitEvenly: options: Unrecognized key: "parts"',
      [{ path: ['options'], message: 'Unrecognized key: "parts"' }],
    ],
    [
      'splitEvenly: an amount finer than the minor unit',
      () => splitEvenly('1.5', 2, { currency: 'JPY' }),
      'invalid_input',
      'Invalid input to splitEvenly: amount has 1 decimal places but JPY allows 0: round it first with roundMoney',
      [{ path: ['amount'], message: 'has 1 decimal places but JPY allows 0: round it first with roundMoney' }],
    ],
    [
      'splitEvenly: an unknown currency without a scale',
      () => splitEvenly('1', 2, { currency: 'XAU' }),
      'unsupported',
      'splitEvenly: unknown currency "XAU"; pass options.scale (its number of minor-unit digits) instead of letting huikuan guess',
      [{ path: ['options', 'currency'], message: 'unknown currency: pass options.scale' }],
    ],
    [
      'sumByCurrency: not an iterable',
      () => sumByCurrency(null as never),
      'invalid_input',
      `Invalid input to sumByCurrency: items: ${ITERABLE}`,
      [{ path: ['items'], message: ITERABLE }],
    ],
    [
      'sumByCurrency: a malformed item',
      () => sumByCurrency([{ currency: 'CNY', amount: '1' }, { currency: 'CNY', amount: '1 000' }]),
      'invalid_input',
      `Invalid input to sumByCurrency: items[1].amount: ${PLAIN_DECIMAL}`,
      [{ path: ['items', 1, 'amount'], message: PLAIN_DECIMAL }],
    ],
    [
      'sumMoney: a malformed option',
      () => sumMoney([], { currency: 'cny' }),
      'invalid_input',
      `Invalid input to sumMoney: options.currency: ${CURRENCY_CODE}`,
      [{ path: ['options', 'currency'], message: CURRENCY_CODE }],
    ],
    [
      'sumMoney: a malformed item',
      () => sumMoney([{ currency: 'CNY', amount: '1' }, { currency: 'usd', amount: '1' }]),
      'invalid_input',
      `Invalid input to sumMoney: items[1].currency: ${CURRENCY_CODE}`,
      [{ path: ['items', 1, 'currency'], message: CURRENCY_CODE }],
    ],
    [
      'sumMoney: two currencies',
      () => sumMoney([{ currency: 'CNY', amount: 1 }, { currency: 'CNY', amount: 2 }, { currency: 'USD', amount: 3 }]),
      'currency_mismatch',
      'sumMoney: items[2] is in USD but the sum is in CNY; use sumByCurrency to total several currencies',
      [{ path: ['items', 2, 'currency'], message: 'is in USD but the sum is in CNY' }],
    ],
    [
      'sumMoney: an item not in options.currency',
      () => sumMoney([{ currency: 'USD', amount: 1 }], { currency: 'CNY' }),
      'currency_mismatch',
      'sumMoney: items[0] is in USD but the sum is in CNY; use sumByCurrency to total several currencies',
      [{ path: ['items', 0, 'currency'], message: 'is in USD but the sum is in CNY' }],
    ],
    [
      'sumMoney: an empty list without a currency',
      () => sumMoney([]),
      'invalid_input',
      'Invalid input to sumMoney: options.currency: is required to sum an empty list (there is no item to take the currency from)',
      [{ path: ['options', 'currency'], message: 'is required to sum an empty list (there is no item to take the currency from)' }],
    ],
  ])('%s', (_, run, code, message, issues) => {
    const error = thrown(run);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(error.issues).toEqual(issues);
  });
});
