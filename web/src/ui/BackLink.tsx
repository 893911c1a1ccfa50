import { Link } from 'react-router';

/** GOV.UK back link, above the page heading, to the page the person came from in a journey. */
export function BackLink({ to, children = 'Back' }: { to: string; children?: string }) {
  return (
    <Link to={to} className="back-link">
      {children}
    </Link>
  );
}
