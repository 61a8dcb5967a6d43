/**
 * `/admin/articles/:id/live` (editors; reporters read): the live coverage of
 * one article. Open or close it, keep its key points, write entries (newest
 * first), edit, delete and pin one above the others. Each change is public at
 * once: readers with the page open see "1 new update" within seconds.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { LiveCoverageDto, LiveEntryDto } from '../../../src/api/admin/live-contract.js';
import { MAX_KEY_POINTS } from '../../../src/domain/live-coverage.js';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { Link } from '../lib/router.js';
import { formatDateTime } from '../lib/time.js';
import { useTitle } from '../lib/use-title.js';
import { useUser } from '../session/session-context.js';
import { blocksToText, isPlainTextEntry, liveApi, textToParagraphs } from './live-api.js';
import './live.css';

function EntryItem({ entry, canEdit, onEdit, onDelete, onPin }: {
  entry: LiveEntryDto; canEdit: boolean; onEdit: (text: string) => Promise<void>; onDelete: () => void; onPin: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(blocksToText(entry.body));
  const save = async (event: FormEvent) => {
    event.preventDefault();
    await onEdit(text);
    setEditing(false);
  };
  return (
    <li className={entry.pinned ? 'live-admin__entry live-admin__entry--pinned' : 'live-admin__entry'} data-testid="live-entry">
      <p className="small muted">
        {entry.pinned && <strong>Pinned · </strong>}
        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
        {entry.authorInitials && ` · ${entry.authorInitials}`}
        {entry.updatedAt !== entry.createdAt && ` · edited ${formatDateTime(entry.updatedAt)}`}
        {' · '}<a href={entry.permalink} target="_blank" rel="noreferrer">permalink</a>
      </p>
      {editing ? (
        <form onSubmit={(e) => void save(e)}>
          <label className="visually-hidden" htmlFor={`live-edit-${entry.id}`}>Text of the entry</label>
          <textarea id={`live-edit-${entry.id}`} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="row">
            <button type="submit" className="button button--primary button--small">Save entry</button>
            <button type="button" className="button button--small" onClick={() => setEditing(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <div className="live-admin__text">
          {blocksToText(entry.body).split('\n\n').map((p, i) => <p key={i}>{p}</p>)}
          {entry.imageId !== null && <p className="small muted">Picture #{entry.imageId}</p>}
        </div>
      )}
      {canEdit && !editing && (
        <div className="row">
          {isPlainTextEntry(entry.body) && <button type="button" className="button button--small" onClick={() => setEditing(true)}>Edit</button>}
          <button type="button" className="button button--small" onClick={onPin}>{entry.pinned ? 'Unpin' : 'Pin to top'}</button>
          <button type="button" className="button button--small button--danger" onClick={onDelete}>Delete</button>
        </div>
      )}
    </li>
  );
}

export function LiveCoveragePage({ articleId }: { articleId: number }) {
  useTitle(`Live coverage · #${articleId}`);
  const user = useUser();
  const canEdit = user.role !== 'reporter';
  const [data, setData] = useState<LiveCoverageDto | null>(null);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [draft, setDraft] = useState('');
  const [imageId, setImageId] = useState('');
  const [pinNew, setPinNew] = useState(false);
  const [keyPoints, setKeyPoints] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (signal?: AbortSignal) => {
    const result = await liveApi.get(articleId, page, signal);
    setData(result);
    setKeyPoints(result.coverage?.keyPoints.join('\n') ?? '');
  }, [articleId, page]);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).catch((e: unknown) => (e as Error).name !== 'AbortError' && setError(errorMessage(e)));
    return () => controller.abort();
  }, [load]);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      await work();
      await load();
      setStatus(done);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const addEntry = (event: FormEvent) => {
    event.preventDefault();
    const picture = imageId.trim() === '' ? null : Number(imageId);
    void run(async () => {
      await liveApi.add(articleId, textToParagraphs(draft), picture, pinNew);
      setDraft('');
      setImageId('');
      setPinNew(false);
    }, 'Entry published. Readers with the page open are told at once.');
  };

  const coverage = data?.coverage ?? null;
  return (
    <section className="page live-admin">
      <p className="small"><Link to={`/admin/articles/${articleId}`}>← Back to the article</Link></p>
      <div className="page__header">
        <h1>Live coverage</h1>
        {coverage && <span className={`badge live-admin__state live-admin__state--${coverage.state}`}>{coverage.state === 'open' ? 'Live' : 'Closed'}</span>}
      </div>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <StatusLine testId="live-status">{status}</StatusLine>
      {!data ? (
        !error && <p aria-busy="true">Loading…</p>
      ) : (
        <>
          {canEdit && (
            <div className="row">
              {coverage?.state !== 'open' ? (
                <button type="button" className="button button--primary" disabled={busy}
                  onClick={() => void run(() => liveApi.setState(articleId, 'open'), coverage ? 'Coverage reopened.' : 'This article is now a live page.')}>
                  {coverage ? 'Reopen live coverage' : 'Start live coverage'}
                </button>
              ) : (
                <button type="button" className="button" disabled={busy}
                  onClick={() => void run(() => liveApi.setState(articleId, 'closed'), 'Coverage closed; the entries stay on the page.')}>
                  Close live coverage
                </button>
              )}
            </div>
          )}
          {!coverage && <p className="hint">This is an ordinary article. Start live coverage to add timestamped entries under its text.</p>}
          {coverage && (
            <div className="live-admin__columns">
              <div>
                {canEdit && coverage.state === 'open' && (
                  <form className="live-admin__composer" onSubmit={addEntry}>
                    <h2>New entry</h2>
                    <label htmlFor="live-draft">Text (a blank line starts a new paragraph)</label>
                    <textarea id="live-draft" rows={5} required value={draft} onChange={(e) => setDraft(e.target.value)} />
                    <div className="row">
                      <div className="field">
                        <label htmlFor="live-image">Picture number (optional, from the media library)</label>
                        <input id="live-image" inputMode="numeric" pattern="[0-9]*" value={imageId} onChange={(e) => setImageId(e.target.value)} />
                      </div>
                      <label className="checkbox"><input type="checkbox" checked={pinNew} onChange={(e) => setPinNew(e.target.checked)} /> Pin to top</label>
                    </div>
                    <button type="submit" className="button button--primary" disabled={busy || draft.trim() === ''}>Publish entry</button>
                  </form>
                )}
                <h2>Entries ({data.total + (data.pinned ? 1 : 0)})</h2>
                <ol className="live-admin__entries">
                  {[...(data.pinned && page === 1 ? [data.pinned] : []), ...data.entries].map((entry) => (
                    <EntryItem key={`${entry.id}-${entry.updatedAt}`} entry={entry} canEdit={canEdit}
                      onEdit={(text) => run(() => liveApi.edit(articleId, entry.id, textToParagraphs(text), entry.imageId), 'Entry saved.')}
                      onDelete={() => window.confirm('Delete this entry for good?') && void run(() => liveApi.remove(articleId, entry.id), 'Entry deleted.')}
                      onPin={() => void run(() => liveApi.pin(articleId, entry.pinned ? null : entry.id), entry.pinned ? 'Unpinned.' : 'Pinned to the top.')} />
                  ))}
                </ol>
                {data.pages > 1 && (
                  <div className="row">
                    <button type="button" className="button button--small" disabled={page <= 1} onClick={() => setPage(page - 1)}>Newer</button>
                    <span className="small">Page {page} of {data.pages}</span>
                    <button type="button" className="button button--small" disabled={page >= data.pages} onClick={() => setPage(page + 1)}>Older</button>
                  </div>
                )}
              </div>
              <form className="live-admin__key-points" onSubmit={(e) => {
                e.preventDefault();
                void run(() => liveApi.setKeyPoints(articleId, keyPoints.split('\n').filter((line) => line.trim() !== '')), 'Key points saved.');
              }}>
                <h2>Key points</h2>
                <label htmlFor="live-key-points">One per line, at most {MAX_KEY_POINTS}</label>
                <textarea id="live-key-points" rows={6} value={keyPoints} readOnly={!canEdit} onChange={(e) => setKeyPoints(e.target.value)} />
                {canEdit && <button type="submit" className="button" disabled={busy}>Save key points</button>}
              </form>
            </div>
          )}
        </>
      )}
    </section>
  );
}
