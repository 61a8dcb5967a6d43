/**
 * Uploading an image (`POST /api/admin/images`, the file's bytes with its
 * Content-Type, metadata as query parameters). The server's messages — a
 * file too large, a type it does not take — are shown as they come.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AdminImage } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { ErrorAlert } from '../lib/alerts.js';

const ACCEPT = 'image/jpeg,image/png,image/webp';
const EMPTY = { alt: '', caption: '', creditName: '', creditAgency: '', creditDistributor: '' };
type Meta = typeof EMPTY;

const LABELS: [keyof Meta, string, string][] = [
  ['alt', 'Alt text (what the picture shows)', 'image-upload-alt'],
  ['caption', 'Caption', 'image-upload-caption'],
  ['creditName', 'Credit: photographer', 'image-upload-credit-name'],
  ['creditAgency', 'Credit: agency', 'image-upload-credit-agency'],
  ['creditDistributor', 'Credit: distributor', 'image-upload-credit-distributor'],
];

export function UploadForm({ onUploaded }: { onUploaded: (image: AdminImage) => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [meta, setMeta] = useState<Meta>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError('Choose an image file first.');
    setBusy(true);
    setError(null);
    try {
      const image = await api.uploadImage(file, meta);
      setFile(null);
      setMeta(EMPTY);
      setFileInputKey((k) => k + 1);
      onUploaded(image);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="upload card" onSubmit={submit} data-testid="image-upload-form" aria-label="Upload an image">
      <h3>Upload a new image</h3>
      <ErrorAlert message={error} testId="image-upload-error" />
      <div className="upload__row">
        <div className="field">
          <label htmlFor={`${id}-file`}>Image file (JPEG, PNG or WebP)</label>
          <input key={fileInputKey} id={`${id}-file`} data-testid="image-upload-file" type="file" accept={ACCEPT} required
            onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        {preview && <img className="upload__preview" src={preview} alt="" />}
      </div>
      <div className="upload__fields">
        {LABELS.map(([key, label, testId]) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input id={`${id}-${key}`} data-testid={testId} value={meta[key]} maxLength={key === 'caption' ? 1000 : key === 'alt' ? 500 : 200}
              onChange={(e) => setMeta((m) => ({ ...m, [key]: e.target.value }))} />
          </div>
        ))}
      </div>
      <button type="submit" className="button button--primary" data-testid="image-upload-submit" disabled={busy}>
        {busy ? 'Uploading…' : 'Upload'}
      </button>
    </form>
  );
}
