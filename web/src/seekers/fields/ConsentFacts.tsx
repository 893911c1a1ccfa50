import {
  AGREED_WORDS_MAX_LENGTH,
  consentProblems,
  LAWFUL_BASES,
  londonIsoDate,
  SPECIAL_CATEGORY_CONDITIONS,
  type ConsentPurpose,
  type ConsentProblems,
  type LawfulBasis,
  type SpecialCategoryCondition,
} from '@kindred/shared';
import { DateInput, datePartsOf, isoDateOf, type DateParts } from '../../ui/DateInput';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';

export type ConsentValues = { agreedWords: string; lawfulBasis: string; specialCategoryCondition: string; agreedOn: DateParts };
export type ConsentField = keyof ConsentValues;
export const CONSENT_FIELD_IDS: Record<ConsentField, string> = {
  agreedWords: 'agreedWords',
  lawfulBasis: 'lawfulBasis',
  specialCategoryCondition: 'specialCategoryCondition',
  agreedOn: 'agreedOn',
};

export function emptyConsent(): ConsentValues {
  return { agreedWords: '', lawfulBasis: '', specialCategoryCondition: '', agreedOn: datePartsOf(new Date()) };
}

/** The same checks as the API, for every purpose being recorded at once. */
export function checkConsent(values: ConsentValues, purposes: readonly ConsentPurpose[]): ConsentProblems {
  const agreedOn = isoDateOf(values.agreedOn) ?? 'not a date';
  const today = londonIsoDate(new Date());
  return Object.assign(
    {},
    ...purposes.map((purpose) =>
      consentProblems(
        {
          purpose,
          lawfulBasis: values.lawfulBasis as LawfulBasis | '',
          specialCategoryCondition: (values.specialCategoryCondition || null) as SpecialCategoryCondition | null,
          agreedWords: values.agreedWords,
          agreedOn,
        },
        today,
      ),
    ),
  ) as ConsentProblems;
}

export function consentInput(values: ConsentValues, purpose: ConsentPurpose, special: boolean) {
  return {
    purpose,
    lawfulBasis: values.lawfulBasis as LawfulBasis,
    ...(special && values.specialCategoryCondition ? { specialCategoryCondition: values.specialCategoryCondition as SpecialCategoryCondition } : {}),
    agreedWords: values.agreedWords,
    agreedOn: isoDateOf(values.agreedOn) ?? '',
  };
}

type ConsentFactsProps = {
  values: ConsentValues;
  onChange: (values: ConsentValues) => void;
  problems: Partial<Record<ConsentField, string>>;
  /** Whether health or access information is part of it, which needs an Article 9 condition. */
  special: boolean;
};

/** What a link worker records about consent given to them: what was agreed, the lawful basis, and when. */
export function ConsentFacts({ values, onChange, problems, special }: ConsentFactsProps) {
  const set = <F extends ConsentField>(field: F) => (value: ConsentValues[F]) => onChange({ ...values, [field]: value });
  return (
    <>
      <TextArea
        id="agreedWords"
        label="What you explained, and what they agreed to"
        hint="In your words, as you would say it to them. For example, who will see their details and that they can change their mind."
        rows={5}
        maxLength={AGREED_WORDS_MAX_LENGTH}
        value={values.agreedWords}
        onChange={set('agreedWords')}
        error={problems.agreedWords}
      />
      <RadioGroup
        name="lawfulBasis"
        legend="Lawful basis (UK GDPR Article 6)"
        hint="Ask your data protection lead if you are not sure which your scheme uses."
        options={LAWFUL_BASES.map((b) => ({ value: b.id, label: `${b.label} (${b.article})` }))}
        value={values.lawfulBasis}
        onChange={set('lawfulBasis')}
        error={problems.lawfulBasis}
      />
      {special ? (
        <RadioGroup
          name="specialCategoryCondition"
          legend="Condition for health and access information (UK GDPR Article 9)"
          options={SPECIAL_CATEGORY_CONDITIONS.map((c) => ({ value: c.id, label: `${c.label} (${c.article})` }))}
          value={values.specialCategoryCondition}
          onChange={set('specialCategoryCondition')}
          error={problems.specialCategoryCondition}
        />
      ) : null}
      <DateInput
        id="agreedOn"
        legend="When did they agree?"
        hint="For example, 27 3 2026"
        value={values.agreedOn}
        onChange={set('agreedOn')}
        error={problems.agreedOn}
      />
    </>
  );
}
