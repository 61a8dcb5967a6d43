/** Editing an image's alt text, caption and credit (`PATCH /api/admin/images/:id`). */
import { useId, useState, type FormEvent } from 'react';
import type { AdminImage } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { ErrorAlert } from '../lib/alerts.js';

type Meta = { alt: string; caption: string; creditName: string; creditAgency: string; creditDistributor: string };
const FIELDS: [keyof Meta, string][] = [
  ['alt', 'Alt text'],
  ['caption', 'Caption'],
  ['creditName', 'Credit: photographer'],
  ['creditAgency', 'Credit: agency'],
  ['creditDistributor', 'Credit: distributor'],
];

export function ImageMetaForm({ image, onSaved, onCancel }: { image: AdminImage; onSaved: (image: AdminImage) => void; onCancel: () => void }) {
  const id = useId();
  const [meta, setMeta] = useState<Meta>({
    alt: image.alt,
    caption: image.caption,
    creditName: image.creditName ?? '',
    creditAgency: image.creditAgency ?? '',
    creditDistributor: image.creditDistributor ?? '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await api.updateImage(image.id, {
        alt: meta.alt.trim(),
        caption: meta.caption.trim(),
        creditName: meta.creditName.trim() || null,
        creditAgency: meta.creditAgency.trim() || null,
        creditDistributor: meta.creditDistributor.trim() || null,
      });
      onSaved(saved);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="meta-form" onSubmit={submit} data-testid="image-meta-form">
      <img src={image.thumbnailUrl || image.url} alt={image.alt} className="meta-form__image" />
      <ErrorAlert message={error} />
      {FIELDS.map(([key, label]) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          {key === 'caption' ? (
            <textarea id={`${id}-${key}`} value={meta[key]} maxLength={1000} rows={3} onChange={(e) => setMeta((m) => ({ ...m, [key]: e.target.value }))} />
          ) : (
            <input id={`${id}-${key}`} value={meta[key]} maxLength={key === 'alt' ? 500 : 200} onChange={(e) => setMeta((m) => ({ ...m, [key]: e.target.value }))} />
          )}
        </div>
      ))}
      <div className="row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save details'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
