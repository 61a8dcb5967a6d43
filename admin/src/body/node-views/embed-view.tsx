/**
 * A video or audio player in the body: its kind, title, the media item it
 * plays (videos from the newsroom's video list, published podcast episodes
 * for audio) and, for a placeholder without one, an optional address.
 */
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import { request } from '../../api/client.js';
import { useBodyEditorServices } from '../body-editor-context.js';
import { NodeBar } from './node-bar.js';

export function EmbedView({ node, updateAttributes, deleteNode, selected }: ReactNodeViewProps) {
  const { flagProblems, dir, lang } = useBodyEditorServices();
  const id = useId();
  const attrs = node.attrs as { kind: 'video' | 'audio'; title: string; url: string; mediaId: number | null };
  const videos = useVideoChoices(attrs.kind === 'video');
  const episodes = useEpisodeChoices(attrs.kind === 'audio');
  const missingTitle = !attrs.title.trim();
  return (
    <NodeViewWrapper as="div" className={`node node--embed${selected ? ' node--selected' : ''}`} data-testid="embed-block" dir="ltr">
      <NodeBar label={attrs.kind === 'audio' ? 'Audio' : 'Video'}>
        <button type="button" className="button button--small button--quiet" onClick={deleteNode} aria-label="Remove embed">
          Remove
        </button>
      </NodeBar>
      <div className="node__fields node__fields--row" contentEditable={false}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          {/* A video id means nothing as an episode id (and back): changing the kind forgets the chosen item. */}
          <select id={`${id}-kind`} value={attrs.kind} onChange={(e) => updateAttributes({ kind: e.target.value, mediaId: null })}>
            <option value="video">Video</option>
            <option value="audio">Audio</option>
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor={`${id}-title`}>
            Title{missingTitle && <span className="required"> (required)</span>}
          </label>
          <input id={`${id}-title`} data-testid="embed-block-title" dir={dir} lang={lang} value={attrs.title} maxLength={300}
            aria-invalid={missingTitle && flagProblems ? true : undefined} onChange={(e) => updateAttributes({ title: e.target.value })} />
        </div>
        {attrs.kind === 'video' && (
          <div className="field field--grow">
            <label htmlFor={`${id}-media`}>Video to play</label>
            <select id={`${id}-media`} data-testid="embed-block-media" value={attrs.mediaId ?? ''}
              onChange={(e) => {
                const chosen = videos.find((v) => v.id === Number(e.target.value));
                updateAttributes({ mediaId: chosen ? chosen.id : null, ...(chosen && !attrs.title.trim() ? { title: chosen.title } : {}) });
              }}>
              <option value="">None (placeholder)</option>
              {videos.map((v) => (
                <option key={v.id} value={v.id}>{`${v.title} (${v.editionCode}, ${v.status})`}</option>
              ))}
            </select>
          </div>
        )}
        {attrs.kind === 'audio' && (
          <div className="field field--grow">
            <label htmlFor={`${id}-media`}>Episode to play</label>
            <select id={`${id}-media`} data-testid="embed-block-media" value={attrs.mediaId ?? ''}
              onChange={(e) => {
                const chosen = episodes.find((ep) => ep.id === Number(e.target.value));
                updateAttributes({ mediaId: chosen ? chosen.id : null, ...(chosen && !attrs.title.trim() ? { title: chosen.title } : {}) });
              }}>
              <option value="">None (placeholder)</option>
              {attrs.mediaId !== null && !episodes.some((ep) => ep.id === attrs.mediaId) && (
                <option value={attrs.mediaId}>{`Episode ${attrs.mediaId}`}</option>
              )}
              {episodes.map((ep) => (
                <option key={ep.id} value={ep.id}>{`${ep.title} (${ep.showTitle}, ${ep.editionCode})`}</option>
              ))}
            </select>
          </div>
        )}
        <div className="field field--grow">
          <label htmlFor={`${id}-url`}>Address (https://…, optional)</label>
          <input id={`${id}-url`} type="url" value={attrs.url} maxLength={2000} onChange={(e) => updateAttributes({ url: e.target.value })} />
        </div>
      </div>
    </NodeViewWrapper>
  );
}

interface VideoChoice {
  id: number;
  title: string;
  editionCode: string;
  status: string;
}

/** The newsroom's videos (those of the user's editions), loaded once per node view. */
function useVideoChoices(enabled: boolean): VideoChoice[] {
  const [videos, setVideos] = useState<VideoChoice[]>([]);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    request<{ items: VideoChoice[] }>('GET', '/api/admin/videos', { signal: controller.signal })
      .then((answer) => setVideos(answer.items))
      .catch(() => setVideos([]));
    return () => controller.abort();
  }, [enabled]);
  return videos;
}

interface EpisodeChoice {
  id: number;
  title: string;
  showTitle: string;
  editionCode: string;
}

/**
 * The published episodes of the shows in the user's editions (the podcast API
 * filters the shows), loaded once per node view. Drafts are left out: the
 * site would only show a placeholder for them.
 */
function useEpisodeChoices(enabled: boolean): EpisodeChoice[] {
  const [episodes, setEpisodes] = useState<EpisodeChoice[]>([]);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const load = async () => {
      const { items: shows } = await request<{ items: { id: number; title: string; editionCode: string }[] }>('GET', '/api/admin/podcasts/shows', { signal: controller.signal });
      const lists = await Promise.all(shows.map(async (show) => {
        const detail = await request<{ episodes: { id: number; title: string; status: string }[] }>('GET', `/api/admin/podcasts/shows/${show.id}`, { signal: controller.signal });
        return detail.episodes
          .filter((ep) => ep.status === 'published')
          .map((ep) => ({ id: ep.id, title: ep.title, showTitle: show.title, editionCode: show.editionCode }));
      }));
      return lists.flat();
    };
    load().then(setEpisodes).catch(() => setEpisodes([]));
    return () => controller.abort();
  }, [enabled]);
  return episodes;
}
