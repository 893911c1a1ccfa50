import { useMutation, useQuery } from '@apollo/client/react';
import { OWN_CONSENT_WORDS, REQUEST_NOTES_MAX_LENGTH } from '@kindred/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { problemsFromError } from '../../app/graphql-problems';
import { NotFoundPage } from '../../app/NotFoundPage';
import type { ContactMode, MySupportQuery as MySupport, SupportKind } from '../../gql/graphql';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { Checkboxes, SingleCheckbox } from '../../ui/Checkboxes';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { checkFields, hasProblems, NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { PageHeading } from '../../ui/PageHeading';
import { TextArea } from '../../ui/TextArea';
import { CONTACT_MODE_CHOICES } from '../fields/choices';
import { AskForSupportMutation, MySupportQuery } from '../operations';
import { doneState, LoadProblem, Loading } from '../page-states';
import { SessionChoice } from './SessionChoice';
import '../seekers.css';

type Field = 'session' | 'contactModes' | 'notes' | 'agreeToShareWithVolunteer';
const IDS: Record<Field, string> = { session: 'session', contactModes: 'contactModes', notes: 'notes', agreeToShareWithVolunteer: 'agreeToShareWithVolunteer' };
const KINDS: Record<string, SupportKind> = { befriender: 'BEFRIENDING', companion: 'FIRST_SESSION_COMPANION' };

/** Asking for a befriender (/my-support/ask/befriender) or a companion (/my-support/ask/companion). */
export function AskRequestPage() {
  const { kind } = useParams();
  const { data, error, loading } = useQuery(MySupportQuery, { fetchPolicy: 'cache-and-network' });
  const supportKind = kind ? KINDS[kind] : undefined;
  if (!supportKind) return <NotFoundPage />;
  if (!data) return loading ? <Loading /> : <LoadProblem error={error} />;
  return <AskForm kind={supportKind} support={data.mySupport} />;
}

function AskForm({ kind, support }: { kind: SupportKind; support: MySupport['mySupport'] }) {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const companion = kind === 'FIRST_SESSION_COMPANION';
  const [session, setSession] = useState(params.get('session') ?? '');
  const [modes, setModes] = useState<ContactMode[]>(support.aboutMe.profile.contactModes);
  const [notes, setNotes] = useState('');
  const agreedBefore = support.consents.some((c) => c.purpose === 'SHARE_WITH_VOLUNTEER' && !c.withdrawnAt);
  const [agree, setAgree] = useState(false);
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [ask, { loading }] = useMutation(AskForSupportMutation, { refetchQueries: [{ query: MySupportQuery }], awaitRefetchQueries: true });
  const waitingAlready = !companion && support.requests.some((r) => r.kind === 'BEFRIENDING' && r.status !== 'CLOSED');
  const title = companion ? 'Ask for a companion for a first visit' : 'Ask for a befriender';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkFields<Field>({
      session: () => (companion && !session ? 'Choose the session you would like someone to go with you to' : null),
      contactModes: () => (modes.length === 0 ? 'Select at least one way you would like to keep in touch' : null),
      notes: () => null,
      agreeToShareWithVolunteer: () => (!agreedBefore && !agree ? 'Tick the box to agree that we can share these details with a volunteer' : null),
    });
    setProblems(found);
    if (hasProblems(found)) return;
    const [activityId, sessionStartsAt] = session.split('|');
    try {
      await ask({
        variables: {
          input: {
            kind,
            contactModes: modes,
            notes,
            ...(companion ? { activityId, sessionStartsAt } : {}),
            ...(agreedBefore ? {} : { agreeToShareWithVolunteer: agree }),
          },
        },
      });
      await navigate('/my-support', { state: doneState(companion ? 'You have asked for a companion.' : 'You have asked for a befriender.') });
    } catch (caught) {
      const mapped = problemsFromError(caught, Object.keys(IDS) as Field[]);
      // The server names the activity and session separately; both are one choice here.
      setProblems(mapped);
    }
  }

  if (waitingAlready) {
    return (
      <div className="narrow-column">
        <BackLink to="/my-support" />
        <PageHeading>You are already waiting for a befriender</PageHeading>
        <p>You can see your place in the queue on your Finding company page.</p>
      </div>
    );
  }

  return (
    <div className="narrow-column">
      <BackLink to="/my-support/ask" />
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <PageHeading hasErrors={hasProblems(problems)}>{title}</PageHeading>
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        {companion ? <SessionChoice schemeId={support.scheme.id} value={session} onChange={setSession} error={problems.fields.session} /> : null}
        <Checkboxes
          name="contactModes"
          legend={companion ? 'How should your companion get in touch to arrange meeting?' : 'How would you like to keep in touch with your befriender?'}
          hint="Select all that you would be happy with."
          options={CONTACT_MODE_CHOICES}
          values={modes}
          onChange={(values) => setModes(values as ContactMode[])}
          error={problems.fields.contactModes}
        />
        <TextArea
          id="notes"
          label="Is there anything else you would like us to know? (optional)"
          rows={4}
          maxLength={REQUEST_NOTES_MAX_LENGTH}
          value={notes}
          onChange={setNotes}
          error={problems.fields.notes}
        />
        {agreedBefore ? null : (
          <>
            <h2 className="heading-m">What a volunteer will see</h2>
            <p>
              When we suggest a volunteer, they see your first name, your area (like HX7), what you enjoy and the needs that matter
              for meeting. They see your address or phone number only after you have both said yes.
            </p>
            <SingleCheckbox
              id="agreeToShareWithVolunteer"
              label={OWN_CONSENT_WORDS.SHARE_WITH_VOLUNTEER}
              checked={agree}
              onChange={setAgree}
              error={problems.fields.agreeToShareWithVolunteer}
            />
          </>
        )}
        <Button pending={loading} pendingText="Sending…">
          Send my request
        </Button>
      </form>
    </div>
  );
}
