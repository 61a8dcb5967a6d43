/** Sets the document title for the current page (every page has a distinct title, WCAG 2.4.2). */
import { useEffect } from 'react';

export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Herald`;
  }, [title]);
}
