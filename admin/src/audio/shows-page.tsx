/**
 * `/admin/audio` (editors and admins): the podcast shows of the editions one
 * works in, each linking to its episodes, and a form for a new show.
 */
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { Link, navigate } from '../lib/router.js';
import { useTitle } from '../lib/use-title.js';
import { useReference } from '../session/reference-context.js';
import { audioApi, type AdminShow } from './audio-api.js';
import { EMPTY_SHOW, ShowForm } from './show-form.js';
import './audio.css';

export function ShowsPage() {
  useTitle('Audio');
  const reference = useReference();
  const [shows, setShows] = useState<AdminShow[] | null>(null);
  const [edition, setEdition] = useState(reference.editions[0]?.code ?? '');
  const [draft, setDraft] = useState(EMPTY_SHOW);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    audioApi.listShows(controller.signal).then((r) => setShows(r.items), (e: unknown) => (e as Error).name !== 'AbortError' && setError(errorMessage(e)));
    return () => controller.abort();
  }, []);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const show = await audioApi.createShow(edition, draft);
      navigate(`/admin/audio/shows/${show.id}`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page audio-admin">
      <div className="page__header">
        <h1>Audio</h1>
      </div>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <StatusLine>{shows === null ? 'Loading shows…' : ''}</StatusLine>
      <h2>Podcast shows</h2>
      {shows && shows.length === 0 && <p className="hint">No shows yet.</p>}
      <ul className="audio-show-list">
        {shows?.map((show) => (
          <li key={show.id}>
            <Link to={`/admin/audio/shows/${show.id}`}>{show.title}</Link>{' '}
            <span className="hint">({show.editionCode}, {show.category.replace('/', ' › ')})</span>{' '}
            <a href={show.feedUrl} target="_blank" rel="noreferrer">Feed</a>
          </li>
        ))}
      </ul>
      <h2>New show</h2>
      <div className="field">
        <label htmlFor="new-show-edition">Edition</label>
        <select id="new-show-edition" value={edition} onChange={(e) => setEdition(e.currentTarget.value)}>
          {reference.editions.map((e) => <option key={e.code} value={e.code}>{e.name}</option>)}
        </select>
      </div>
      <ShowForm idPrefix="new-show" value={draft} onChange={setDraft} onSubmit={() => void create()} busy={busy} submitLabel="Create show" />
    </section>
  );
}
