/**
 * What an activity costs. Kindred keeps it as words ("£2, including tea and cake") and whether it
 * is free; Open Referral UK has the words (`fees`) and priced options (`cost_options`).
 */
import type { CostOptionRecord } from './hsds-records.js';
import { derivedId } from './ids.js';

const FREE = /\bfree\b/i;
const SOME_PRICE = /£\s*0*[1-9]|£\s*0*\.\d*[1-9]|\b[1-9]\d*p\b/i;

export function costFrom(fees: string | null, options: readonly CostOptionRecord[]): { text: string | null; isFree: boolean; optionId: string | null } {
  const described = options
    .map((o) => [o.option, o.amount != null && o.amount > 0 ? `£${o.amount.toFixed(2).replace(/\.00$/, '')}` : null, o.amount_description].filter(Boolean).join(' '))
    .filter((t) => t !== '');
  const freeOptions = options.length > 0 && options.every((o) => o.amount === 0);
  // A lone "Free" option says no more than the flag does.
  const text = fees ?? (described.length > 0 && !freeOptions ? described.join('; ') : null);
  const isFree = freeOptions || (options.length === 0 && !!text && FREE.test(text) && !SOME_PRICE.test(text));
  return { text, isFree, optionId: options[0]?.id ?? null };
}

/** The cost options for an export: a free activity says so with an amount of 0. */
export function costRecords(serviceId: string, cost: { text: string | null; isFree: boolean }, optionId: string | undefined) {
  if (!cost.isFree) return [];
  return [{ id: optionId ?? derivedId(serviceId, 'cost-option'), service_id: serviceId, option: 'Free', amount: 0, currency: 'GBP' }];
}
