/** The article's revisions, labelled by what happened (with review notes): pick two to see what changed, or restore an earlier one. */
import { useEffect, useId, useState } from 'react';
import type { RevisionDiff, RevisionSummary } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { ErrorAlert } from '../lib/alerts.js';
import { formatDateTime } from '../lib/time.js';
import { RevisionDiffView } from './revision-diff.js';

/** Kinds whose summary says more than their label: which fields changed, which revision came back, when it goes out. */
const SUMMARY_ADDS: Partial<Record<RevisionSummary['kind'], true>> = { saved: true, updated: true, minor_fix: true, corrected: true, restored: true, scheduled: true };

export function HistoryPanel({ articleId, revision, onRestore }: { articleId: number; revision: number; onRestore: (rev: number) => Promise<boolean> }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [diff, setDiff] = useState<RevisionDiff | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    api.revisions(articleId).then(
      (list) => {
        if (!live) return;
        const sorted = [...list].sort((a, b) => b.revision - a.revision);
        setRevisions(sorted);
        setTo((t) => t ?? sorted[0]?.revision ?? null);
        setFrom((f) => f ?? sorted[1]?.revision ?? null);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [open, articleId, revision]);

  const compare = async () => {
    if (from === null || to === null) return;
    setError(null);
    try {
      setDiff(await api.diff(articleId, Math.min(from, to), Math.max(from, to)));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <details className="history panel" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="history-panel">
      <summary>History</summary>
      <ErrorAlert message={error} />
      {revisions === null ? (
        open && <p aria-busy="true">Loading revisions…</p>
      ) : (
        <>
          <table className="table table--compact">
            <caption className="visually-hidden">Revisions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Revision</th>
                <th scope="col">Who and when</th>
                <th scope="col">What</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.revision} data-testid="revision-row">
                  <td><input type="radio" name={`${id}-from`} aria-label={`Compare from revision ${r.revision}`} checked={from === r.revision} onChange={() => setFrom(r.revision)} /></td>
                  <td><input type="radio" name={`${id}-to`} aria-label={`Compare to revision ${r.revision}`} checked={to === r.revision} onChange={() => setTo(r.revision)} /></td>
                  <td>{r.revision}{r.revision === revision && <span className="muted small"> (current)</span>}</td>
                  <td>{r.userName ?? 'System'}, {formatDateTime(r.createdAt)}</td>
                  <td>
                    <span className={`revision-kind revision-kind--${r.kind}`} data-testid="revision-label">{r.label}</span>
                    {SUMMARY_ADDS[r.kind] && <span className="small"> · {r.summary}</span>}
                    {r.note && <q className="revision-note small" data-testid="revision-note">{r.note}</q>}
                  </td>
                  <td>
                    {r.revision !== revision &&
                      (confirming === r.revision ? (
                        <span className="row">
                          <button type="button" className="button button--small button--danger" data-testid="restore-confirm"
                            onClick={() => void onRestore(r.revision).then((ok) => ok && setConfirming(null))}>
                            Restore revision {r.revision}
                          </button>
                          <button type="button" className="button button--small button--quiet" onClick={() => setConfirming(null)}>Cancel</button>
                        </span>
                      ) : (
                        <button type="button" className="button button--small" data-testid="restore-revision" onClick={() => setConfirming(r.revision)}>
                          Restore…
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button" data-testid="compare-revisions" disabled={from === null || to === null || from === to} onClick={() => void compare()}>
            Show changes
          </button>
          {diff && <RevisionDiffView diff={diff} />}
        </>
      )}
    </details>
  );
}
