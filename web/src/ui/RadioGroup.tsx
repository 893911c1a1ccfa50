import { describedBy, FieldError, FieldHint, groupClass } from './field-parts';

export type RadioOption = { value: string; label: string; hint?: string };

type RadioGroupProps = {
  /** The name of the radios; the first radio's id, so error links can reach it. */
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
};

export function radioId(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index + 1}`;
}

export function RadioGroup({ name, legend, hint, error, options, value, onChange }: RadioGroupProps) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend className="fieldset__legend">{legend}</legend>
        <FieldHint id={name} hint={hint} />
        <FieldError id={name} error={error} />
        <div className="radios">
          {options.map((option, index) => {
            const id = radioId(name, index);
            return (
              <div className="radios__item" key={option.value}>
                <input
                  className="radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${id}-item-hint` : undefined}
                />
                <label className="radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${id}-item-hint`} className="hint radios__hint">
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
