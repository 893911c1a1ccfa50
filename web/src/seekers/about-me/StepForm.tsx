import type { FormEvent, ReactNode } from 'react';
import { BackLink } from '../../ui/BackLink';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import type { FormProblems } from '../../ui/form-problems';

type StepFormProps<Field extends string> = {
  back: string;
  problems: FormProblems<Field>;
  fieldIds: Record<Field, string>;
  onSubmit: () => void;
  saving: boolean;
  /** The last question, or a change from the summary: the button saves rather than continues. */
  finishing: boolean;
  children: ReactNode;
};

/** The frame of one "about me" question: back link, error summary, the question, and one button. */
export function StepForm<Field extends string>({ back, problems, fieldIds, onSubmit, saving, finishing, children }: StepFormProps<Field>) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <div className="narrow-column">
      <BackLink to={back} />
      <ErrorSummary problems={problems} fieldIds={fieldIds} />
      <form noValidate onSubmit={handleSubmit}>
        {children}
        <Button pending={saving} pendingText="Saving…">
          {finishing ? 'Save' : 'Save and continue'}
        </Button>
      </form>
    </div>
  );
}
