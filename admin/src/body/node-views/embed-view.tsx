/**
 * A video or audio player in the body: its kind, title, the media item it
 * plays (videos from the newsroom's video list) and, for a placeholder
 * without one, an optional address.
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
          <select id={`${id}-kind`} value={attrs.kind} onChange={(e) => updateAttributes({ kind: e.target.value })}>
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
