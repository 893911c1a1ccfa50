import { Button } from '../ui/Button';
import { Checkboxes } from '../ui/Checkboxes';
import { DateInput } from '../ui/DateInput';
import { RadioGroup } from '../ui/RadioGroup';
import { Select } from '../ui/Select';
import { TextArea } from '../ui/TextArea';
import { TextField } from '../ui/TextField';
import { scheduleFieldId, type ScheduleKind, type ScheduleValues } from './activity-form';
import { DAY_OPTIONS } from './words';

const KINDS: ReadonlyArray<{ value: ScheduleKind; label: string; hint?: string }> = [
  { value: 'WEEKLY', label: 'Every week, or every few weeks' },
  { value: 'MONTHLY_WEEKDAY', label: 'On certain weeks of the month', hint: 'For example, the first and third Tuesday, or the last Friday' },
  { value: 'MONTHLY_DATE', label: 'On a date each month', hint: 'For example, the 15th' },
  { value: 'WORDS', label: 'I can only describe it in words', hint: 'People will be asked to check dates with the organiser' },
];
const NTHS = [
  { value: '1', label: 'First' },
  { value: '2', label: 'Second' },
  { value: '3', label: 'Third' },
  { value: '4', label: 'Fourth' },
  { value: '-1', label: 'Last' },
];
const everyWeeks = [1, 2, 3, 4].map((n) => ({ value: String(n), label: n === 1 ? 'Every week' : `Every ${n} weeks` }));
const everyMonths = [1, 2, 3].map((n) => ({ value: String(n), label: n === 1 ? 'Every month' : `Every ${n} months` }));

type ScheduleFieldsProps = {
  index: number;
  count: number;
  values: ScheduleValues;
  problems: Partial<Record<string, string>>;
  onChange: (values: ScheduleValues) => void;
  onRemove: () => void;
};

/** One schedule: how often, which days, what times, its dates and the dates it skips. */
export function ScheduleFields({ index, count, values, problems, onChange, onRemove }: ScheduleFieldsProps) {
  const id = (field: string) => scheduleFieldId(index, field);
  const error = (field: string) => problems[`schedules.${index}.${field}`];
  const set = <K extends keyof ScheduleValues>(key: K) => (value: ScheduleValues[K]) => onChange({ ...values, [key]: value });
  const recurring = values.kind !== '' && values.kind !== 'WORDS';
  return (
    <fieldset className="fieldset directory-schedule">
      <legend className="fieldset__legend fieldset__legend--m">{count > 1 ? `Schedule ${index + 1}` : 'When it meets'}</legend>
      <RadioGroup name={id('kind')} legend="How often does it meet?" options={KINDS} value={values.kind} onChange={(v) => set('kind')(v as ScheduleKind)} error={error('kind')} />
      {values.kind === 'WEEKLY' ? (
        <>
          <Checkboxes name={id('byDay')} legend="Which days?" legendSize="s" options={DAY_OPTIONS} values={values.days} onChange={set('days')} error={error('byDay')} />
          <Select id={id('interval')} label="How often" placeholder="Choose how often" options={everyWeeks} value={values.interval} onChange={set('interval')} error={error('interval')} />
        </>
      ) : null}
      {values.kind === 'MONTHLY_WEEKDAY' ? (
        <>
          <Checkboxes name={id('byDay')} legend="Which weeks of the month?" legendSize="s" options={NTHS} values={values.nths} onChange={set('nths')} error={error('byDay')} />
          <Select id={id('monthDay')} label="On which day?" placeholder="Choose a day" options={DAY_OPTIONS} value={values.monthDay} onChange={set('monthDay')} />
        </>
      ) : null}
      {values.kind === 'MONTHLY_DATE' ? (
        <TextField
          id={id('byMonthDay')}
          label="Which days of the month?"
          hint="For example, 15, or 1 and 15, or last"
          value={values.monthDates}
          onChange={set('monthDates')}
          error={error('byMonthDay')}
          width="one-half"
        />
      ) : null}
      {values.kind === 'MONTHLY_WEEKDAY' || values.kind === 'MONTHLY_DATE' ? (
        <Select id={id('interval')} label="How often" placeholder="Choose how often" options={everyMonths} value={values.interval} onChange={set('interval')} error={error('interval')} />
      ) : null}
      {values.kind !== '' ? (
        <div className="directory-times">
          <TextField id={id('startTime')} label={recurring ? 'Start time' : 'Start time (optional)'} hint="Use the 24-hour clock, like 14:00" value={values.startTime} onChange={set('startTime')} error={error('startTime')} width="one-half" inputMode="numeric" />
          <TextField id={id('endTime')} label={recurring ? 'End time' : 'End time (optional)'} hint="Like 16:00" value={values.endTime} onChange={set('endTime')} error={error('endTime')} width="one-half" inputMode="numeric" />
        </div>
      ) : null}
      {recurring ? (
        <>
          <DateInput
            id={id('startsOn')}
            legend={values.interval !== '1' ? 'Date of the first session' : 'Date of the first session (optional)'}
            hint={values.interval !== '1' ? 'We count the weeks or months from here. For example, 6 1 2026' : 'Leave this empty if it has been meeting for a while'}
            value={values.startsOn}
            onChange={set('startsOn')}
            error={error('startsOn')}
          />
          <DateInput id={id('endsOn')} legend="Date of the last session (optional)" hint="Leave this empty if it carries on" value={values.endsOn} onChange={set('endsOn')} error={error('endsOn')} />
          <TextArea
            id={id('exceptions')}
            label="Dates it does not meet (optional)"
            hint="For example, bank holidays. Write one date a line, like 22/12/2026"
            value={values.exceptions}
            onChange={set('exceptions')}
            error={error('exceptions')}
            rows={3}
            spellCheck={false}
          />
        </>
      ) : null}
      {values.kind !== '' ? (
        <TextArea
          id={id('description')}
          label={values.kind === 'WORDS' ? 'When does it meet?' : 'Anything else about when it meets (optional)'}
          hint={values.kind === 'WORDS' ? 'For example, Tuesday mornings in school term time' : undefined}
          value={values.description}
          onChange={set('description')}
          error={error('description')}
          rows={2}
        />
      ) : null}
      {count > 1 ? (
        <Button type="button" variant="secondary" onClick={onRemove}>
          Remove schedule {index + 1}
        </Button>
      ) : null}
    </fieldset>
  );
}
