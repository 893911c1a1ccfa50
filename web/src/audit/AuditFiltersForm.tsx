import { useState, type FormEvent } from 'react';
import { Button } from '../ui/Button';
import { DateInput, EMPTY_DATE, isoDateOf, type DateParts } from '../ui/DateInput';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormProblems } from '../ui/form-problems';
import { Select } from '../ui/Select';
import { TextField } from '../ui/TextField';
import type { AuditFilters } from './audit-filters';
import { ACTION_WORDS, OUTCOME_WORDS } from './audit-words';

export type AuditField = 'schemeId' | 'actorEmail' | 'action' | 'outcome' | 'subjectId' | 'from' | 'to';
export const AUDIT_FIELDS: readonly AuditField[] = ['schemeId', 'actorEmail', 'action', 'outcome', 'subjectId', 'from', 'to'];
const FIELD_IDS: Record<AuditField, string> = {
  schemeId: 'schemeId',
  actorEmail: 'actorEmail',
  action: 'action',
  outcome: 'outcome',
  subjectId: 'subjectId',
  from: 'from',
  to: 'to',
};

const ACTION_OPTIONS = Object.entries(ACTION_WORDS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));
const OUTCOME_OPTIONS = Object.entries(OUTCOME_WORDS).map(([value, label]) => ({ value, label }));

const partsOf = (iso: string): DateParts => {
  if (iso === '') return EMPTY_DATE;
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};
const isEmpty = (parts: DateParts) => parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === '';

type Props = {
  filters: AuditFilters;
  schemes: ReadonlyArray<{ id: string; name: string }>;
  /** Problems the server found with the search last made. */
  serverProblems: FormProblems<AuditField>;
  onSearch: (filters: AuditFilters) => void;
  /** Told whether the form is showing problems of its own, so the page title can say "Error:". */
  onOwnProblems: (shown: boolean) => void;
};

/** What to look for in the audit log. Every field is optional: an empty form shows everything you may see. */
export function AuditFiltersForm({ filters, schemes, serverProblems, onSearch, onOwnProblems }: Props) {
  const [values, setValues] = useState(filters);
  const [from, setFrom] = useState(partsOf(filters.from));
  const [to, setTo] = useState(partsOf(filters.to));
  const [ownProblems, setOwnProblems] = useState<FormProblems<AuditField> | null>(null);
  const problems = ownProblems ?? serverProblems;
  const set = (key: keyof AuditFilters) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromIso = isEmpty(from) ? '' : isoDateOf(from);
    const toIso = isEmpty(to) ? '' : isoDateOf(to);
    const fields: Partial<Record<AuditField, string>> = {};
    if (fromIso === null) fields.from = 'Enter the first day as a real date, for example 1 11 2026, or leave it empty';
    if (toIso === null) fields.to = 'Enter the last day as a real date, for example 30 11 2026, or leave it empty';
    if (fromIso && toIso && fromIso > toIso) fields.to = 'The last day must be the same as or after the first day';
    if (Object.keys(fields).length > 0) {
      setOwnProblems({ fields, general: [] });
      onOwnProblems(true);
      return;
    }
    setOwnProblems(null);
    onOwnProblems(false);
    onSearch({ ...values, from: fromIso ?? '', to: toIso ?? '' });
  };

  return (
    <form onSubmit={submit} noValidate className="audit-filters" aria-label="Search the audit log">
      <ErrorSummary problems={problems} fieldIds={FIELD_IDS} />
      {schemes.length > 1 ? (
        <Select
          id="schemeId"
          label="Scheme"
          placeholder="All the schemes you run"
          options={schemes.map((s) => ({ value: s.id, label: s.name }))}
          value={values.schemeId}
          error={problems.fields.schemeId}
          onChange={set('schemeId')}
        />
      ) : null}
      <TextField
        id="actorEmail"
        label="Person’s email address (optional)"
        hint="What they did, and every attempt to sign in to their account"
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={values.actorEmail}
        error={problems.fields.actorEmail}
        onChange={set('actorEmail')}
      />
      <Select
        id="action"
        label="What happened (optional)"
        placeholder="Anything"
        options={ACTION_OPTIONS}
        value={values.action}
        error={problems.fields.action}
        onChange={set('action')}
      />
      <Select
        id="outcome"
        label="Outcome (optional)"
        placeholder="Any outcome"
        options={OUTCOME_OPTIONS}
        value={values.outcome}
        error={problems.fields.outcome}
        onChange={set('outcome')}
      />
      <TextField
        id="subjectId"
        label="Record id (optional)"
        hint="The id of a person’s record, a volunteer, a match or an account, as shown in the table"
        autoComplete="off"
        spellCheck={false}
        value={values.subjectId}
        error={problems.fields.subjectId}
        onChange={set('subjectId')}
      />
      <DateInput id="from" legend="From (optional)" hint="The first day, for example 1 11 2026" value={from} error={problems.fields.from} onChange={setFrom} />
      <DateInput id="to" legend="To (optional)" hint="The last day, for example 30 11 2026" value={to} error={problems.fields.to} onChange={setTo} />
      <Button type="submit">Search</Button>
    </form>
  );
}
