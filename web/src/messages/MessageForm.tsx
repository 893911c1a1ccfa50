import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { problemsFromError } from '../app/graphql-problems';
import { Button } from '../ui/Button';
import { NO_PROBLEMS, type FormProblems } from '../ui/form-problems';
import { TextArea } from '../ui/TextArea';
import { SendMessageMutation } from './operations';
import { rememberMessage } from './use-live-thread';

const MAX_CHARACTERS = 2000;
const FIELD_ID = 'message-body';

function bodyProblem(body: string): string | null {
  const trimmed = body.trim();
  if (!trimmed) return 'Write a message before sending it';
  if ([...trimmed].length > MAX_CHARACTERS) return 'Keep your message to 2,000 characters or fewer';
  return null;
}

/** Writing to the other person: a text box with a character count, and Send. Focus stays in the box. */
export function MessageForm({ matchId, to, onSent }: { matchId: string; to: string | null; onSent: (text: string) => void }) {
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<FormProblems<'body'>>(NO_PROBLEMS);
  const form = useRef<HTMLFormElement>(null);
  const client = useApolloClient();
  const [send, { loading: sending }] = useMutation(SendMessageMutation, {
    update: (cache, { data }) => {
      if (data) rememberMessage(cache, matchId, data.sendMessage);
    },
  });

  const focusBox = () => form.current?.querySelector<HTMLTextAreaElement>(`#${FIELD_ID}`)?.focus();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    const problem = bodyProblem(body);
    if (problem) {
      setProblems({ fields: { body: problem }, general: [] });
      focusBox();
      return;
    }
    try {
      await send({ variables: { matchId, body } });
      setBody('');
      setProblems(NO_PROBLEMS);
      onSent('Your message was sent.');
    } catch (caught) {
      setProblems(problemsFromError(caught, ['body'], { notFound: 'You cannot send messages in this match.' }));
      focusBox();
      // A pause or an ending may have landed meanwhile: ask again, so the box gives way to the reason.
      void client.refetchQueries({ include: ['CanSendMessages'] });
    }
  }

  return (
    <form ref={form} noValidate onSubmit={(event) => void handleSubmit(event)} className="message-form">
      {problems.general.length > 0 ? (
        <div role="alert" className="message-form__problem">
          {problems.general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      ) : null}
      <TextArea
        id={FIELD_ID}
        label={to ? `Write a message to ${to}` : 'Write a message'}
        hint="Do not share your phone number, email or address. Your link worker can help if you want to."
        rows={4}
        maxLength={MAX_CHARACTERS}
        value={body}
        onChange={setBody}
        error={problems.fields.body}
      />
      <Button pending={sending} pendingText="Sending…">
        Send
      </Button>
    </form>
  );
}
