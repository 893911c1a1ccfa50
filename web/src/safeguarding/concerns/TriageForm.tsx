import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { problemsFromError } from '../../app/graphql-problems';
import type { ConcernFieldsFragment, ConcernSeverity } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { SingleCheckbox } from '../../ui/Checkboxes';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { NO_PROBLEMS, type FormProblems } from '../../ui/form-problems';
import { Notice } from '../../ui/Notice';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextArea } from '../../ui/TextArea';
import { TriageConcernMutation } from './operations';
import { SEVERITY_OPTIONS, TRIAGE_TEXT_MAX } from './words';

type Field = 'severity' | 'actionsTaken' | 'outcome' | 'pauseMatch' | 'suspendVolunteer' | 'close';
const IDS: Record<Field, string> = {
  severity: 'severity',
  actionsTaken: 'actionsTaken',
  outcome: 'outcome',
  pauseMatch: 'pauseMatch',
  suspendVolunteer: 'suspendVolunteer',
  close: 'close',
};

const tooLong = (value: string, what: string) => ([...value.trim()].length > TRIAGE_TEXT_MAX ? `${what} must be ${TRIAGE_TEXT_MAX} characters or fewer` : null);

/**
 * How serious it is, what was done, the outcome; pause or suspend now; close. Choosing "Serious"
 * ticks the pause (and, for a volunteer, the suspension), as the server will do it anyway.
 */
export function TriageForm({ concern }: { concern: ConcernFieldsFragment }) {
  const [severity, setSeverity] = useState<ConcernSeverity | ''>(concern.severity ?? '');
  const [actionsTaken, setActionsTaken] = useState(concern.actionsTaken ?? '');
  const [outcome, setOutcome] = useState(concern.outcome ?? '');
  const [pauseMatch, setPauseMatch] = useState(false);
  const [suspendVolunteer, setSuspendVolunteer] = useState(false);
  const [close, setClose] = useState(false);
  const [problems, setProblems] = useState<FormProblems<Field>>(NO_PROBLEMS);
  const [saved, setSaved] = useState<string | null>(null);
  const [triage, { loading }] = useMutation(TriageConcernMutation);
  const livePauses = concern.matches.some((m) => !m.paused);
  const canSuspend = concern.volunteer !== null && !concern.volunteer.suspended;

  function chooseSeverity(value: string) {
    const chosen = value as ConcernSeverity;
    setSeverity(chosen);
    if (chosen === 'SERIOUS') {
      setPauseMatch(true);
      if (concern.subjectKind === 'VOLUNTEER') setSuspendVolunteer(true);
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setSaved(null);
    const fields: FormProblems<Field>['fields'] = {};
    if (!severity) fields.severity = 'Choose how serious the concern is';
    const actionsProblem = tooLong(actionsTaken, 'Actions taken');
    if (actionsProblem) fields.actionsTaken = actionsProblem;
    const outcomeProblem = tooLong(outcome, 'The outcome') ?? (close && !outcome.trim() ? 'Write the outcome before closing the concern' : null);
    if (outcomeProblem) fields.outcome = outcomeProblem;
    if (Object.keys(fields).length > 0 || !severity) {
      setProblems({ fields, general: [] });
      return;
    }
    try {
      await triage({
        variables: {
          concernId: concern.id,
          severity,
          actionsTaken: actionsTaken.trim() || null,
          outcome: outcome.trim() || null,
          close,
          pauseMatch: livePauses && pauseMatch,
          suspendVolunteer: canSuspend && suspendVolunteer,
        },
      });
      setProblems(NO_PROBLEMS);
      setSaved(close ? 'The concern is closed.' : 'Your triage is saved.');
      setPauseMatch(false);
      setSuspendVolunteer(false);
    } catch (caught) {
      setProblems(problemsFromError(caught, ['severity', 'actionsTaken', 'outcome', 'pauseMatch', 'suspendVolunteer', 'close'], { notFound: 'This concern could not be found.' }));
    }
  }

  return (
    <>
      <h2 className="heading-m">Triage</h2>
      {saved ? <Notice tone="success">{saved}</Notice> : null}
      <ErrorSummary problems={problems} fieldIds={IDS} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)}>
        <RadioGroup name="severity" legend="How serious is it?" options={SEVERITY_OPTIONS} value={severity} onChange={chooseSeverity} error={problems.fields.severity} />
        <TextArea
          id="actionsTaken"
          label="Actions taken"
          hint="For example, who you spoke to and what you arranged."
          rows={4}
          maxLength={TRIAGE_TEXT_MAX}
          value={actionsTaken}
          onChange={setActionsTaken}
          error={problems.fields.actionsTaken}
        />
        <TextArea id="outcome" label="Outcome" rows={3} maxLength={TRIAGE_TEXT_MAX} value={outcome} onChange={setOutcome} error={problems.fields.outcome} />
        {livePauses ? (
          <SingleCheckbox
            id="pauseMatch"
            label="Pause the match now"
            hint="Both people are told only that the match is paused and that their link worker will be in touch."
            checked={pauseMatch}
            onChange={setPauseMatch}
            error={problems.fields.pauseMatch}
          />
        ) : null}
        {canSuspend && concern.volunteer ? (
          <SingleCheckbox
            id="suspendVolunteer"
            label={`Suspend ${concern.volunteer.name} from volunteering now`}
            hint="They are told only that their volunteering is paused while staff look into something. Their matches pause too."
            checked={suspendVolunteer}
            onChange={setSuspendVolunteer}
            error={problems.fields.suspendVolunteer}
          />
        ) : null}
        <SingleCheckbox id="close" label="Close the concern" hint="Write the outcome first. A closed concern cannot be changed." checked={close} onChange={setClose} error={problems.fields.close} />
        <Button pending={loading} pendingText="Saving…">
          Save triage
        </Button>
      </form>
    </>
  );
}
