/** The "about me" questions, one page each (GOV.UK one question per page), in the order people meet them. */
export const ABOUT_ME_STEPS = [
  { id: 'what-matters', title: 'What matters to you' },
  { id: 'interests', title: 'What you enjoy' },
  { id: 'access-needs', title: 'What helps you take part' },
  { id: 'keeping-in-touch', title: 'How to keep in touch' },
  { id: 'when-free', title: 'When you are free' },
  { id: 'where', title: 'Where you live' },
  { id: 'your-volunteer', title: 'Your volunteer' },
] as const;
export type AboutMeStep = (typeof ABOUT_ME_STEPS)[number]['id'];

export function isAboutMeStep(value: string | undefined): value is AboutMeStep {
  return ABOUT_ME_STEPS.some((s) => s.id === value);
}

export const stepPath = (step: AboutMeStep, fromSummary = false) => `/my-support/about-me/${step}${fromSummary ? '?from=summary' : ''}`;

export function neighbours(step: AboutMeStep): { previous: AboutMeStep | null; next: AboutMeStep | null } {
  const index = ABOUT_ME_STEPS.findIndex((s) => s.id === step);
  return { previous: ABOUT_ME_STEPS[index - 1]?.id ?? null, next: ABOUT_ME_STEPS[index + 1]?.id ?? null };
}
