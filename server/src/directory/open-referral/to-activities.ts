/**
 * Open Referral UK records to Kindred activities: one activity for each service at each physical
 * location. Every record a service uses is checked, and each problem names the record (type, id,
 * name), the field, and what to put right.
 */
import {
  londonInstant,
  MAX_SCHEDULES,
  normalisePostcode,
  scheduleProblems,
  type ActivitySchedule,
  type IsoDate,
} from '@kindred/shared';
import type { z } from 'zod';
import type { ActivityDraft } from '../activity-draft.js';
import type { OpenReferralIds } from '../activity.entity.js';
import type { ImportProblem } from './import-job.entity.js';
import { accessFromRecords } from './access-mapping.js';
import { fromAttributes } from './attribute-mapping.js';
import { costFrom } from './cost-mapping.js';
import { draftProblems, SCHEDULE_FIELD_IN_FILE } from './draft-problems.js';
import {
  accessibilityRecord,
  addressRecord,
  attributeRecord,
  contactRecord,
  costOptionRecord,
  locationRecord,
  organizationRecord,
  phoneRecord,
  scheduleRecord,
  serviceRecord,
  taxonomyTermRecord,
} from './hsds-records.js';
import { idOf, type Collections, type RawRecord } from './read-document.js';
import { joinDateRanges, scheduleFromRecord } from './schedule-mapping.js';

export type ImportedActivity = {
  key: string;
  draft: ActivityDraft;
  ids: OpenReferralIds;
  checkedAt: Date | null;
  checkedByName: string | null;
  /** Set when the file gave no coordinates: the postcode to look up. */
  locate: boolean;
};

export type ReadActivities = { activities: ImportedActivity[]; problems: ImportProblem[]; skipped: ImportProblem[] };

// The fields Kindred reads from each record; the rest are passed through to exports unchanged.
const USED: Record<string, string[]> = {
  service: ['id', 'organization_id', 'name', 'description', 'url', 'email', 'status', 'fees', 'fees_description', 'assured_date', 'assurer_email', 'last_modified', 'organization', 'service_at_locations', 'schedules', 'contacts', 'phones', 'cost_options', 'attributes'],
  organization: ['id', 'name', 'description', 'services'],
  location: ['id', 'location_type', 'name', 'latitude', 'longitude', 'addresses', 'physical_addresses', 'accessibility', 'accessibilitys', 'organization_id'],
  address: ['id', 'location_id', 'address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
};
const MAX_EXTRA_CHARS = 20_000;

function extraOf(kind: keyof typeof USED, record: RawRecord | undefined): Record<string, unknown> | undefined {
  if (!record) return undefined;
  const extra = Object.fromEntries(Object.entries(record).filter(([key, value]) => !USED[kind]!.includes(key) && value !== null && value !== undefined));
  return Object.keys(extra).length > 0 && JSON.stringify(extra).length <= MAX_EXTRA_CHARS ? extra : undefined;
}

// Roughly the UK and its islands; coordinates outside are usually latitude and longitude swapped.
const UK = { south: 49.8, north: 60.9, west: -8.7, east: 1.8 };
const UK_COUNTRIES = /^(gb|gbr|uk|united kingdom|great britain|england|scotland|wales|northern ireland)$/i;

function groupBy(records: readonly RawRecord[], key: string): Map<string, RawRecord[]> {
  const map = new Map<string, RawRecord[]>();
  for (const record of records) {
    const value = record[key];
    if (value == null) continue;
    const k = String(value);
    map.set(k, [...(map.get(k) ?? []), record]);
  }
  return map;
}

const PROGRESS_EVERY = 100;

/**
 * Reads every service in the file. `onChecked` hears how many are done every hundred services;
 * awaiting it also lets the process answer other requests while a large file is read.
 */
export async function activitiesFrom(c: Collections, today: IsoDate, onChecked: (checked: number) => Promise<void> | void = () => {}): Promise<ReadActivities> {
  const sals = groupBy(c.serviceAtLocations, 'service_id');
  const schedulesBySal = groupBy(c.schedules, 'service_at_location_id');
  const schedulesByService = groupBy(c.schedules, 'service_id');
  const addresses = groupBy(c.addresses, 'location_id');
  const access = groupBy(c.accessibility, 'location_id');
  const contacts = groupBy(c.contacts, 'service_id');
  const phonesByContact = groupBy(c.phones, 'contact_id');
  const phonesByService = groupBy(c.phones, 'service_id');
  const costs = groupBy(c.costOptions, 'service_id');
  const attributes = groupBy(c.attributes, 'link_id');

  const result: ReadActivities = { activities: [], problems: [], skipped: [] };
  const keys = new Set<string>();

  for (const [index, raw] of c.services.entries()) {
    if (index > 0 && index % PROGRESS_EVERY === 0) await onChecked(index);
    const problems: ImportProblem[] = [];
    const report = (recordType: string, record: RawRecord, field: string | null, message: string) =>
      problems.push({ recordType, recordId: idOf(record), recordName: typeof raw.name === 'string' ? raw.name : null, field: field || null, message });
    function check<S extends z.ZodType>(schema: S, recordType: string, record: RawRecord): z.output<S> | null {
      const parsed = schema.safeParse(record);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) report(recordType, record, issue.path.join('.'), issue.message);
      return null;
    }

    const service = check(serviceRecord, 'service', raw);
    const orgRaw = typeof raw.organization_id === 'string' || typeof raw.organization_id === 'number' ? c.organizations.get(String(raw.organization_id)) : undefined;
    if (!orgRaw) report('service', raw, 'organization_id', 'Say which organisation runs the service: give an organization that is in the file');
    const org = orgRaw ? check(organizationRecord, 'organization', orgRaw) : null;
    if (service && service.status !== 'active') {
      result.skipped.push({ recordType: 'service', recordId: service.id, recordName: service.name, field: 'status', message: `Left out: the service is ${service.status}` });
      continue;
    }

    const serviceId = idOf(raw);
    const places: Array<{ sal: RawRecord; location: RawRecord }> = [];
    for (const sal of serviceId ? (sals.get(serviceId) ?? []) : []) {
      const location = sal.location_id == null ? undefined : c.locations.get(String(sal.location_id));
      if (!location) report('service_at_location', sal, 'location_id', 'This links to a location that is not in the file');
      else if (location.location_type === 'physical') places.push({ sal, location });
      // Postal and online locations are not places people go to; anything else is a mistake to name.
      else if (location.location_type !== 'postal' && location.location_type !== 'virtual') check(locationRecord, 'location', location);
    }
    if (service && places.length === 0 && problems.length === 0) {
      result.skipped.push({ recordType: 'service', recordId: service.id, recordName: service.name, field: null, message: 'Left out: it has no place people go to' });
    }

    // Shared by every place the service is at.
    const contactRaw = serviceId ? contacts.get(serviceId)?.[0] : undefined;
    const contact = contactRaw ? check(contactRecord, 'contact', contactRaw) : null;
    const phoneRaw = (contact && phonesByContact.get(contact.id)?.[0]) ?? (serviceId ? phonesByService.get(serviceId)?.[0] : undefined);
    const phone = phoneRaw ? check(phoneRecord, 'phone', phoneRaw) : null;
    const costRecords = (serviceId ? (costs.get(serviceId) ?? []) : []).map((r) => check(costOptionRecord, 'cost_option', r)).filter((r) => r !== null);
    const linked = (serviceId ? (attributes.get(serviceId) ?? []) : []).flatMap((r) => {
      const attribute = check(attributeRecord, 'attribute', r);
      const termRaw = attribute?.taxonomy_term_id ? c.taxonomyTerms.get(attribute.taxonomy_term_id) : undefined;
      return attribute ? [{ attribute, term: termRaw ? check(taxonomyTermRecord, 'taxonomy_term', termRaw) : null }] : [];
    });

    for (const { sal, location: locationRaw } of places) {
      const location = check(locationRecord, 'location', locationRaw);
      const addressRaw = (addresses.get(idOf(locationRaw) ?? '') ?? []).sort((a, b) => Number(b.address_type === 'physical') - Number(a.address_type === 'physical'))[0];
      if (!addressRaw) report('location', locationRaw, 'addresses', 'Give the address of the place');
      const address = addressRaw ? check(addressRecord, 'address', addressRaw) : null;
      const postcode = address ? normalisePostcode(address.postal_code) : null;
      if (address && !postcode) report('address', addressRaw!, 'postal_code', 'Give a full UK postcode, like HX7 8AF');
      if (address?.country && !UK_COUNTRIES.test(address.country)) report('address', addressRaw!, 'country', 'Kindred lists activities in the UK: give the country as GB');
      const hasCoordinates = location?.latitude != null && location.longitude != null;
      if (location && hasCoordinates) {
        const { latitude: lat, longitude: lon } = location as { latitude: number; longitude: number };
        if (lat < UK.south || lat > UK.north || lon < UK.west || lon > UK.east) {
          report('location', locationRaw, 'latitude', 'These coordinates are outside the UK: check the latitude and longitude are the right way round');
        }
      }

      const salId = idOf(sal);
      const ownSchedules = salId ? schedulesBySal.get(salId) : undefined;
      const scheduleRaws = ownSchedules ?? (serviceId ? (schedulesByService.get(serviceId) ?? []).filter((s) => s.service_at_location_id == null) : []);
      const schedules: ActivitySchedule[] = [];
      for (const s of scheduleRaws) {
        const record = check(scheduleRecord, 'schedule', s);
        if (!record) continue;
        const mapped = scheduleFromRecord(record, today);
        const found = 'problems' in mapped ? mapped.problems : scheduleProblems(mapped.schedule).map((p) => ({ ...p, field: SCHEDULE_FIELD_IN_FILE[p.field] ?? p.field }));
        for (const p of found) report('schedule', s, p.field, p.message);
        if ('schedule' in mapped && found.length === 0) schedules.push(mapped.schedule);
      }
      if (schedules.length > MAX_SCHEDULES) report('service', raw, 'schedules', `Give at most ${MAX_SCHEDULES} schedules for one service at one place`);
      const venueAccess = accessFromRecords(
        (access.get(idOf(locationRaw) ?? '') ?? []).map((r) => check(accessibilityRecord, 'accessibility', r)).filter((r) => r !== null),
      );
      if (!service || !org || !location || !address || !postcode) continue;

      const { interests, firstVisit, attributeIds, otherAttributes } = fromAttributes(linked);
      const cost = costFrom(service.fees ?? service.fees_description, costRecords);
      const draft: ActivityDraft = {
        title: service.name,
        description: service.description ?? '',
        organiserName: org.name,
        organiserDescription: org.description,
        interests,
        venue: {
          name: location.name ?? address.address_1,
          addressLine1: address.address_1,
          addressLine2: address.address_2,
          town: address.city,
          county: address.state_province,
          postcode,
          latitude: location.latitude ?? 0,
          longitude: location.longitude ?? 0,
          features: venueAccess.features,
          accessNotes: venueAccess.notes,
        },
        schedules: joinDateRanges(schedules),
        cost: cost.text,
        isFree: cost.isFree,
        firstVisit,
        contact: { name: contact?.name ?? null, phone: phone?.number ?? null, email: service.email ?? contact?.email ?? null, website: service.url },
      };
      const recordOf: Record<string, RawRecord> = { organization: orgRaw!, location: locationRaw, address: addressRaw! };
      for (const p of draftProblems(draft)) report(p.recordType, recordOf[p.recordType] ?? raw, p.field, p.message);
      const key = `${service.id}|${location.id}`;
      if (keys.has(key)) report('service_at_location', sal, 'location_id', 'This service is linked to this location twice');
      keys.add(key);
      result.activities.push({
        key,
        draft,
        ids: {
          organizationId: org.id,
          serviceId: service.id,
          serviceAtLocationId: salId ?? undefined,
          locationId: location.id,
          addressId: address.id,
          contactId: contact?.id,
          phoneId: phone?.id,
          costOptionId: cost.optionId ?? undefined,
          featureIds: venueAccess.featureIds,
          attributeIds,
          assurerEmail: service.assurer_email ?? undefined,
          extra: { service: extraOf('service', raw), organization: extraOf('organization', orgRaw), location: extraOf('location', locationRaw), address: extraOf('address', addressRaw) },
          otherAttributes,
        },
        checkedAt: service.assured_date ? londonInstant(service.assured_date, '12:00') : null,
        checkedByName: service.assurer_email,
        locate: !hasCoordinates,
      });
    }
    // A record several places share would otherwise be reported once for each.
    const seen = new Set<string>();
    result.problems.push(...problems.filter((p) => !seen.has(JSON.stringify(p)) && seen.add(JSON.stringify(p))));
  }
  await onChecked(c.services.length);
  return result;
}
