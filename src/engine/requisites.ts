/**
 * Checks of a Russian organisation's requisites as a person types them. Each returns what is
 * wrong, or null when the value is fine or still empty: an empty field is not an error.
 */

export type InnProblem = 'not-digits' | 'length' | 'checksum';
export type KppProblem = 'length' | 'format' | 'entrepreneur';

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN11_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** The control digit over the digits before it: weighted sum mod 11, then mod 10. */
function controlDigit(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += weight * (digits[index] ?? 0);
  });
  return (sum % 11) % 10;
}

/**
 * ИНН: 10 digits for an organisation, 12 for an individual entrepreneur, with the control
 * digits of the Federal Tax Service's algorithm (one for 10 digits, two for 12).
 */
export function innProblem(value: string): InnProblem | null {
  const inn = value.trim();
  if (inn === '') return null;
  if (!/^\d+$/.test(inn)) return 'not-digits';
  if (inn.length !== 10 && inn.length !== 12) return 'length';
  const digits = Array.from(inn, Number);
  if (inn.length === 10) {
    return controlDigit(digits, INN10_WEIGHTS) === digits[9] ? null : 'checksum';
  }
  return controlDigit(digits, INN11_WEIGHTS) === digits[10] &&
    controlDigit(digits, INN12_WEIGHTS) === digits[11]
    ? null
    : 'checksum';
}

/**
 * КПП: 9 characters — the tax office code (4 digits), the reason (2 digits or capital Latin
 * letters) and a number (3 digits). An individual entrepreneur (12-digit ИНН) has none.
 */
export function kppProblem(value: string, inn = ''): KppProblem | null {
  const kpp = value.trim();
  if (kpp === '') return null;
  if (inn.trim().length === 12) return 'entrepreneur';
  if (kpp.length !== 9) return 'length';
  return /^\d{4}[\dA-Z]{2}\d{3}$/.test(kpp) ? null : 'format';
}

export type BikProblem = 'not-digits' | 'length';
export type AccountProblem = 'not-digits' | 'length' | 'checksum';

/** БИК: the bank's 9-digit identification code. */
export function bikProblem(value: string): BikProblem | null {
  const bik = value.trim();
  if (bik === '') return null;
  if (!/^\d+$/.test(bik)) return 'not-digits';
  return bik.length === 9 ? null : 'length';
}

const ACCOUNT_WEIGHTS = [7, 1, 3];

/**
 * Расчётный счёт: 20 digits whose control key agrees with the bank's БИК (the Bank of
 * Russia's algorithm: the BIK's last 3 digits and the 20 of the account, weighted 7, 1, 3 in
 * turn; the sum of the products' last digits ends in 0). The key is checked once the БИК is
 * valid, and only for a bank's БИК (starting 04): accounts at the Bank of Russia and the
 * Treasury follow other rules, and are left unchecked rather than wrongly refused.
 */
export function accountProblem(value: string, bik = ''): AccountProblem | null {
  const account = value.trim();
  if (account === '') return null;
  if (!/^\d+$/.test(account)) return 'not-digits';
  if (account.length !== 20) return 'length';
  const code = bik.trim();
  if (code === '' || bikProblem(code) !== null || !code.startsWith('04')) return null;
  const digits = Array.from(code.slice(6) + account, Number);
  let sum = 0;
  digits.forEach((digit, index) => {
    sum += (digit * (ACCOUNT_WEIGHTS[index % 3] ?? 0)) % 10;
  });
  return sum % 10 === 0 ? null : 'checksum';
}
