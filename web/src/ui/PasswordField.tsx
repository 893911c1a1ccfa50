import { useState } from 'react';
import { describedBy, FieldError, FieldHint, groupClass } from './field-parts';

type PasswordFieldProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
};

/** A password input with a Show/Hide button (GOV.UK password input), so people can check what they typed. */
export function PasswordField({ id, label, hint, error, value, onChange, autoComplete }: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const [status, setStatus] = useState('');

  function toggle() {
    setVisible(!visible);
    setStatus(visible ? 'Your password is hidden' : 'Your password is visible');
  }

  return (
    <div className={groupClass(error)}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <div className="password-input">
        <input
          id={id}
          name={id}
          type={visible ? 'text' : 'password'}
          className={`input input--two-thirds password-input__input${error ? ' input--error' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          autoCapitalize="none"
          spellCheck={false}
          aria-describedby={describedBy(id, hint, error)}
          aria-invalid={error ? true : undefined}
        />
        <button
          type="button"
          className="button button--secondary password-input__toggle"
          aria-controls={id}
          aria-label={visible ? 'Hide password' : 'Show password'}
          onClick={toggle}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      <div className="visually-hidden" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
