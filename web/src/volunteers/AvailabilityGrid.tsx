import { DAYS, PARTS_OF_DAY } from '@kindred/shared';
import { describedBy, FieldError, FieldHint, groupClass } from '../ui/field-parts';
import { slotId, slotKey } from './profile-form';
import './volunteers.css';

type AvailabilityGridProps = {
  legend: string;
  hint?: string;
  error?: string | undefined;
  values: readonly string[];
  onChange: (values: string[]) => void;
};

const HOURS: Record<string, string> = { MORNING: '9am to 12pm', AFTERNOON: '12pm to 5pm', EVENING: '5pm to 9pm' };

/**
 * The week as a table of checkboxes: a row a day, a column a part of the day. Each box is named
 * in full ("Tuesday afternoon") for screen readers, and the table headers give the same by sight.
 */
export function AvailabilityGrid({ legend, hint, error, values, onChange }: AvailabilityGridProps) {
  const id = slotId(DAYS[0].id, PARTS_OF_DAY[0].id);
  const toggle = (key: string, checked: boolean) => onChange(checked ? [...values.filter((v) => v !== key), key] : values.filter((v) => v !== key));
  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="fieldset__legend fieldset__legend--m">{legend}</legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div className="table-wrapper">
          <table className="table availability-grid">
            <thead>
              <tr>
                <td />
                {PARTS_OF_DAY.map((part) => (
                  <th key={part.id} scope="col">
                    {part.label}
                    <span className="availability-grid__hours">
                      {HOURS[part.id]}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {DAYS.map((day) => (
                <tr key={day.id}>
                  <th scope="row">{day.label}</th>
                  {PARTS_OF_DAY.map((part) => {
                    const key = slotKey(day.id, part.id);
                    const boxId = slotId(day.id, part.id);
                    return (
                      <td key={part.id}>
                        <div className="checkboxes__item">
                          <input
                            className="checkboxes__input"
                            id={boxId}
                            name="availability"
                            type="checkbox"
                            checked={values.includes(key)}
                            onChange={(event) => toggle(key, event.target.checked)}
                          />
                          <label className="checkboxes__label" htmlFor={boxId}>
                            <span className="visually-hidden">
                              {day.label} {part.label.toLowerCase()}
                            </span>
                          </label>
                        </div>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
    </div>
  );
}
