import { useMutation, useQuery } from '@apollo/client/react';
import { CONSENT_PURPOSES } from '@kindred/shared';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import { NotFoundPage } from '../app/NotFoundPage';
import { ConfirmPage } from '../seekers/ConfirmPage';
import { NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { doneState, LoadProblem, Loading } from '../ui/page-states';
import { MyDataConsentsQuery, MyDataWithdrawConsentMutation } from './operations';

/** Withdraw something you agreed to, after saying yes: as easy as agreeing. */
export function WithdrawConsentPage() {
  const { consentId } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(MyDataConsentsQuery);
  const [withdraw, { loading: pending }] = useMutation(MyDataWithdrawConsentMutation, {
    refetchQueries: [{ query: MyDataConsentsQuery }],
    awaitRefetchQueries: true,
  });
  const [problems, setProblems] = useState<FormProblems<never>>(NO_PROBLEMS);
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const mine = data.myConsents.find((c) => c.consent.id === consentId && c.canWithdraw);
  if (!mine) return <NotFoundPage />;
  const purpose = CONSENT_PURPOSES.find((p) => p.id === mine.consent.purpose);

  async function confirm() {
    if (pending || !mine) return;
    try {
      await withdraw({ variables: { consentId: mine.consent.id } });
      await navigate('/my-data', { state: doneState('You have withdrawn your agreement.') });
    } catch (caught) {
      setProblems(problemsFromError(caught, []));
    }
  }

  return (
    <ConfirmPage
      title="Are you sure you want to withdraw your agreement?"
      back="/my-data"
      confirmText="Yes, withdraw it"
      cancelText="No, go back"
      pending={pending}
      problems={problems}
      onConfirm={() => void confirm()}
    >
      <p>
        You agreed to: <strong>{purpose?.label ?? mine.consent.purpose}</strong>.
      </p>
      {purpose?.description ? <p>{purpose.description}</p> : null}
      {mine.consent.purpose === 'ACCESS_NEEDS' ? <p>We will remove what you told us about what helps you take part.</p> : null}
      {mine.consent.purpose === 'SHARE_WITH_VOLUNTEER' ? (
        <p>Without this, we cannot suggest a volunteer for you. Your link worker will talk to you about what else might help.</p>
      ) : null}
    </ConfirmPage>
  );
}
