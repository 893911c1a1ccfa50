/** What is wrong with a submitted form: messages per field, and messages about the form as a whole. */
export type FormProblems<Field extends string = string> = {
  fields: Partial<Record<Field, string>>;
  general: string[];
};

export const NO_PROBLEMS: FormProblems<never> = { fields: {}, general: [] };

export function hasProblems(problems: FormProblems): boolean {
  return problems.general.length > 0 || Object.values(problems.fields).some(Boolean);
}

/** Runs each field's check and keeps the messages of those that fail. */
export function checkFields<Field extends string>(
  checks: Record<Field, () => string | null>,
): FormProblems<Field> {
  const fields: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(checks) as Field[]) {
    const problem = checks[field]();
    if (problem) fields[field] = problem;
  }
  return { fields, general: [] };
}
