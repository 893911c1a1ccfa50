import type { ReactNode } from 'react';
import { Checkboxes, type CheckboxOption } from '../../ui/Checkboxes';
import { FieldError, FieldHint, groupClass } from '../../ui/field-parts';

export type CheckboxGroup = { id: string; label: string; options: readonly CheckboxOption[] };

type GroupedCheckboxesProps = {
  /** The id of the first box, which an error links to; the other groups' names follow from it. */
  name: string;
  /** Shown above the groups: the page heading on a one-question page, or a heading within a form. */
  heading: ReactNode;
  hint?: string;
  error?: string | undefined;
  groups: readonly CheckboxGroup[];
  values: readonly string[];
  onChange: (values: string[]) => void;
};

/** Many choices in named groups (interests, access needs): one fieldset a group, so each legend gives context. */
export function GroupedCheckboxes({ name, heading, hint, error, groups, values, onChange }: GroupedCheckboxesProps) {
  return (
    <div className={groupClass(error)}>
      {heading}
      <FieldHint id={name} hint={hint} />
      <FieldError id={name} error={error} />
      {groups.map((group, index) => {
        const own = group.options.map((o) => o.value);
        return (
          <Checkboxes
            key={group.id}
            name={index === 0 ? name : `${name}-${group.id}`}
            legend={group.label}
            legendSize="s"
            options={group.options}
            values={values.filter((v) => own.includes(v))}
            onChange={(chosen) => onChange([...values.filter((v) => !own.includes(v)), ...chosen])}
          />
        );
      })}
    </div>
  );
}
