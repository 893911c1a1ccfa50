import { displayNameProblem, emailProblem, newPasswordProblem, type SelfServiceRole } from '@kindred/shared';
import { checkFields, type FormProblems } from '../ui/form-problems';

export type SignUpValues = {
  role: SelfServiceRole | '';
  schemeId: string;
  displayName: string;
  email: string;
  password: string;
};

export type SignUpField = keyof SignUpValues;

/** The control each field's error links to, in the order the fields appear on the page. */
export const SIGN_UP_FIELD_IDS: Record<SignUpField, string> = {
  role: 'role',
  schemeId: 'schemeId',
  displayName: 'displayName',
  email: 'email',
  password: 'password',
};

export const EMPTY_SIGN_UP: SignUpValues = { role: '', schemeId: '', displayName: '', email: '', password: '' };

export function checkSignUp(values: SignUpValues): FormProblems<SignUpField> {
  return checkFields<SignUpField>({
    role: () => (values.role === '' ? 'Select whether you are looking for company or want to volunteer' : null),
    schemeId: () => (values.schemeId === '' ? 'Select your local scheme' : null),
    displayName: () => displayNameProblem(values.displayName),
    email: () => emailProblem(values.email),
    password: () => newPasswordProblem(values.password),
  });
}
