import { useMutation, useQuery } from '@apollo/client/react';
import { CONSENT_PURPOSES } from '@kindred/shared';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { problemsFromError } from '../app/graphql-problems';
import { NotFoundPage } from '../app/NotFoundPage';
import { NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { ConfirmPage } from './ConfirmPage';
import { MySupportQuery, WithdrawMyConsentMutation, WithdrawMyRequestMutation } from './operations';
import { doneState, LoadProblem, Loading } from './page-states';
import { supportKindLabel } from './words';

const refetch = { refetchQueries: [{ query: MySupportQuery }], awaitRefetchQueries: true };

/** Stop waiting: close one of your own waiting requests, after saying yes. */
export function WithdrawMyRequestPage() {
  const { requestId } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(MySupportQuery);
  const [withdraw, { loading: pending }] = useMutation(WithdrawMyRequestMutation, refetch);
  const [problems, setProblems] = useState<FormProblems<never>>(NO_PROBLEMS);
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const request = data.mySupport.requests.find((r) => r.id === requestId && r.status === 'WAITING');
  if (!request) return <NotFoundPage />;
  const what = supportKindLabel(request.kind).toLowerCase();

  async function confirm() {
    if (pending || !request) return;
    try {
      await withdraw({ variables: { requestId: request.id } });
      await navigate('/my-support', { state: doneState(`You have stopped waiting for ${what}.`) });
    } catch (caught) {
      setProblems(problemsFromError(caught, []));
    }
  }

  return (
    <ConfirmPage
      title={`Are you sure you want to stop waiting for ${what}?`}
      back="/my-support"
      confirmText="Yes, stop waiting"
      cancelText="No, keep my place"
      pending={pending}
      problems={problems}
      onConfirm={() => void confirm()}
    >
      <p>You will lose your place in the queue. You can ask again at any time, but you would join the back of the queue.</p>
    </ConfirmPage>
  );
}

/** Withdraw something you agreed to, after saying yes. As easy as agreeing. */
export function WithdrawMyConsentPage() {
  const { consentId } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(MySupportQuery);
  const [withdraw, { loading: pending }] = useMutation(WithdrawMyConsentMutation, refetch);
  const [problems, setProblems] = useState<FormProblems<never>>(NO_PROBLEMS);
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  const consent = data.mySupport.consents.find((c) => c.id === consentId && !c.withdrawnAt);
  if (!consent) return <NotFoundPage />;
  const purpose = CONSENT_PURPOSES.find((p) => p.id === consent.purpose);

  async function confirm() {
    if (pending || !consent) return;
    try {
      await withdraw({ variables: { consentId: consent.id } });
      await navigate('/my-support', { state: doneState('You have withdrawn your agreement.') });
    } catch (caught) {
      setProblems(problemsFromError(caught, []));
    }
  }

  return (
    <ConfirmPage
      title="Are you sure you want to withdraw your agreement?"
      back="/my-support"
      confirmText="Yes, withdraw it"
      cancelText="No, go back"
      pending={pending}
      problems={problems}
      onConfirm={() => void confirm()}
    >
      <p>
        You agreed to: <strong>{purpose?.label ?? consent.purpose}</strong>.
      </p>
      <p>{purpose?.description}</p>
      {consent.purpose === 'ACCESS_NEEDS' ? <p>We will remove what you told us about what helps you take part.</p> : null}
      {consent.purpose === 'SHARE_WITH_VOLUNTEER' ? (
        <p>Without this, we cannot suggest a volunteer for you. Your link worker will talk to you about what else might help.</p>
      ) : null}
    </ConfirmPage>
  );
}
