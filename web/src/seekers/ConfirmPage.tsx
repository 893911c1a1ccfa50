import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { BackLink } from '../ui/BackLink';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import type { FormProblems } from '../ui/form-problems';
import { hasProblems } from '../ui/form-problems';
import { PageHeading } from '../ui/PageHeading';

type ConfirmPageProps = {
  title: string;
  back: string;
  confirmText: string;
  cancelText: string;
  pending: boolean;
  problems: FormProblems<never>;
  onConfirm: () => void;
  children?: ReactNode;
};

/** "Are you sure?" before something a person may regret, with an equally easy way back. */
export function ConfirmPage({ title, back, confirmText, cancelText, pending, problems, onConfirm, children }: ConfirmPageProps) {
  return (
    <div className="narrow-column">
      <BackLink to={back} />
      <ErrorSummary problems={problems} fieldIds={{}} />
      <PageHeading hasErrors={hasProblems(problems)}>{title}</PageHeading>
      {children}
      <div className="button-group">
        <Button type="button" pending={pending} pendingText="Saving…" onClick={onConfirm}>
          {confirmText}
        </Button>
        <p>
          <Link to={back}>{cancelText}</Link>
        </p>
      </div>
    </div>
  );
}
