import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { SERVICE_PROBLEM } from '../app/graphql-problems';
import { useSession } from '../app/session';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { ExportPersonDataMutation } from './operations';
import { dataFileName, saveFile } from './words';
import './data-rights.css';

/**
 * On a person's record, for their link workers and administrators: a copy of what the scheme holds
 * about them (recorded in the audit log), and for administrators, erasing it.
 */
export function PersonDataActions({ seekerId, schemeId, name }: { seekerId: string; schemeId: string; name: string }) {
  const session = useSession();
  const [exportData, { loading }] = useMutation(ExportPersonDataMutation);
  const [message, setMessage] = useState<{ tone: 'success' | 'important'; text: string } | null>(null);
  const isAdmin = session.state === 'signed-in' && session.viewer.memberships.some((m) => m.role === 'ADMIN' && m.scheme.id === schemeId);

  async function download() {
    if (loading) return;
    setMessage(null);
    const result = await exportData({ variables: { input: { seekerId } } }).catch(() => null);
    if (!result?.data) return setMessage({ tone: 'important', text: SERVICE_PROBLEM });
    const fileName = dataFileName(name);
    saveFile(fileName, result.data.exportPersonData);
    setMessage({ tone: 'success', text: `Their data has been downloaded as ${fileName}. Keep it safe, and delete it once you have given it to them.` });
  }

  return (
    <section aria-labelledby="their-data-heading">
      <h2 className="heading-m" id="their-data-heading">
        Their data
      </h2>
      <p>If they ask for a copy of their data, download it here and give it to them. Downloads are recorded.</p>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="button-group">
        <Button type="button" variant="secondary" pending={loading} pendingText="Preparing the file…" onClick={() => void download()}>
          Download their data
        </Button>
        {isAdmin ? (
          <Link to={`/seekers/${seekerId}/erase`} className="button button--warning">
            Erase their data
          </Link>
        ) : null}
      </div>
    </section>
  );
}
