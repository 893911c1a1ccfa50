import {
  CONTACT_MODES,
  isContactMode,
  isTimeBand,
  SUPPORT_KINDS,
  TIME_BANDS,
  VOLUNTEER_SKILLS,
  type ContactMode,
  type SupportKind,
  type TimeBand,
  type VolunteerSkill,
} from '@kindred/shared';

export type DriveValues = {
  title: string;
  message: string;
  /** As typed: outward codes separated by commas or spaces. */
  areas: string;
  skills: VolunteerSkill[];
  bands: TimeBand[];
  contactModes: ContactMode[];
};

export type DriveField = keyof DriveValues;

/** The control each field's error links to, in the order the fields appear. */
export const DRIVE_FIELD_IDS: Record<DriveField, string> = {
  title: 'title',
  message: 'message',
  areas: 'areas',
  skills: 'skills',
  bands: 'bands',
  contactModes: 'contactModes',
};

export const MESSAGE_MAX = 1000;

const isSkill = (value: string): value is VolunteerSkill => VOLUNTEER_SKILLS.some((s) => s.id === value);
const isKind = (value: string): value is SupportKind => SUPPORT_KINDS.some((k) => k.id === value);

/** "who drive", completing "volunteers …": a draft the community builder can rewrite. */
const SKILL_WHO: Record<VolunteerSkill, string> = {
  SIGNS_BSL: 'who sign British Sign Language',
  DEAF_AWARE: 'who are deaf aware',
  DRIVES_CAR: 'who drive and could give a lift',
  WHEELCHAIR_EXPERIENCED: 'who are confident helping with a wheelchair',
  MOBILITY_SUPPORT: 'happy to walk slowly and offer an arm',
  SIGHTED_GUIDE: 'trained as sighted guides',
  DEMENTIA_AWARE: 'who are dementia aware',
  DOG_FRIENDLY: 'comfortable with assistance dogs',
};

const HOW: Record<ContactMode, string> = {
  IN_PERSON: 'spend time with them in person',
  PHONE: 'keep in touch with them by phone',
  VIDEO: 'keep in touch with them by video call',
  TEXT: 'keep in touch with them by text message',
  LETTER: 'write to them',
};

const joinAnd = (items: readonly string[]) => new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(items);
const joinOr = (items: readonly string[]) => new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(items);

/** A first message for the public page, from what the drive looks for. */
export function draftMessage(drive: { kind: SupportKind | null; areas: readonly string[]; skills: readonly VolunteerSkill[]; bands: readonly TimeBand[]; contactModes: readonly ContactMode[] }): string {
  const where = drive.areas.length > 0 ? ` near ${joinOr(drive.areas)}` : '';
  const what =
    drive.kind === 'FIRST_SESSION_COMPANION'
      ? 'go with them to a group or activity for the first time'
      : drive.contactModes.length > 0
        ? joinOr(drive.contactModes.map((m) => HOW[m]))
        : 'keep them company';
  const who = drive.skills.map((s) => SKILL_WHO[s]);
  const when = TIME_BANDS.filter((b) => drive.bands.includes(b.id)).map((b) => b.label);
  const volunteers = ['volunteers', ...(who.length > 0 ? [joinAnd(who)] : [])].join(' ');
  const free = when.length > 0 ? `, free ${joinOr(when)}` : '';
  return (
    `People${where} are waiting for someone to ${what}. We are looking for ${volunteers}${free}. ` +
    'We will take up references and a DBS check, give you training, and be there for you all the way.'
  );
}

/** The form as "Start a drive for this" fills it in: ?area=LS6&skills=DRIVES_CAR&band=…&mode=…&kind=…&title=…. */
export function valuesFromParams(params: URLSearchParams): DriveValues {
  const list = (name: string) => (params.get(name) ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  const areas = list('area').map((a) => a.toUpperCase());
  const skills = list('skills').filter(isSkill);
  const bands = list('band').filter(isTimeBand);
  const contactModes = list('mode').filter(isContactMode);
  const kindParam = params.get('kind') ?? '';
  const kind = isKind(kindParam) ? kindParam : null;
  const prefilled = areas.length + skills.length + bands.length + contactModes.length > 0 || kind !== null;
  return {
    title: (params.get('title') ?? '').slice(0, 120),
    message: prefilled ? draftMessage({ kind, areas, skills, bands, contactModes }) : '',
    areas: areas.join(', '),
    skills,
    bands,
    contactModes,
  };
}

/** "ls6, LS7 ls16" → ["ls6", "LS7", "ls16"]: separated by commas or spaces; the server tidies and checks each. */
export function areaList(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const SKILL_OPTIONS = VOLUNTEER_SKILLS.map((s) => ({ value: s.id, label: s.label }));
export const BAND_OPTIONS = TIME_BANDS.map((b) => ({ value: b.id, label: capitalise(b.label) }));
export const CONTACT_OPTIONS = CONTACT_MODES.map((m) => ({ value: m.id, label: m.label }));
