import { useState, type FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { DateInput, isoDateOf, type DateParts } from '../../ui/DateInput';
import { ErrorSummary } from '../../ui/ErrorSummary';
import type { FormProblems } from '../../ui/form-problems';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextField } from '../../ui/TextField';
import { FOLLOW_UPS, type ReportFilters } from './report-filters';

export type FilterField = 'area' | 'from' | 'to' | 'followUp';
export const FILTER_FIELDS: readonly FilterField[] = ['area', 'from', 'to', 'followUp'];
const FIELD_IDS: Record<FilterField, string> = { area: 'area', from: 'from', to: 'to', followUp: 'followUp' };

const partsOf = (iso: string): DateParts => {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

type Props = {
  filters: ReportFilters;
  /** Problems the server found with the filters last shown. */
  serverProblems: FormProblems<FilterField>;
  onShow: (filters: ReportFilters) => void;
};

/** Which people to report on: district, when their support started, and which follow-up to compare. */
export function ReportFiltersForm({ filters, serverProblems, onShow }: Props) {
  const [area, setArea] = useState(filters.area);
  const [from, setFrom] = useState(partsOf(filters.from));
  const [to, setTo] = useState(partsOf(filters.to));
  const [followUp, setFollowUp] = useState(String(filters.followUp));
  const [ownProblems, setOwnProblems] = useState<FormProblems<FilterField> | null>(null);
  const problems = ownProblems ?? serverProblems;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromIso = isoDateOf(from);
    const toIso = isoDateOf(to);
    const fields: Partial<Record<FilterField, string>> = {};
    if (!fromIso) fields.from = 'Enter the start of the period as a real date, for example 1 4 2025';
    if (!toIso) fields.to = 'Enter the end of the period as a real date, for example 31 3 2026';
    if (!fromIso || !toIso) {
      setOwnProblems({ fields, general: [] });
      return;
    }
    setOwnProblems(null);
    onShow({ area, from: fromIso, to: toIso, followUp: Number(followUp) });
  };

  return (
    <form onSubmit={submit} noValidate className="outcomes-filters">
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
      <TextField
        id="area"
        label="Postcode district (optional)"
        hint="For example, HX7. Leave it empty for every area."
        width="one-half"
        autoComplete="off"
        spellCheck={false}
        value={area}
        error={problems.fields.area}
        onChange={setArea}
      />
      <DateInput
        id="from"
        legend="People whose support started from"
        hint="The day of their first check-in, for example 1 4 2025"
        value={from}
        error={problems.fields.from}
        onChange={setFrom}
      />
      <DateInput id="to" legend="To" hint="For example, 31 3 2026" value={to} error={problems.fields.to} onChange={setTo} />
      <RadioGroup
        name="followUp"
        legend="Compare their answers at the start with"
        options={FOLLOW_UPS.map((months) => ({ value: String(months), label: `Their ${months}-month check-in` }))}
        value={followUp}
        error={problems.fields.followUp}
        onChange={setFollowUp}
      />
      <Button type="submit">Show the report</Button>
    </form>
  );
}
