/**
 * The Open Referral UK (HSDS 3.0) records Kindred reads, checked field by field. Only the fields
 * Kindred uses are checked; others are ignored. Every message says what to put right, in plain
 * English, because the person reading it may have to fix a council's file by hand.
 */
import { z } from 'zod';

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})(T.*)?$/;

const id = (what: string) =>
  z.union([z.string().trim().min(1), z.number()], { error: `Give the ${what} an id` }).transform((v) => String(v));

const text = (what: string) =>
  z
    .string({ error: `Write ${what} as text` })
    .nullish()
    .transform((v) => (v?.trim() ? v.trim() : null));

const requiredText = (message: string) => z.string({ error: message }).trim().min(1, message);

const number = (what: string) =>
  z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/)], { error: `Write ${what} as a number` }).nullish().transform((v) => (v == null ? null : Number(v)));

/** A date, or a date and time of which the date is kept. */
const date = (what: string) =>
  z
    .string({ error: `Write ${what} as a date, like 2026-03-31` })
    .nullish()
    .refine((v) => v == null || v.trim() === '' || (DATE_PREFIX.test(v.trim()) && !Number.isNaN(Date.parse(DATE_PREFIX.exec(v.trim())![1]!))), {
      error: `Write ${what} as a date, like 2026-03-31`,
    })
    .transform((v) => (v?.trim() ? DATE_PREFIX.exec(v.trim())![1]! : null));

export const organizationRecord = z.object({
  id: id('organisation'),
  name: requiredText('Give the organisation a name'),
  description: text('the organisation’s description'),
  website: text('the organisation’s website'),
  email: text('the organisation’s email address'),
});

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

export const serviceRecord = z.object({
  id: id('service'),
  name: requiredText('Give the service a name'),
  description: text('the description'),
  url: text('the web address'),
  email: text('the email address'),
  status: z.enum(SERVICE_STATUSES, { error: 'Give the status as active, inactive, defunct or temporarily closed' }),
  fees: text('the fees'),
  fees_description: text('the fees'),
  assured_date: date('the date it was last checked'),
  assurer_email: text('the email address of who checked it'),
});

export const locationRecord = z.object({
  id: id('location'),
  location_type: z.enum(['physical', 'postal', 'virtual'], { error: 'Give the location type as physical, postal or virtual' }),
  name: text('the name of the place'),
  description: text('the description of the place'),
  latitude: number('the latitude').refine((v) => v === null || (v >= -90 && v <= 90), { error: 'Latitude must be between -90 and 90' }),
  longitude: number('the longitude').refine((v) => v === null || (v >= -180 && v <= 180), { error: 'Longitude must be between -180 and 180' }),
});

export const addressRecord = z.object({
  id: id('address'),
  address_1: requiredText('Give the first line of the address'),
  address_2: text('the second line of the address'),
  city: requiredText('Give the town or city'),
  state_province: text('the county'),
  postal_code: requiredText('Give the postcode'),
  country: text('the country'),
  address_type: text('the address type'),
});

export const accessibilityRecord = z.object({
  id: id('accessibility record'),
  description: text('the description of access'),
  details: text('the details of access'),
  url: text('the web address about access'),
  // The UK profile's own name for the description.
  accessibility: text('the description of access'),
});

export const scheduleRecord = z.object({
  id: id('schedule'),
  freq: z
    .string({ error: 'Give the frequency as WEEKLY or MONTHLY' })
    .nullish()
    .transform((v) => (v?.trim() ? v.trim().toUpperCase() : null))
    .refine((v) => v === null || v === 'WEEKLY' || v === 'MONTHLY', { error: 'Give the frequency as WEEKLY or MONTHLY' }),
  interval: number('the interval').refine((v) => v === null || (Number.isInteger(v) && v >= 1), { error: 'The interval must be a whole number of 1 or more' }),
  byday: text('the days (byday)'),
  bymonthday: z.union([z.string(), z.number()], { error: 'Write the days of the month as numbers, like 1,15' }).nullish().transform((v) => (v == null ? null : String(v).trim() || null)),
  byweekno: z.unknown().optional(),
  byyearday: z.unknown().optional(),
  dtstart: date('the first date (dtstart)'),
  valid_from: date('the date it is valid from'),
  valid_to: date('the date it is valid to'),
  until: date('the last date (until)'),
  count: number('the count').refine((v) => v === null || (Number.isInteger(v) && v >= 1 && v <= 5000), { error: 'The count must be a whole number of 1 or more' }),
  timezone: number('the time zone offset'),
  opens_at: text('the time it starts'),
  closes_at: text('the time it ends'),
  description: text('the description of the schedule'),
  notes: text('the notes on the schedule'),
});

export const phoneRecord = z.object({ id: id('phone'), number: requiredText('Give the phone number') });

export const contactRecord = z.object({
  id: id('contact'),
  name: text('the contact’s name'),
  title: text('the contact’s job title'),
  email: text('the contact’s email address'),
});

export const costOptionRecord = z.object({
  id: id('cost option'),
  amount: number('the amount'),
  option: text('the cost option'),
  amount_description: text('the description of the amount'),
  currency: text('the currency'),
});

export const taxonomyTermRecord = z.object({
  id: id('taxonomy term'),
  code: z.union([z.string(), z.number()]).nullish().transform((v) => (v == null ? null : String(v))),
  name: text('the term'),
  taxonomy: text('the taxonomy'),
});

export const attributeRecord = z.object({
  id: id('attribute'),
  link_type: text('the link type'),
  value: text('the value'),
  taxonomy_term_id: z.union([z.string(), z.number()]).nullish().transform((v) => (v == null ? null : String(v))),
});

export type OrganizationRecord = z.infer<typeof organizationRecord>;
export type ServiceRecord = z.infer<typeof serviceRecord>;
export type LocationRecord = z.infer<typeof locationRecord>;
export type AddressRecord = z.infer<typeof addressRecord>;
export type AccessibilityRecord = z.infer<typeof accessibilityRecord>;
export type ScheduleRecord = z.infer<typeof scheduleRecord>;
export type ContactRecord = z.infer<typeof contactRecord>;
export type CostOptionRecord = z.infer<typeof costOptionRecord>;
export type TaxonomyTermRecord = z.infer<typeof taxonomyTermRecord>;
export type AttributeRecord = z.infer<typeof attributeRecord>;
