/** The fields of a podcast show, for creating one and editing it. */
import type { FormEvent } from 'react';
import { PODCAST_CATEGORIES } from '../../../src/domain/podcast.js';
import type { ShowFields } from './audio-api.js';

export const EMPTY_SHOW: ShowFields = {
  title: '', description: '', category: 'News', explicit: false, author: '', ownerName: '', ownerEmail: '', artworkImageId: null,
};

export function ShowForm({ value, onChange, onSubmit, busy, submitLabel, idPrefix }: {
  value: ShowFields; onChange: (v: ShowFields) => void; onSubmit: () => void; busy: boolean; submitLabel: string; idPrefix: string;
}) {
  const field = (name: keyof ShowFields) => `${idPrefix}-${name}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="audio-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={field('title')}>Title</label>
        <input id={field('title')} required maxLength={200} value={value.title} onInput={(e) => onChange({ ...value, title: e.currentTarget.value })} />
      </div>
      <div className="field">
        <label htmlFor={field('description')}>Description</label>
        <textarea id={field('description')} rows={3} maxLength={4000} value={value.description} onInput={(e) => onChange({ ...value, description: e.currentTarget.value })} />
      </div>
      <div className="field">
        <label htmlFor={field('category')}>Category (podcast directories)</label>
        <select id={field('category')} value={value.category} onChange={(e) => onChange({ ...value, category: e.currentTarget.value })}>
          {PODCAST_CATEGORIES.map((c) => <option key={c} value={c}>{c.replace('/', ' › ')}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={field('artworkImageId')}>Artwork: image number from the media library (square, at least 1400 px)</label>
        <input id={field('artworkImageId')} inputMode="numeric" pattern="[0-9]*" value={value.artworkImageId ?? ''}
          onInput={(e) => onChange({ ...value, artworkImageId: e.currentTarget.value ? Number(e.currentTarget.value) : null })} />
      </div>
      <div className="field">
        <label htmlFor={field('author')}>Author (shown by podcast apps)</label>
        <input id={field('author')} maxLength={200} value={value.author} onInput={(e) => onChange({ ...value, author: e.currentTarget.value })} />
      </div>
      <div className="field">
        <label htmlFor={field('ownerName')}>Owner name</label>
        <input id={field('ownerName')} maxLength={200} value={value.ownerName} onInput={(e) => onChange({ ...value, ownerName: e.currentTarget.value })} />
      </div>
      <div className="field">
        <label htmlFor={field('ownerEmail')}>Owner email (directories write to it)</label>
        <input id={field('ownerEmail')} type="email" maxLength={320} value={value.ownerEmail} onInput={(e) => onChange({ ...value, ownerEmail: e.currentTarget.value })} />
      </div>
      <div className="field field--inline">
        <input id={field('explicit')} type="checkbox" checked={value.explicit} onChange={(e) => onChange({ ...value, explicit: e.currentTarget.checked })} />
        <label htmlFor={field('explicit')}>Explicit content</label>
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>{submitLabel}</button>
    </form>
  );
}
