import { DAYS, PARTS_OF_DAY, type Day, type PartOfDay } from '@kindred/shared';
import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint, groupClass } from './field-parts';
import './css/week-grid.css';

export type WeekSlot = { day: Day; part: PartOfDay };

type WeekGridProps = {
  /** The id of the first box (Monday morning), which an error links to. */
  id: string;
  legend: ReactNode;
  hint?: string;
  error?: string | undefined;
  value: readonly WeekSlot[];
  onChange: (value: WeekSlot[]) => void;
};

const HOURS: Record<PartOfDay, string> = { MORNING: '9am to 12pm', AFTERNOON: '12pm to 5pm', EVENING: '5pm to 9pm' };

/**
 * The week as a table of checkboxes in a fieldset: a row a day, a column a part of the day. Each box
 * is named in full ("Tuesday afternoon") for screen readers; the headers say the same by sight.
 */
export function WeekGrid({ id, legend, hint, error, value, onChange }: WeekGridProps) {
  const has = (day: Day, part: PartOfDay) => value.some((s) => s.day === day && s.part === part);
  const toggle = (day: Day, part: PartOfDay, on: boolean) =>
    onChange(on ? [...value.filter((s) => !(s.day === day && s.part === part)), { day, part }] : value.filter((s) => !(s.day === day && s.part === part)));
  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="fieldset__legend">{legend}</legend>
        <FieldHint id={id} hint={hint} />
        <FieldError id={id} error={error} />
        <div className="table-wrapper">
          <table className="table week-grid">
            <thead>
              <tr>
                <td />
                {PARTS_OF_DAY.map((part) => (
                  <th key={part.id} scope="col">
                    {part.label}
                    <span className="week-grid__hours">{HOURS[part.id]}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {DAYS.map((day, d) => (
                <tr key={day.id}>
                  <th scope="row">{day.label}</th>
                  {PARTS_OF_DAY.map((part, p) => {
                    const boxId = d === 0 && p === 0 ? id : `${id}-${day.id.toLowerCase()}-${part.id.toLowerCase()}`;
                    return (
                      <td key={part.id}>
                        <div className="checkboxes__item week-grid__item">
                          <input
                            className="checkboxes__input"
                            id={boxId}
                            type="checkbox"
                            checked={has(day.id, part.id)}
                            onChange={(event) => toggle(day.id, part.id, event.target.checked)}
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
