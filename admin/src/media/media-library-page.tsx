/** `/admin/images`: the media library — upload, browse, and edit an image's details. */
import { useState } from 'react';
import type { AdminImage } from '../../../src/api/admin/contract.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { Dialog } from '../lib/dialog.js';
import { Pager } from '../lib/pager.js';
import { useTitle } from '../lib/use-title.js';
import { rememberImages } from './image-cache.js';
import { ImageGrid } from './image-grid.js';
import { ImageMetaForm } from './image-meta-form.js';
import { UploadForm } from './upload-form.js';
import { IMAGE_PAGE_SIZE, useImagePage } from './use-image-page.js';

export function MediaLibraryPage() {
  useTitle('Media library');
  const [page, setPage] = useState(1);
  const { result, error, reload } = useImagePage(page);
  const [editing, setEditing] = useState<AdminImage | null>(null);
  const [status, setStatus] = useState('');

  return (
    <section className="page">
      <div className="page__header">
        <h1>Media library</h1>
      </div>
      <StatusLine testId="media-status">{status}</StatusLine>
      <UploadForm
        onUploaded={(image) => {
          rememberImages([image]);
          setStatus(`Uploaded image ${image.id}.`);
          setPage(1);
          reload();
        }}
      />
      <h2>Images</h2>
      <ErrorAlert message={error} />
      {result ? <ImageGrid images={result.items} actionLabel="Edit details" onAction={setEditing} /> : !error && <p aria-busy="true">Loading images…</p>}
      {result && <Pager count={result.items.length} label="Library pages" page={page} total={result.total} pageSize={result.pageSize ?? IMAGE_PAGE_SIZE} onPage={setPage} />}
      <Dialog open={editing !== null} title="Image details" onClose={() => setEditing(null)} testId="image-meta-dialog">
        {editing && (
          <ImageMetaForm
            image={editing}
            onCancel={() => setEditing(null)}
            onSaved={(image) => {
              rememberImages([image]);
              setEditing(null);
              setStatus(`Saved the details of image ${image.id}.`);
              reload();
            }}
          />
        )}
      </Dialog>
    </section>
  );
}
