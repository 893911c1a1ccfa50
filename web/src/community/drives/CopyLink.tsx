import { useState } from 'react';
import { Button } from '../../ui/Button';

/**
 * The link as text anyone can select, and a button that copies it. What happened is said politely
 * to screen readers, and shown, without moving focus.
 */
export function CopyLink({ link, label }: { link: string; label: string }) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setSaid('Link copied. You can now paste it into an email, a post or a poster.');
    } catch {
      setSaid('The link could not be copied here. Select the link above and copy it yourself.');
    }
  };
  return (
    <>
      <p className="drive-link" id="drive-link" aria-label={label}>
        {link}
      </p>
      <Button type="button" variant="secondary" onClick={() => void copy()} aria-describedby="drive-link">
        Copy link
      </Button>
      <p role="status" aria-live="polite">
        {said}
      </p>
    </>
  );
}
