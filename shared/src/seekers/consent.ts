/**
 * Consent to hold and share a person's information (UK GDPR). Every record says what it is for, the
 * Article 6 lawful basis, for health and access information the Article 9 condition too, what was
 * agreed in words, when, and who recorded it.
 */
export const CONSENT_PURPOSES = [
  {
    id: 'REFERRAL',
    label: 'Being referred, and Kindred keeping my details',
    description:
      'Kindred keeps your name, contact details and what you tell us, so that a link worker can find you company and keep in touch while you wait.',
    specialCategory: false,
  },
  {
    id: 'ACCESS_NEEDS',
    label: 'Recording my access and communication needs',
    description:
      'Kindred records what helps you take part, such as text messages instead of phone calls, or step-free access.',
    specialCategory: true,
  },
  {
    id: 'SHARE_WITH_VOLUNTEER',
    label: 'Sharing my details with a volunteer',
    description:
      'A volunteer suggested for you sees your first name, your area, what you enjoy and the needs that matter for meeting. They see your address or phone number only after you have both said yes.',
    specialCategory: true,
  },
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number]['id'];

/** The Article 6 bases a befriending or social prescribing scheme relies on. */
export const LAWFUL_BASES = [
  { id: 'CONSENT', label: 'Consent', article: 'Article 6(1)(a)' },
  { id: 'PUBLIC_TASK', label: 'Public task, for NHS and council services', article: 'Article 6(1)(e)' },
  { id: 'LEGITIMATE_INTERESTS', label: 'Legitimate interests, for charities and community groups', article: 'Article 6(1)(f)' },
] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number]['id'];

/** The Article 9 conditions for health and access information. */
export const SPECIAL_CATEGORY_CONDITIONS = [
  { id: 'EXPLICIT_CONSENT', label: 'Explicit consent', article: 'Article 9(2)(a)' },
  { id: 'HEALTH_OR_SOCIAL_CARE', label: 'Health or social care', article: 'Article 9(2)(h)' },
] as const;
export type SpecialCategoryCondition = (typeof SPECIAL_CATEGORY_CONDITIONS)[number]['id'];

/** What a person agrees to when they tick the box themself; kept word for word in the record. */
export const OWN_CONSENT_WORDS: Record<Exclude<ConsentPurpose, 'REFERRAL'>, string> = {
  ACCESS_NEEDS:
    'I agree that Kindred can record what helps me take part, and show it only to me, my link worker and, when I say yes to a match, my volunteer.',
  SHARE_WITH_VOLUNTEER:
    'I agree that Kindred can share my first name, my area, what I enjoy and the needs that matter for meeting with a volunteer suggested for me.',
};

export const AGREED_WORDS_MAX_LENGTH = 1000;

export function consentPurpose(id: ConsentPurpose) {
  const found = CONSENT_PURPOSES.find((p) => p.id === id);
  if (!found) throw new Error(`Unknown consent purpose ${id}`);
  return found;
}

export function isConsentPurpose(value: string): value is ConsentPurpose {
  return CONSENT_PURPOSES.some((p) => p.id === value);
}

export type ConsentFacts = {
  purpose: ConsentPurpose;
  lawfulBasis: LawfulBasis | '';
  specialCategoryCondition?: SpecialCategoryCondition | '' | null;
  agreedWords: string;
  /** YYYY-MM-DD, the day the person agreed. */
  agreedOn: string;
};

export type ConsentProblems = Partial<Record<'lawfulBasis' | 'specialCategoryCondition' | 'agreedWords' | 'agreedOn', string>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks consent recorded by a member of staff on a person's behalf, against `today` (YYYY-MM-DD in
 * London). The web form and the API say the same thing in the same words.
 */
export function consentProblems(facts: ConsentFacts, today: string): ConsentProblems {
  const problems: ConsentProblems = {};
  if (facts.lawfulBasis === '') problems.lawfulBasis = 'Select the lawful basis for keeping their information';
  if (consentPurpose(facts.purpose).specialCategory && !facts.specialCategoryCondition) {
    problems.specialCategoryCondition = 'Select the condition for keeping health and access information';
  }
  const words = facts.agreedWords.trim();
  if (words === '') problems.agreedWords = 'Enter what you explained and what they agreed to';
  else if ([...words].length > AGREED_WORDS_MAX_LENGTH) {
    problems.agreedWords = `What they agreed to must be ${AGREED_WORDS_MAX_LENGTH} characters or fewer`;
  }
  if (!ISO_DATE.test(facts.agreedOn) || Number.isNaN(Date.parse(`${facts.agreedOn}T00:00:00Z`))) {
    problems.agreedOn = 'Enter the date they agreed, like 27 3 2026';
  } else if (new Date(`${facts.agreedOn}T00:00:00Z`).toISOString().slice(0, 10) !== facts.agreedOn) {
    problems.agreedOn = 'Enter a real date, like 27 3 2026';
  } else if (facts.agreedOn > today) {
    problems.agreedOn = 'The date they agreed must be today or in the past';
  } else if (facts.agreedOn < '2000-01-01') {
    problems.agreedOn = 'The date they agreed must be after 2000';
  }
  return problems;
}

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date of an instant in London, as YYYY-MM-DD. */
export function londonIsoDate(instant: Date): string {
  return londonDate.format(instant);
}
