import { useMutation, useQuery } from '@apollo/client/react';
import { CONSENT_PURPOSES, consentPurpose, type ConsentPurpose } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { NotFoundPage } from '../../app/NotFoundPage';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { RadioGroup } from '../../ui/RadioGroup';
import { ConfirmPage } from '../ConfirmPage';
import { checkConsent, CONSENT_FIELD_IDS, ConsentFacts, consentInput, emptyConsent, type ConsentField, type ConsentValues } from '../fields/ConsentFacts';
import { RecordConsentMutation, SeekerQuery, WithdrawConsentMutation } from '../operations';
import { doneState, LoadProblem, Loading } from '../page-states';
import { consentPurposeLabel } from '../words';

type Field = 'purpose' | ConsentField;
const IDS: Record<Field, string> = { purpose: 'purpose', ...CONSENT_FIELD_IDS };

/** A link worker records a consent the person gave them, on their behalf. */
export function RecordConsentPage() {
  const { seekerId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(SeekerQuery, { variables: { id: seekerId } });
  const [purpose, setPurpose] = useState('');
  const [values, setValues] = useState<ConsentValues>(emptyConsent);
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [record, { loading: saving }] = useMutation(RecordConsentMutation, { refetchQueries: [{ query: SeekerQuery, variables: { id: seekerId } }], awaitRefetchQueries: true });
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const seeker = data.seeker;
  const special = purpose ? consentPurpose(purpose as ConsentPurpose).specialCategory : false;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const found: FormProblems<Field> = {
      fields: { ...(purpose ? checkConsent(values, [purpose as ConsentPurpose]) : { purpose: 'Select what they agreed to' }) },
      general: [],
    };
    setProblems(found);
    if (hasProblems(found)) return;
    try {
      await record({ variables: { input: { seekerId: seeker.id, ...consentInput(values, purpose as ConsentPurpose, special) } } });
      await navigate(`/seekers/${seeker.id}`, { state: doneState('Their consent has been recorded.') });
    } catch (caught) {
      setProblems(problemsFromError(caught, Object.keys(IDS) as Field[]));
    }
  }

  return (
    <div className="narrow-column">
      <BackLink to={`/seekers/${seeker.id}`} />
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <span className="caption-m">{seeker.aboutMe.name}</span>
      <PageHeading hasErrors={hasProblems(problems)}>Record consent</PageHeading>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <RadioGroup
          name="purpose"
          legend="What did they agree to?"
          options={CONSENT_PURPOSES.map((p) => ({ value: p.id, label: p.label, hint: p.description }))}
          value={purpose}
          onChange={setPurpose}
          error={problems.fields.purpose}
        />
        <ConsentFacts values={values} onChange={setValues} problems={problems.fields} special={special} />
        <Button pending={saving} pendingText="Saving…">
          Save consent
        </Button>
      </form>
    </div>
  );
}

/** A link worker records that the person withdrew a consent. */
export function WithdrawConsentPage() {
  const { seekerId = '', consentId } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(SeekerQuery, { variables: { id: seekerId } });
  const [withdraw, { loading: pending }] = useMutation(WithdrawConsentMutation, {
    refetchQueries: [{ query: SeekerQuery, variables: { id: seekerId } }],
    awaitRefetchQueries: true,
  });
  const [problems, setProblems] = useState<FormProblems<never>>(NO_PROBLEMS);
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const consent = data.seeker.consents.find((c) => c.id === consentId && !c.withdrawnAt);
  if (!consent) return <NotFoundPage />;
  const back = `/seekers/${data.seeker.id}`;

  async function confirm() {
    if (pending || !consent) return;
    try {
      await withdraw({ variables: { consentId: consent.id } });
      await navigate(back, { state: doneState('The withdrawal has been recorded.') });
    } catch (caught) {
      setProblems(problemsFromError(caught, []));
    }
  }

  return (
    <ConfirmPage
      title={`Has ${data.seeker.aboutMe.name} withdrawn their consent?`}
      back={back}
      confirmText="Yes, record that they withdrew it"
      cancelText="No, go back"
      pending={pending}
      problems={problems}
      onConfirm={() => void confirm()}
    >
      <p>
        Consent to: <strong>{consentPurposeLabel(consent.purpose)}</strong>
      </p>
      {consent.purpose === 'ACCESS_NEEDS' ? <p>Their access and communication needs will be removed from their record.</p> : null}
    </ConfirmPage>
  );
}
