/** How two people keep in touch. */
export const CONTACT_MODES = [
  { id: 'IN_PERSON', label: 'In person' },
  { id: 'PHONE', label: 'Phone calls' },
  { id: 'VIDEO', label: 'Video calls' },
  { id: 'TEXT', label: 'Text messages' },
  { id: 'LETTER', label: 'Letters' },
] as const;
export type ContactMode = (typeof CONTACT_MODES)[number]['id'];

/** What a volunteer offers and what a person can ask for. */
export const SUPPORT_KINDS = [
  { id: 'BEFRIENDING', label: 'A befriender', description: 'Someone to keep in touch with regularly, in the ways that suit you' },
  {
    id: 'FIRST_SESSION_COMPANION',
    label: 'A companion for a first visit',
    description: 'Someone to go with you the first time you try a group or activity',
  },
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number]['id'];

export const CONTACT_MODE_IDS = CONTACT_MODES.map((m) => m.id) as ContactMode[];
export const SUPPORT_KIND_IDS = SUPPORT_KINDS.map((k) => k.id) as SupportKind[];

export function isContactMode(value: string): value is ContactMode {
  return (CONTACT_MODE_IDS as string[]).includes(value);
}
