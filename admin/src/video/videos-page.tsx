/**
 * `/admin/video` (reporters and up): the videos of the editions one works in,
 * a form for a new one, and for the chosen video its fields (poster from the
 * media library), file and captions uploads, and publish/schedule/unpublish
 * (the server refuses what the role may not do, with a message to show).
 */
import { useEffect, useId, useState } from 'react';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { useTitle } from '../lib/use-title.js';
import { ImagePickerDialog } from '../media/image-picker-dialog.js';
import { useReference } from '../session/reference-context.js';
import { videoApi, type AdminVideo, type VideoFields } from './video-api.js';
import './video.css';

const emptyFields = (sectionId: number): VideoFields => ({ title: '', teaser: '', sectionId, posterImageId: null, posterCaption: '', hlsUrl: null });

function VideoForm({ editionCode, value, onChange }: { editionCode: string; value: VideoFields; onChange: (next: VideoFields) => void }) {
  const reference = useReference();
  const id = useId();
  const [picking, setPicking] = useState(false);
  const set = (changes: Partial<VideoFields>) => onChange({ ...value, ...changes });
  return (
    <div className="video-form">
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={value.title} maxLength={200} onChange={(e) => set({ title: e.currentTarget.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-teaser`}>Teaser</label>
        <textarea id={`${id}-teaser`} value={value.teaser} maxLength={1000} rows={2} onChange={(e) => set({ teaser: e.currentTarget.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-section`}>Section</label>
        <select id={`${id}-section`} value={value.sectionId} onChange={(e) => set({ sectionId: Number(e.currentTarget.value) })}>
          {reference.sections.filter((s) => s.editionCode === editionCode).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <div className="field">
        <span>Poster</span>{' '}
        <span className="hint">{value.posterImageId ? `Image ${value.posterImageId}` : 'None'}</span>{' '}
        <button type="button" className="button button--small" onClick={() => setPicking(true)}>Choose poster…</button>
        {value.posterImageId !== null && (
          <button type="button" className="button button--small button--quiet" onClick={() => set({ posterImageId: null })}>Remove</button>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-poster-caption`}>Poster caption (blank: the image's own)</label>
        <input id={`${id}-poster-caption`} value={value.posterCaption} maxLength={1000} onChange={(e) => set({ posterCaption: e.currentTarget.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-hls`}>HLS address (https://….m3u8; leave blank for an uploaded file)</label>
        <input id={`${id}-hls`} type="url" value={value.hlsUrl ?? ''} maxLength={2000} onChange={(e) => set({ hlsUrl: e.currentTarget.value.trim() || null })} />
      </div>
      <ImagePickerDialog open={picking} title="Choose a poster" onClose={() => setPicking(false)}
        onPick={(image) => { set({ posterImageId: image.id, ...(value.posterCaption ? {} : { posterCaption: image.caption }) }); setPicking(false); }} />
    </div>
  );
}

function VideoPanel({ video, onSaved }: { video: AdminVideo; onSaved: (video: AdminVideo) => void }) {
  const [fields, setFields] = useState<VideoFields>({
    title: video.title, teaser: video.teaser, sectionId: video.sectionId, posterImageId: video.posterImageId,
    posterCaption: video.posterCaption, hlsUrl: video.source?.hlsUrl ?? null,
  });
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [captionLang, setCaptionLang] = useState(video.editionCode);
  const [captionLabel, setCaptionLabel] = useState('');
  const [publishAt, setPublishAt] = useState('');
  const id = useId();
  const run = async (label: string, action: () => Promise<AdminVideo>) => {
    setError(null);
    setStatus(`${label}…`);
    try {
      onSaved(await action());
      setStatus(`${label}: done.`);
    } catch (e) {
      setError(errorMessage(e));
      setStatus('');
    }
  };
  return (
    <section className="video-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{video.title}</h2>
      <p className="hint">
        {video.status}{video.publishedAt ? ` · ${video.publishedAt}` : ''} · {video.durationSeconds ? `${Math.round(video.durationSeconds)} s` : 'duration unknown'} ·{' '}
        <a href={video.url} target="_blank" rel="noreferrer">Public page</a> · short link {video.shortUrl}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <StatusLine>{status}</StatusLine>
      <VideoForm editionCode={video.editionCode} value={fields} onChange={setFields} />
      <button type="button" className="button" onClick={() => void run('Saving', () => videoApi.update(video.id, fields))}>Save</button>
      <h3>Video file</h3>
      <p className="hint">{video.fileUrl ? `Current: ${video.fileUrl}` : 'No file yet.'} MP4 or WebM; the type is read from the file.</p>
      <input type="file" aria-label="Upload a video file" accept="video/mp4,video/webm"
        onChange={(e) => { const file = e.currentTarget.files?.[0]; if (file) void run('Uploading', () => videoApi.uploadFile(video.id, file)); }} />
      <h3>Captions</h3>
      <ul>{video.captions.map((c) => <li key={c.lang}>{c.label} ({c.lang}) <a href={c.url}>WebVTT</a></li>)}</ul>
      <div className="field field--row">
        <label htmlFor={`${id}-cap-lang`}>Language code</label>
        <input id={`${id}-cap-lang`} value={captionLang} maxLength={20} size={6} onChange={(e) => setCaptionLang(e.currentTarget.value)} />
        <label htmlFor={`${id}-cap-label`}>Label</label>
        <input id={`${id}-cap-label`} value={captionLabel} maxLength={60} onChange={(e) => setCaptionLabel(e.currentTarget.value)} />
        <input type="file" aria-label="Upload a WebVTT captions file" accept=".vtt,text/vtt"
          onChange={(e) => { const file = e.currentTarget.files?.[0]; if (file) void run('Uploading captions', () => videoApi.uploadCaptions(video.id, captionLang, captionLabel || captionLang, file)); }} />
      </div>
      <h3>Publication</h3>
      <div className="field field--row">
        <label htmlFor={`${id}-publish-at`}>Publish at (blank: now)</label>
        <input id={`${id}-publish-at`} type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.currentTarget.value)} />
        <button type="button" className="button" onClick={() => void run('Publishing', () => videoApi.publish(video.id, true, publishAt ? new Date(publishAt).toISOString() : undefined))}>
          {publishAt ? 'Schedule' : 'Publish'}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void run('Unpublishing', () => videoApi.publish(video.id, false))}>Unpublish</button>
      </div>
    </section>
  );
}

export function VideosPage() {
  useTitle('Video');
  const reference = useReference();
  const [videos, setVideos] = useState<AdminVideo[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [edition, setEdition] = useState(reference.editions[0]?.code ?? '');
  const firstSection = (code: string) => reference.sections.find((s) => s.editionCode === code)?.id ?? 0;
  const [draft, setDraft] = useState<VideoFields>(emptyFields(firstSection(edition)));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    videoApi.list(controller.signal).then((r) => setVideos(r.items), (e: unknown) => (e as Error).name !== 'AbortError' && setError(errorMessage(e)));
    return () => controller.abort();
  }, []);

  const saved = (video: AdminVideo) => setVideos((list) => [video, ...(list ?? []).filter((v) => v.id !== video.id)]);
  const create = async () => {
    setError(null);
    try {
      const video = await videoApi.create(edition, draft);
      saved(video);
      setChosen(video.id);
      setDraft(emptyFields(firstSection(edition)));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const current = videos?.find((v) => v.id === chosen) ?? null;

  return (
    <section className="page video-admin">
      <div className="page__header"><h1>Video</h1></div>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <StatusLine>{videos === null ? 'Loading videos…' : ''}</StatusLine>
      {videos && videos.length === 0 && <p className="hint">No videos yet.</p>}
      <ul className="video-list">
        {videos?.map((video) => (
          <li key={video.id}>
            <button type="button" className="button button--quiet" aria-pressed={video.id === chosen} onClick={() => setChosen(video.id)}>{video.title}</button>{' '}
            <span className="hint">({video.editionCode}, {video.status})</span>
          </li>
        ))}
      </ul>
      {current && <VideoPanel key={current.id} video={current} onSaved={saved} />}
      <h2>New video</h2>
      <div className="field">
        <label htmlFor="new-video-edition">Edition</label>
        <select id="new-video-edition" value={edition}
          onChange={(e) => { const code = e.currentTarget.value; setEdition(code); setDraft({ ...draft, sectionId: firstSection(code) }); }}>
          {reference.editions.map((e) => <option key={e.code} value={e.code}>{e.name}</option>)}
        </select>
      </div>
      <VideoForm editionCode={edition} value={draft} onChange={setDraft} />
      <button type="button" className="button" onClick={() => void create()}>Create video</button>
    </section>
  );
}
