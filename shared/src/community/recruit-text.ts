import { VOLUNTEER_SKILLS, type VolunteerSkill } from '../vocabulary/access-needs.js';
import type { ContactMode } from '../vocabulary/contact.js';
import { LANGUAGES } from '../vocabulary/languages.js';
import type { RecruitProfile } from './recruit-types.js';
import { timeBand } from './time-bands.js';

const MODE_WORDS: Record<ContactMode, string> = {
  IN_PERSON: 'in person',
  PHONE: 'by phone',
  VIDEO: 'by video call',
  TEXT: 'by text message',
  LETTER: 'by letter',
};

/** "signs BSL" → "sign BSL", "is a trained sighted guide" → "are trained sighted guides": the vocabulary's `who` for many. */
export function whoPlural(who: string): string {
  const article = /^is an? (.+?)$/.exec(who);
  if (article) return `are ${article[1]}s`;
  if (who.startsWith('is ')) return `are ${who.slice(3)}`;
  const [verb, ...rest] = who.split(' ');
  if (verb === 'can' || !verb?.endsWith('s')) return who;
  return [verb.slice(0, -1), ...rest].join(' ');
}

function skillWho(skill: VolunteerSkill, many: boolean): string {
  const who = VOLUNTEER_SKILLS.find((s) => s.id === skill)?.who ?? skill;
  return many ? whoPlural(who) : who;
}

function and(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "3 volunteers who can give lifts, near LS6, free weekday evenings, would unblock 7 people" */
export function recruitText(profile: RecruitProfile, volunteersNeeded: number, peopleUnblocked: number): string {
  const many = volunteersNeeded !== 1;
  const noun = profile.kind === 'FIRST_SESSION_COMPANION' ? `volunteer companion${many ? 's' : ''}` : `volunteer${many ? 's' : ''}`;
  const who = profile.skills.map((s) => skillWho(s, many));
  if (profile.language) {
    const label = LANGUAGES.find((l) => l.id === profile.language)?.label ?? profile.language;
    who.push(`${many ? 'speak' : 'speaks'} ${label}`);
  }
  const how = profile.contactMode === 'IN_PERSON' ? (profile.area ? `near ${profile.area}` : MODE_WORDS.IN_PERSON) : `keeping in touch ${MODE_WORDS[profile.contactMode]}`;
  // "3 volunteers near LS6, …" but "3 volunteers who sign BSL, near LS6, …"
  const subject = `${volunteersNeeded} ${noun}${who.length > 0 ? ` who ${and(who)},` : ''} ${how}`;
  const parts = [subject];
  if (profile.band) parts.push(`free ${timeBand(profile.band).label}`);
  parts.push(`would unblock ${peopleUnblocked} ${peopleUnblocked === 1 ? 'person' : 'people'}`);
  return parts.join(', ');
}
