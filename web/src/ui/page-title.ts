import { useEffect } from 'react';

export const SERVICE_NAME = 'Kindred';

/** Sets the browser tab's title so each page is identified, as WCAG 2.4.2 asks. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`;
  }, [title, hasErrors]);
}
