import {
  AGE_BANDS,
  CONTACT_MODES,
  DBS_LEVELS,
  INTERESTS,
  LANGUAGES,
  STEP_STATUSES,
  SUPPORT_KINDS,
  TRAINING_MODULES,
  VETTING_STAGES,
  VOLUNTEER_SKILLS,
  dateInWords,
} from '@kindred/shared';

type Labelled = ReadonlyArray<{ id: string; label: string }>;
const labelIn = (items: Labelled) => (id: string) => items.find((i) => i.id === id)?.label ?? id;

export const stageLabel = labelIn(VETTING_STAGES);
export const stepStatusLabel = labelIn(STEP_STATUSES);
export const supportKindLabel = labelIn(SUPPORT_KINDS);
export const contactModeLabel = labelIn(CONTACT_MODES);
export const skillLabel = labelIn(VOLUNTEER_SKILLS);
export const interestLabel = labelIn(INTERESTS);
export const languageLabel = labelIn(LANGUAGES);
export const ageBandLabel = labelIn(AGE_BANDS);
export const dbsLevelLabel = labelIn(DBS_LEVELS);
export const trainingLabel = labelIn(TRAINING_MODULES);

/** "walking, baking and reading" */
export function listInWords(items: readonly string[], none = 'None given'): string {
  if (items.length === 0) return none;
  return new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items);
}

/** A date from the API (YYYY-MM-DD) as people write it, or a dash. */
export function onDate(date: string | null | undefined): string {
  return date ? dateInWords(date) : '–';
}

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
