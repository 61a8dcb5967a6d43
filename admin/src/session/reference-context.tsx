/** The form's reference data (editions, sections, topics, authors, agencies), loaded once after sign-in. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ReferenceData } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { ErrorAlert } from '../lib/alerts.js';

const ReferenceContext = createContext<ReferenceData | null>(null);

export function ReferenceProvider({ children }: { children: ReactNode }) {
  const [reference, setReference] = useState<ReferenceData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    api.reference().then(setReference, (e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(load, [load]);
  if (!reference)
    return (
      <div className="page-loading">
        <ErrorAlert message={error} />
        {error ? (
          <button type="button" className="button" onClick={load}>
            Try again
          </button>
        ) : (
          <p aria-busy="true">Loading the newsroom…</p>
        )}
      </div>
    );
  return <ReferenceContext.Provider value={reference}>{children}</ReferenceContext.Provider>;
}

export function useReference(): ReferenceData {
  const reference = useContext(ReferenceContext);
  if (!reference) throw new Error('useReference outside ReferenceProvider');
  return reference;
}

export function sectionName(reference: ReferenceData, id: number | null): string {
  return reference.sections.find((s) => s.id === id)?.name ?? (id === null ? '' : `Section ${id}`);
}
