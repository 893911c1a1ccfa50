import type { InputHTMLAttributes } from 'react';
import { describedBy, FieldError, FieldHint, groupClass } from './field-parts';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> & {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  width?: 'full' | 'two-thirds' | 'one-half';
};

export function TextField({ id, label, hint, error, value, onChange, width = 'two-thirds', ...input }: TextFieldProps) {
  return (
    <div className={groupClass(error)}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <input
        id={id}
        name={id}
        className={`input input--${width}${error ? ' input--error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
}
