import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { usePageTitle } from './page-title';

// The first page a person lands on keeps the browser's own focus (no autofocus on load); after that,
// each new page, or view that replaces the page, moves focus to its heading once, so that screen
// readers announce it and keyboard users start from the top.
let lastShownView: string | null = null;

type PageHeadingProps = {
  children: string;
  /** Marks the tab title with "Error:" while a form on the page shows problems. */
  hasErrors?: boolean;
  /** Names a view within the same address (such as a confirmation), so it gets focus when it appears. */
  view?: string;
};

export function PageHeading({ children, hasErrors = false, view = '' }: PageHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();
  usePageTitle(children, hasErrors);

  useEffect(() => {
    const thisView = view === '' ? key : `${key}:${view}`;
    if (thisView === lastShownView) return;
    const isFirstView = lastShownView === null;
    lastShownView = thisView;
    if (isFirstView) return;
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [key, view]);

  return (
    <h1 className="page-heading" ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
