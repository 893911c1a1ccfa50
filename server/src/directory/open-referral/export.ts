/**
 * A scheme's directory as Open Referral UK (HSDS 3.0) JSON, in the shape of the API's /services
 * answer: a page holding every service in full, with its organisation, locations (address,
 * coordinates, accessibility), schedules, contact, cost and Kindred's attributes. Records keep the
 * ids they were imported with; records Kindred made get ids derived from the activity, so two
 * exports of the same directory agree.
 */
import { londonWallClock } from '@kindred/shared';
import { draftOf } from '../activity-draft.js';
import type { Activity } from '../activity.entity.js';
import { accessRecords } from './access-mapping.js';
import { toAttributes } from './attribute-mapping.js';
import { costRecords } from './cost-mapping.js';
import { derivedId } from './ids.js';
import { scheduleRecords } from './schedule-mapping.js';

type Json = Record<string, unknown>;

const present = (object: Json): Json =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));

/** What a service says, whichever of its places: activities that say the same can share one service. */
function serviceFacts(a: Activity): string {
  const d = draftOf(a);
  return JSON.stringify([d.title, d.description, d.organiserName, d.organiserDescription, d.interests, d.cost, d.isFree, d.firstVisit, d.contact, a.lastCheckedAt?.getTime() ?? null]);
}

function locationOf(a: Activity, locationId: string): Json {
  const { venue } = a;
  const addressId = a.openReferral.addressId ?? derivedId(a.id, 'address');
  return present({
    ...a.openReferral.extra?.location,
    id: locationId,
    location_type: 'physical',
    name: venue.name,
    latitude: venue.latitude,
    longitude: venue.longitude,
    addresses: [
      present({
        ...a.openReferral.extra?.address,
        id: addressId,
        location_id: locationId,
        address_1: venue.addressLine1,
        address_2: venue.addressLine2,
        city: venue.town,
        state_province: venue.county ?? venue.town,
        postal_code: venue.postcode,
        country: 'GB',
        address_type: 'physical',
      }),
    ],
    accessibility: accessRecords(locationId, { features: venue.features, notes: venue.accessNotes, featureIds: a.openReferral.featureIds ?? {} }),
  });
}

function serviceOf(a: Activity, serviceId: string): Json {
  const d = draftOf(a);
  const ids = a.openReferral;
  const organizationId = ids.organizationId ?? derivedId(a.scheme.id, 'organization', a.organiserName.toLowerCase());
  const contactId = ids.contactId ?? derivedId(serviceId, 'contact');
  const checkedOn = a.lastCheckedAt ? londonWallClock(a.lastCheckedAt).date : null;
  // Whoever assured an imported record may be named; a member of Kindred staff's email is not shared.
  const assurer = ids.assurerEmail && a.lastCheckedByName === ids.assurerEmail ? ids.assurerEmail : null;
  return present({
    ...ids.extra?.service,
    id: serviceId,
    organization_id: organizationId,
    name: a.title,
    description: a.description,
    url: a.website,
    email: a.contactEmail,
    status: 'active',
    fees: a.cost,
    assured_date: checkedOn,
    assurer_email: assurer,
    last_modified: a.updatedAt.toISOString(),
    organization: present({ ...ids.extra?.organization, id: organizationId, name: a.organiserName, description: a.organiserDescription ?? a.organiserName }),
    contacts:
      a.contactName || a.contactPhone
        ? [
            present({
              id: contactId,
              service_id: serviceId,
              name: a.contactName,
              phones: a.contactPhone ? [{ id: ids.phoneId ?? derivedId(contactId, 'phone'), contact_id: contactId, number: a.contactPhone }] : null,
            }),
          ]
        : null,
    cost_options: costRecords(serviceId, { text: d.cost, isFree: d.isFree }, ids.costOptionId),
    attributes: toAttributes(serviceId, d, ids.attributeIds ?? {}, ids.otherAttributes),
  });
}

/** `used` holds the schedule ids already in the service: a schedule a service shared between places is written once for each. */
function schedulesOf(a: Activity, link: Record<string, string>, used: Set<string>): Json[] {
  return a.schedules.flatMap((s, i) =>
    scheduleRecords(s, derivedId(a.id, 'schedule', String(i)), link).map((record) => {
      const id = used.has(String(record.id)) ? derivedId(String(record.id), link.service_at_location_id ?? a.id) : String(record.id);
      used.add(id);
      return { ...record, id };
    }),
  );
}

const locationIdOf = (a: Activity) => a.openReferral.locationId ?? derivedId(a.id, 'location');

export function openReferralDocument(activities: readonly Activity[]): Json {
  // One service for each imported service; its places become service_at_locations.
  const groups = new Map<string, Activity[]>();
  for (const a of activities) {
    let serviceId = a.openReferral.serviceId ?? derivedId(a.id, 'service');
    const first = groups.get(serviceId)?.[0];
    if (first && serviceFacts(first) !== serviceFacts(a)) serviceId = derivedId(serviceId, a.id);
    groups.set(serviceId, [...(groups.get(serviceId) ?? []), a]);
  }
  // In an order that depends only on the records, so two exports of one directory are the same file.
  const ordered = [...groups]
    .map(([serviceId, places]) => [serviceId, places.sort((x, y) => locationIdOf(x).localeCompare(locationIdOf(y)))] as const)
    .sort(([idA, [a]], [idB, [b]]) => a!.title.localeCompare(b!.title) || idA.localeCompare(idB));
  const contents = ordered.map(([serviceId, places]) => {
    const service = serviceOf(places[0]!, serviceId);
    const single = places.length === 1;
    const used = new Set<string>();
    service.service_at_locations = places.map((a) => {
      const locationId = locationIdOf(a);
      const salId = a.openReferral.serviceAtLocationId ?? derivedId(serviceId, 'at', locationId);
      return present({
        id: salId,
        service_id: serviceId,
        location_id: locationId,
        location: locationOf(a, locationId),
        // With one place, schedules belong to the service, as most Open Referral UK feeds write them.
        schedules: single ? null : schedulesOf(a, { service_id: serviceId, service_at_location_id: salId }, used),
      });
    });
    if (single) service.schedules = schedulesOf(places[0]!, { service_id: serviceId }, used);
    return service;
  });
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
