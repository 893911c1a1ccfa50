import { Link } from 'react-router';
import { Notice } from '../../ui/Notice';

/**
 * What a paused match shows. The two people see only that it is paused and that someone will be in
 * touch, never why; staff are pointed at the concerns.
 */
export function MatchPausedNotice({ paused, staff }: { paused: boolean; staff: boolean }) {
  if (!paused) return null;
  return (
    <Notice title="Paused">
      {staff ? (
        <p>
          This match is paused for safeguarding. Neither of them can log contact or send messages until staff let it carry on. See{' '}
          <Link to="/concerns">safeguarding concerns</Link>.
        </p>
      ) : (
        <p>This match is paused for now. Your link worker will be in touch.</p>
      )}
    </Notice>
  );
}
