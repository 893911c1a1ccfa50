import { SUPPORT_KINDS } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { RadioGroup } from '../../ui/RadioGroup';

const KIND_PATHS: Record<string, string> = { BEFRIENDING: 'befriender', FIRST_SESSION_COMPANION: 'companion' };
const OPTIONS = SUPPORT_KINDS.map((k) => ({ value: k.id, label: k.label, hint: k.description }));

/** The first question of asking: a befriender, or a companion for a first visit. */
export function AskForCompanyPage() {
  const navigate = useNavigate();
  const [kind, setKind] = useState('');
  const [problems, setProblems] = useState<FormProblems<'kind'>>(NO_PROBLEMS);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!kind) {
      setProblems({ fields: { kind: 'Select what you would like' }, general: [] });
      return;
    }
    await navigate(`/my-support/ask/${KIND_PATHS[kind]}`);
  }

  return (
    <div className="narrow-column">
      <BackLink to="/my-support" />
      <ErrorSummary problems={problems} fieldIds={{ kind: 'kind' }} />
      <PageHeading hasErrors={hasProblems(problems)}>Ask for company</PageHeading>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <RadioGroup name="kind" legend="What would you like?" options={OPTIONS} value={kind} onChange={setKind} error={problems.fields.kind} />
        <Button>Continue</Button>
      </form>
    </div>
  );
}
