/**
 * Open Referral UK data comes in several shapes: one service with everything nested in it (the
 * API's /services/{id}), a page of them (/services, with `contents`), an organisation with its
 * services, or flat collections of each record type (the tabular form, one list per table). This
 * turns any of them into flat collections linked by ids, which the rest of the import reads.
 */

export type RawRecord = Record<string, unknown>;

export type Collections = {
  services: RawRecord[];
  organizations: Map<string, RawRecord>;
  locations: Map<string, RawRecord>;
  serviceAtLocations: RawRecord[];
  schedules: RawRecord[];
  accessibility: RawRecord[];
  addresses: RawRecord[];
  contacts: RawRecord[];
  phones: RawRecord[];
  costOptions: RawRecord[];
  attributes: RawRecord[];
  taxonomyTerms: Map<string, RawRecord>;
};

const isRecord = (value: unknown): value is RawRecord => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): RawRecord[] => (Array.isArray(value) ? value.filter(isRecord) : []);
export const idOf = (record: RawRecord): string | null =>
  typeof record.id === 'string' && record.id.trim() !== '' ? record.id.trim() : typeof record.id === 'number' ? String(record.id) : null;

// Names a table goes by in the tabular form: plural, singular, with ".csv", or HSDS 1.1's.
const TABLES: Record<keyof Collections, string[]> = {
  services: ['services', 'service'],
  organizations: ['organizations', 'organization'],
  locations: ['locations', 'location'],
  serviceAtLocations: ['service_at_locations', 'service_at_location', 'services_at_location', 'services_at_locations'],
  schedules: ['schedules', 'schedule', 'regular_schedules'],
  accessibility: ['accessibility', 'accessibilitys', 'accessibility_for_disabilities'],
  addresses: ['addresses', 'address', 'physical_addresses'],
  contacts: ['contacts', 'contact'],
  phones: ['phones', 'phone'],
  costOptions: ['cost_options', 'cost_option'],
  attributes: ['attributes', 'attribute'],
  taxonomyTerms: ['taxonomy_terms', 'taxonomy_term'],
};

function tableOf(document: RawRecord, names: string[]): RawRecord[] {
  for (const name of names) for (const key of [name, `${name}.csv`]) if (Array.isArray(document[key])) return records(document[key]);
  return [];
}

function looksLikeService(record: RawRecord): boolean {
  return 'service_at_locations' in record || 'status' in record || 'organization' in record || 'schedules' in record;
}

/** Flat collections from any accepted shape, or null when there is no Open Referral data in it. */
export function readDocument(document: unknown): Collections | null {
  const c: Collections = {
    services: [],
    organizations: new Map(),
    locations: new Map(),
    serviceAtLocations: [],
    schedules: [],
    accessibility: [],
    addresses: [],
    contacts: [],
    phones: [],
    costOptions: [],
    attributes: [],
    taxonomyTerms: new Map(),
  };
  const top = Array.isArray(document) ? records(document) : isRecord(document) && Array.isArray(document.contents) ? records(document.contents) : null;
  if (top) {
    for (const record of top) (looksLikeService(record) || !Array.isArray(record.services) ? addService : addOrganization)(c, record);
  } else if (isRecord(document) && 'id' in document) {
    // One record: an organisation holding its services, or one service with everything nested.
    if (Array.isArray(document.services) && !looksLikeService(document)) addOrganization(c, document);
    else addService(c, document);
  } else if (isRecord(document)) {
    for (const org of tableOf(document, TABLES.organizations)) addOrganization(c, org);
    for (const service of tableOf(document, TABLES.services)) addService(c, service);
    for (const location of tableOf(document, TABLES.locations)) addLocation(c, location);
    c.serviceAtLocations.push(...tableOf(document, TABLES.serviceAtLocations));
    c.schedules.push(...tableOf(document, TABLES.schedules));
    c.accessibility.push(...tableOf(document, TABLES.accessibility));
    c.addresses.push(...tableOf(document, TABLES.addresses));
    c.contacts.push(...tableOf(document, TABLES.contacts));
    c.phones.push(...tableOf(document, TABLES.phones));
    c.costOptions.push(...tableOf(document, TABLES.costOptions));
    c.attributes.push(...tableOf(document, TABLES.attributes));
    for (const term of tableOf(document, TABLES.taxonomyTerms)) addTerm(c, term);
  }
  return c.services.length > 0 ? c : null;
}

const withLink = (record: RawRecord, key: string, value: string | null): RawRecord =>
  value !== null && record[key] == null ? { ...record, [key]: value } : record;

function addOrganization(c: Collections, org: RawRecord): void {
  const orgId = idOf(org);
  if (orgId && !c.organizations.has(orgId)) c.organizations.set(orgId, org);
  for (const service of records(org.services)) addService(c, withLink(service, 'organization_id', orgId));
}

function addService(c: Collections, service: RawRecord): void {
  const serviceId = idOf(service);
  let linked = service;
  if (isRecord(service.organization)) {
    const org = service.organization;
    const orgId = idOf(org);
    if (orgId && !c.organizations.has(orgId)) c.organizations.set(orgId, org);
    linked = withLink(linked, 'organization_id', orgId);
  }
  c.services.push(linked);
  for (const sal of records(service.service_at_locations)) {
    const salId = idOf(sal);
    let link = withLink(sal, 'service_id', serviceId);
    if (isRecord(sal.location)) {
      addLocation(c, sal.location);
      link = withLink(link, 'location_id', idOf(sal.location));
    }
    c.serviceAtLocations.push(link);
    for (const s of records(sal.schedules)) c.schedules.push(withLink(withLink(s, 'service_at_location_id', salId), 'service_id', serviceId));
  }
  for (const s of records(service.schedules)) c.schedules.push(withLink(s, 'service_id', serviceId));
  for (const contact of records(service.contacts)) addContact(c, withLink(contact, 'service_id', serviceId));
  for (const phone of records(service.phones)) c.phones.push(withLink(phone, 'service_id', serviceId));
  for (const cost of records(service.cost_options)) c.costOptions.push(withLink(cost, 'service_id', serviceId));
  for (const attribute of records(service.attributes)) {
    if (isRecord(attribute.taxonomy_term)) {
      addTerm(c, attribute.taxonomy_term);
      c.attributes.push(withLink(withLink(attribute, 'link_id', serviceId), 'taxonomy_term_id', idOf(attribute.taxonomy_term)));
    } else c.attributes.push(withLink(attribute, 'link_id', serviceId));
  }
}

function addLocation(c: Collections, location: RawRecord): void {
  const locationId = idOf(location);
  if (!locationId || c.locations.has(locationId)) return;
  c.locations.set(locationId, location);
  for (const address of [...records(location.addresses), ...records(location.physical_addresses)]) c.addresses.push(withLink(address, 'location_id', locationId));
  for (const access of [...records(location.accessibility), ...records(location.accessibilitys)]) c.accessibility.push(withLink(access, 'location_id', locationId));
}

function addContact(c: Collections, contact: RawRecord): void {
  c.contacts.push(contact);
  for (const phone of records(contact.phones)) c.phones.push(withLink(phone, 'contact_id', idOf(contact)));
}

function addTerm(c: Collections, term: RawRecord): void {
  const termId = idOf(term);
  if (termId && !c.taxonomyTerms.has(termId)) c.taxonomyTerms.set(termId, term);
}
