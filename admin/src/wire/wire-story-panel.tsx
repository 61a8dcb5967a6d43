/** One story opened on the desk: the newest version's text, pictures, subjects, sanitiser notes and every version. */
import { useEffect, useState } from 'react';
import type { WireStoryDetail } from '../../../src/api/admin/wire-contract.js';
import { formatDateTime } from '../lib/time.js';
import { KindMark, storyTitle } from './story-label.js';
import { StoryStatus, UrgencyMark } from './urgency.js';
import { messageOf, wireApi } from './wire-api.js';

export function WireStoryPanel({ guid, onClose }: { guid: string; onClose: () => void }) {
  const [detail, setDetail] = useState<WireStoryDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    setDetail(null);
    setError(null);
    wireApi.story(guid, controller.signal).then(setDetail, (e: unknown) => {
      if ((e as Error).name !== 'AbortError') setError(messageOf(e));
    });
    return () => controller.abort();
  }, [guid]);

  return (
    <section className="wire-story card" aria-label="Wire story" data-testid="wire-story">
      <div className="page__header">
        <h2 tabIndex={-1}>{detail ? storyTitle(detail.story) : 'Wire story'}</h2>
        <button type="button" className="button button--quiet" onClick={onClose}>Close</button>
      </div>
      <div role="alert" className={error ? 'alert alert--error' : 'alert alert--empty'}>{error}</div>
      {!detail && !error && <p aria-busy="true">Loading the story…</p>}
      {detail && (
        <>
          <p className="small">
            <KindMark story={detail.story} /> <UrgencyMark urgency={detail.item.urgency} /> <StoryStatus story={detail.story} /> {detail.item.provider} · version {detail.item.version}
            {detail.item.language && ` · ${detail.item.language}`}
            {detail.item.byline && ` · ${detail.item.byline}`}
            {detail.item.embargoUntil && <strong> · Embargoed until {formatDateTime(detail.item.embargoUntil)}</strong>}
          </p>
          <p className="small" data-testid="wire-story-times">
            {detail.item.firstCreated && <>First created by {detail.item.provider}: {formatDateTime(detail.item.firstCreated)} · </>}
            {detail.item.versionCreated && <>This version: {formatDateTime(detail.item.versionCreated)} · </>}
            Arrived here: {formatDateTime(detail.item.receivedAt)}
          </p>
          {detail.item.dateline && <p className="muted">{detail.item.dateline}</p>}
          <div className="wire-story__body" lang={detail.item.language ?? undefined}>
            {detail.item.body.map((block, i) => {
              if (block.type === 'paragraph') return <p key={i}>{block.spans.map((s) => s.text).join('')}</p>;
              if (block.type === 'subheading') return <h3 key={i}>{block.text}</h3>;
              if (block.type === 'quote') return <blockquote key={i}>{block.text}</blockquote>;
              if (block.type === 'list') return <ul key={i}>{block.items.map((item, j) => <li key={j}>{item.map((s) => s.text).join('')}</li>)}</ul>;
              if (block.type === 'embed') return <p key={i} className="muted">[{block.kind}: {block.title}]</p>;
              return null;
            })}
          </div>
          {detail.item.pictures.length > 0 && (
            <>
              <h3>Pictures</h3>
              <ul>{detail.item.pictures.map((p) => <li key={p.href}>{p.caption ?? p.href}{p.credit && <span className="muted"> ({p.credit})</span>}</li>)}</ul>
            </>
          )}
          {detail.item.subjects.length > 0 && (
            <p className="small">Subjects: {detail.item.subjects.map((s) => s.name ?? s.code).join(', ')}</p>
          )}
          {detail.item.sanitizerNotes.length > 0 && (
            <p className="small">Cleaned on arrival: {detail.item.sanitizerNotes.join('; ')}</p>
          )}
          {detail.articles.length > 0 && (
            <p className="small">Adopted as: {detail.articles.map((a) => `#${a.id} “${a.headline}” (${a.status})`).join(', ')}</p>
          )}
          <h3>Versions</h3>
          <table className="table table--compact">
            <thead><tr><th scope="col">Version</th><th scope="col">Status</th><th scope="col">Headline</th><th scope="col">Agency time</th><th scope="col">Arrived</th><th scope="col">Source</th></tr></thead>
            <tbody>
              {detail.versions.map((v) => (
                <tr key={v.id}>
                  <td>{v.version}</td>
                  <td><StoryStatus story={v} />{v.pubStatus === 'usable' && !v.isCorrection && 'usable'}</td>
                  <td>{v.headline}</td>
                  <td>{v.versionCreated ? formatDateTime(v.versionCreated) : '–'}</td>
                  <td>{formatDateTime(v.receivedAt)}</td>
                  <td>{v.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
