import { PasswordField } from '../ui/PasswordField';
import { TextField } from '../ui/TextField';
import { NEW_PASSWORD_HINT } from './password-hint';
import { SIGN_UP_FIELD_IDS as IDS } from './sign-up-form';

type AccountField = 'displayName' | 'email' | 'password';

/** Name, email and a new password: the part of every sign-up form that makes the account. */
export function AccountFields({
  values,
  onChange,
  errors,
}: {
  values: Record<AccountField, string>;
  onChange: (field: AccountField) => (value: string) => void;
  errors: Partial<Record<AccountField, string>>;
}) {
  return (
    <>
      <TextField
        id={IDS.displayName}
        label="Your name"
        hint="The name you would like people to call you, like Sam or Mrs Patel."
        autoComplete="name"
        spellCheck={false}
        value={values.displayName}
        onChange={onChange('displayName')}
        error={errors.displayName}
      />
      <TextField
        id={IDS.email}
        label="Email address"
        hint="We will only use this to send you messages about Kindred."
        type="email"
        autoComplete="email"
        spellCheck={false}
        value={values.email}
        onChange={onChange('email')}
        error={errors.email}
      />
      <PasswordField
        id={IDS.password}
        label="Create a password"
        hint={NEW_PASSWORD_HINT}
        autoComplete="new-password"
        value={values.password}
        onChange={onChange('password')}
        error={errors.password}
      />
    </>
  );
}
