import { describedBy, FieldError, FieldHint, groupClass } from './field-parts';

export type SelectOption = { value: string; label: string };

type SelectProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** The text of the empty first option, which asks the person to choose. */
  placeholder: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
};

export function Select({ id, label, hint, error, placeholder, options, value, onChange }: SelectProps) {
  return (
    <div className={groupClass(error)}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
      <select
        id={id}
        name={id}
        className={`select${error ? ' select--error' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
