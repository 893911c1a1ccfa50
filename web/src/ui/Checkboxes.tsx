import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, groupClass } from './field-parts';

export type CheckboxOption = { value: string; label: string; hint?: string };

type CheckboxesProps = {
  /** The name of the checkboxes; the first checkbox's id, so error links can reach it. */
  name: string;
  /** A string, or a page heading when the group is the page's one question (GOV.UK legend as heading). */
  legend: ReactNode;
  hint?: string;
  error?: string | undefined;
  options: readonly CheckboxOption[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Smaller legend for a group that sits among others under one page heading. */
  legendSize?: 'm' | 's';
};

export function checkboxId(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index + 1}`;
}

/** GOV.UK checkboxes: a fieldset whose legend asks the question, one labelled box a choice. */
export function Checkboxes({ name, legend, hint, error, options, values, onChange, legendSize }: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className={`fieldset__legend${legendSize ? ` fieldset__legend--${legendSize}` : ''}`}>{legend}</legend>
        <FieldHint id={name} hint={hint} />
        <FieldError id={name} error={error} />
        <div className="checkboxes">
          {options.map((option, index) => {
            const id = checkboxId(name, index);
            return (
              <div className="checkboxes__item" key={option.value}>
                <input
                  className="checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                  aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                />
                <label className="checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${id}-item-hint`} className="hint checkboxes__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

type SingleCheckboxProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

/** One box to tick, such as agreeing to something; its error links straight to the box. */
export function SingleCheckbox({ id, label, hint, error, checked, onChange }: SingleCheckboxProps) {
  return (
    <div className={groupClass(error)}>
      <FieldError id={id} error={error} />
      <div className="checkboxes">
        <div className="checkboxes__item">
          <input
            className="checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            aria-describedby={describedBy(id, hint, error)}
            aria-invalid={error ? true : undefined}
          />
          <label className="checkboxes__label" htmlFor={id}>
            {label}
          </label>
          <FieldHint id={id} hint={hint} />
        </div>
      </div>
    </div>
  );
}
