/**
 * `/admin/audio/shows/:id` (editors and admins of the show's edition): the
 * show's fields, its episodes (drafts included) and one form that creates an
 * episode or edits the one picked in the list. The audio file is uploaded as
 * it is; the server reads its type (MP3 or M4A) and duration from the bytes
 * and names what is wrong when it refuses it.
 */
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { Link } from '../lib/router.js';
import { useTitle } from '../lib/use-title.js';
import { audioApi, type AdminEpisode, type AdminShow, type EpisodeFields, type ShowFields } from './audio-api.js';
import { ShowForm } from './show-form.js';
import './audio.css';

const EMPTY_EPISODE: EpisodeFields = { title: '', description: '', transcript: '' };
const minutes = (seconds: number | null) => (seconds === null ? '–' : `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`);

export function ShowPage({ showId }: { showId: number }) {
  const [show, setShow] = useState<(AdminShow & { episodes: AdminEpisode[] }) | null>(null);
  const [fields, setFields] = useState<ShowFields | null>(null);
  const [episodeId, setEpisodeId] = useState<number | null>(null);
  const [episode, setEpisode] = useState<EpisodeFields>(EMPTY_EPISODE);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);
  useTitle(show ? `${show.title} · Audio` : 'Audio');

  useEffect(() => {
    const controller = new AbortController();
    audioApi.getShow(showId, controller.signal).then((s) => {
      setShow(s);
      if (reload === 0) setFields({ title: s.title, description: s.description, category: s.category, explicit: s.explicit, author: s.author, ownerName: s.ownerName, ownerEmail: s.ownerEmail, artworkImageId: s.artworkImageId });
    }, (e: unknown) => (e as Error).name !== 'AbortError' && setError(errorMessage(e)));
    return () => controller.abort();
  }, [showId, reload]);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      await work();
      setStatus(done);
      setReload((n) => n + 1);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const saveEpisode = async () => {
    const saved = await run(async () => {
      const stored = episodeId === null ? await audioApi.createEpisode(showId, episode) : await audioApi.updateEpisode(episodeId, episode);
      if (file) await audioApi.uploadAudio(stored.id, file);
    }, episodeId === null ? `Created “${episode.title}”.` : `Saved “${episode.title}”.`);
    if (saved) {
      setEpisodeId(null);
      setEpisode(EMPTY_EPISODE);
      setFile(null);
    }
  };

  const pick = (e: AdminEpisode) => {
    setEpisodeId(e.id);
    setEpisode({ title: e.title, description: e.description, transcript: e.transcript });
    setFile(null);
  };

  if (!show || !fields) return <section className="page"><ErrorAlert message={error} /><StatusLine>{error ? '' : 'Loading…'}</StatusLine></section>;
  return (
    <section className="page audio-admin">
      <div className="page__header">
        <h1>{show.title}</h1>
        <Link to="/admin/audio">All shows</Link>
      </div>
      <p className="hint">
        <a href={show.url} target="_blank" rel="noreferrer">Public page</a> · <a href={show.feedUrl} target="_blank" rel="noreferrer">Podcast feed</a> · edition {show.editionCode}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <StatusLine testId="audio-status">{status}</StatusLine>
      <h2>Episodes</h2>
      {show.episodes.length === 0 ? <p className="hint">No episodes yet.</p> : (
        <table className="audio-episodes">
          <thead><tr><th scope="col">Title</th><th scope="col">Status</th><th scope="col">Duration</th><th scope="col">Actions</th></tr></thead>
          <tbody>
            {show.episodes.map((e) => (
              <tr key={e.id}>
                <td>{e.status === 'published' ? <a href={e.url} target="_blank" rel="noreferrer">{e.title}</a> : e.title}</td>
                <td>{e.status === 'published' ? 'Published' : e.audio ? 'Draft' : 'Draft, no audio'}</td>
                <td>{minutes(e.durationSeconds)}</td>
                <td>
                  <button type="button" className="button button--small" onClick={() => pick(e)}>Edit</button>{' '}
                  <button type="button" className="button button--small" disabled={busy} onClick={() => void run(() => audioApi.publish(e.id, e.status !== 'published'), e.status === 'published' ? `Unpublished “${e.title}”.` : `Published “${e.title}”.`)}>
                    {e.status === 'published' ? 'Unpublish' : 'Publish'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{episodeId === null ? 'New episode' : `Edit “${episode.title}”`}</h2>
      <form className="audio-form" onSubmit={(event) => { event.preventDefault(); void saveEpisode(); }}>
        <div className="field">
          <label htmlFor="episode-title">Title</label>
          <input id="episode-title" required maxLength={200} value={episode.title} onInput={(e) => setEpisode({ ...episode, title: e.currentTarget.value })} />
        </div>
        <div className="field">
          <label htmlFor="episode-description">Description</label>
          <textarea id="episode-description" rows={3} maxLength={4000} value={episode.description} onInput={(e) => setEpisode({ ...episode, description: e.currentTarget.value })} />
        </div>
        <div className="field">
          <label htmlFor="episode-audio">Audio file (MP3 or M4A)</label>
          <input id="episode-audio" type="file" accept="audio/mpeg,audio/mp4,.mp3,.m4a" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </div>
        <div className="field">
          <label htmlFor="episode-transcript">Transcript (blank lines separate paragraphs)</label>
          <textarea id="episode-transcript" rows={8} maxLength={200000} value={episode.transcript} onInput={(e) => setEpisode({ ...episode, transcript: e.currentTarget.value })} />
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>{episodeId === null ? 'Create episode' : 'Save episode'}</button>
        {episodeId !== null && <button type="button" className="button" onClick={() => { setEpisodeId(null); setEpisode(EMPTY_EPISODE); }}>Cancel</button>}
      </form>
      <h2>Show details</h2>
      <ShowForm idPrefix="show" value={fields} onChange={setFields} busy={busy} submitLabel="Save show"
        onSubmit={() => void run(() => audioApi.updateShow(showId, fields), 'Show saved.')} />
    </section>
  );
}
