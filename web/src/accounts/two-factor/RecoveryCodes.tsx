import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { PageHeading } from '../../ui/PageHeading';
import './two-factor.css';

/** The recovery codes, shown this once, until the person says they have kept them. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const navigate = useNavigate();
  return (
    <div className="narrow-column">
      <PageHeading view="recovery-codes">Save your recovery codes</PageHeading>
      <p>Two-factor sign-in is now on.</p>
      <p>
        If you lose your phone, you can sign in with one of these codes instead of a code from the app. Each code works
        once. This is the only time Kindred shows them.
      </p>
      <p>Keep them somewhere safe, such as a password manager or printed out and locked away.</p>
      <h2 className="heading-m">Your recovery codes</h2>
      <ul className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <Button type="button" onClick={() => void navigate('/')}>
        I have saved these
      </Button>
    </div>
  );
}
