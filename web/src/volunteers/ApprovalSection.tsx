import type { VolunteerFieldsFragment } from '../gql/graphql';
import { Button } from '../ui/Button';
import { onDate } from './words';

/** Approval on a volunteer's staff page: who approved, what is still missing, or the button. */
type ApprovalProps = { volunteer: VolunteerFieldsFragment; own: boolean; onApprove: () => void; pending: boolean };

export function ApprovalSection({ volunteer, own, onApprove, pending }: ApprovalProps) {
  if (volunteer.approvedOn) return <p>Approved by {volunteer.approvedBy ?? 'staff'} on {onDate(volunteer.approvedOn)}.</p>;
  if (own) return <p>Another link worker approves your application.</p>;
  if (!volunteer.applicationSentOn) return <p>{volunteer.displayName} has not sent their application yet.</p>;
  if (volunteer.vetting.approvalNeeds.length > 0) {
    return (
      <>
        <p>You can approve {volunteer.displayName} once everything is done. Still needed:</p>
        <ul className="list list--bullet">
          {volunteer.vetting.approvalNeeds.map((need) => (
            <li key={need}>{need}</li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <>
      <p>References, DBS check and training are all done. Approving means {volunteer.displayName} can be offered people to support.</p>
      <Button type="button" pending={pending} pendingText="Approving…" onClick={onApprove}>
        Approve {volunteer.displayName}
      </Button>
    </>
  );
}
