import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, groupClass } from './field-parts';

export type DateParts = { day: string; month: string; year: string };

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

type DateInputProps = {
  /** The id of the day box, which error links reach; the others add -month and -year. */
  id: string;
  legend: ReactNode;
  hint?: string;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
};

/** GOV.UK date input: three labelled boxes, which people find easier than a date picker. */
export function DateInput({ id, legend, hint, error, value, onChange }: DateInputProps) {
  const part = (name: keyof DateParts, label: string, width: 'two' | 'four') => {
    const inputId = name === 'day' ? id : `${id}-${name}`;
    return (
      <div className="date-input__item">
        <label className="label date-input__label" htmlFor={inputId}>
          {label}
        </label>
        <input
          id={inputId}
          name={inputId}
          className={`input date-input__input date-input__input--${width}${error ? ' input--error' : ''}`}
          inputMode="numeric"
          value={value[name]}
          onChange={(event) => onChange({ ...value, [name]: event.target.value })}
          aria-invalid={error ? true : undefined}
        />
      </div>
    );
  };
  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="fieldset__legend">{legend}</legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div className="date-input">
          {part('day', 'Day', 'two')}
          {part('month', 'Month', 'two')}
          {part('year', 'Year', 'four')}
        </div>
      </fieldset>
    </div>
  );
}

/** "2026-03-27" from the boxes, or null when they do not make a real date. */
export function isoDateOf({ day, month, year }: DateParts): string | null {
  const d = Number(day.trim());
  const m = Number(month.trim());
  const y = Number(year.trim());
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y) || y < 1000 || y > 9999) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** The boxes for a date, such as today's. */
export function datePartsOf(date: Date): DateParts {
  return { day: String(date.getDate()), month: String(date.getMonth() + 1), year: String(date.getFullYear()) };
}
