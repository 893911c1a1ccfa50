import { presentScheme } from '../accounts/viewer.presenter.js';
import { presentProfile } from '../people/profile.service.js';
import type { ConsentRecord } from './consent-record.entity.js';
import type { ContactRecord } from './contact-record.entity.js';
import type { Seeker } from './seeker.entity.js';
import {
  AboutMeView,
  ConsentView,
  ContactDetailsView,
  ContactRecordView,
  MySupportView,
  QueuePlaceView,
  ReferralView,
  SeekerView,
  SupportRequestView,
  WaitingListEntryView,
} from './seeker.types.js';
import type { SupportRequest } from './support-request.entity.js';

// Everything here is the full record: only for the person themself and their scheme's link workers
// and administrators. A volunteer's view of a seeker is a different, smaller type.

export function presentAboutMe(seeker: Seeker): AboutMeView {
  return Object.assign(new AboutMeView(), {
    name: seeker.name,
    whatMattersToMe: seeker.whatMattersToMe ?? null,
    profile: presentProfile(seeker.profile),
    volunteerGender: seeker.volunteerGender,
    preferredLanguages: seeker.preferredLanguages,
    otherPreferences: seeker.otherPreferences ?? null,
    contact: Object.assign(new ContactDetailsView(), {
      phone: seeker.phone ?? null,
      email: seeker.email ?? null,
      address: seeker.address ?? null,
      preferredContact: seeker.preferredContact ?? null,
    }),
  });
}

/** `request.activity`, if any, must be loaded. */
export function presentRequest(request: SupportRequest, queue: QueuePlaceView | null): SupportRequestView {
  return Object.assign(new SupportRequestView(), {
    id: request.id,
    kind: request.kind,
    status: request.status,
    closedReason: request.closedReason ?? null,
    activityId: request.activity?.id ?? null,
    activityTitle: request.activity?.title ?? null,
    sessionStartsAt: request.sessionStartsAt ?? null,
    contactModes: request.contactModes,
    notes: request.notes ?? null,
    createdAt: request.createdAt,
    statusChangedAt: request.statusChangedAt,
    queue,
  });
}

/** `recordedBy` must be loaded. */
export function presentConsent(consent: ConsentRecord): ConsentView {
  return Object.assign(new ConsentView(), {
    id: consent.id,
    purpose: consent.purpose,
    lawfulBasis: consent.lawfulBasis,
    specialCategoryCondition: consent.specialCategoryCondition ?? null,
    agreedWords: consent.agreedWords,
    agreedOn: consent.agreedOn,
    recordedOnBehalf: consent.onBehalf,
    recordedByName: consent.recordedBy.displayName,
    recordedAt: consent.recordedAt,
    withdrawnAt: consent.withdrawnAt ?? null,
  });
}

/** `recordedBy` must be loaded. */
export function presentContact(record: ContactRecord): ContactRecordView {
  return Object.assign(new ContactRecordView(), {
    id: record.id,
    contactedAt: record.contactedAt,
    method: record.method,
    note: record.note ?? null,
    recordedByName: record.recordedBy.displayName,
  });
}

type Records = {
  requests: SupportRequest[];
  consents: ConsentRecord[];
  placeOf: (request: SupportRequest) => QueuePlaceView | null;
};

/** `seeker.scheme` must be loaded. */
export function presentMySupport(seeker: Seeker, records: Records): MySupportView {
  return Object.assign(new MySupportView(), {
    scheme: presentScheme(seeker.scheme),
    aboutMe: presentAboutMe(seeker),
    requests: records.requests.map((r) => presentRequest(r, records.placeOf(r))),
    consents: records.consents.map(presentConsent),
  });
}

/** `seeker.scheme` and `seeker.referredBy` must be loaded. */
export function presentSeeker(seeker: Seeker, records: Records & { contacts: ContactRecord[] }): SeekerView {
  return Object.assign(new SeekerView(), {
    id: seeker.id,
    scheme: presentScheme(seeker.scheme),
    hasAccount: !!seeker.account,
    aboutMe: presentAboutMe(seeker),
    referral: Object.assign(new ReferralView(), {
      route: seeker.referralRoute,
      referredByName: seeker.referredBy?.displayName ?? null,
      at: seeker.createdAt,
    }),
    lastContactedAt: seeker.lastContactedAt ?? null,
    requests: records.requests.map((r) => presentRequest(r, records.placeOf(r))),
    consents: records.consents.map(presentConsent),
    contacts: records.contacts.map(presentContact),
  });
}

export function presentWaitingListEntry(request: SupportRequest, queue: QueuePlaceView | null): WaitingListEntryView {
  return Object.assign(new WaitingListEntryView(), {
    seekerId: request.seeker.id,
    name: request.seeker.name,
    lastContactedAt: request.seeker.lastContactedAt ?? null,
    request: presentRequest(request, queue),
  });
}
