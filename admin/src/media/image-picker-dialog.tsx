/** Choosing an image for the article: upload a new one or pick from the library. */
import { useState } from 'react';
import type { AdminImage } from '../../../src/api/admin/contract.js';
import { Dialog } from '../lib/dialog.js';
import { ErrorAlert } from '../lib/alerts.js';
import { Pager } from '../lib/pager.js';
import { rememberImages } from './image-cache.js';
import { ImageGrid } from './image-grid.js';
import { UploadForm } from './upload-form.js';
import { IMAGE_PAGE_SIZE, useImagePage } from './use-image-page.js';

export function ImagePickerDialog({ open, title, onPick, onClose, testId = 'image-picker' }: {
  open: boolean;
  title: string;
  onPick: (image: AdminImage) => void;
  onClose: () => void;
  testId?: string;
}) {
  return (
    <Dialog open={open} title={title} onClose={onClose} className="dialog--wide" testId={testId}>
      {open && <PickerBody onPick={onPick} />}
    </Dialog>
  );
}

function PickerBody({ onPick }: { onPick: (image: AdminImage) => void }) {
  const [page, setPage] = useState(1);
  const { result, error } = useImagePage(page);
  return (
    <div className="picker">
      <UploadForm
        onUploaded={(image) => {
          rememberImages([image]);
          onPick(image);
        }}
      />
      <h3>Or choose from the library</h3>
      <ErrorAlert message={error} />
      {result ? <ImageGrid images={result.items} actionLabel="Use this image" onAction={onPick} /> : !error && <p aria-busy="true">Loading images…</p>}
      {result && <Pager count={result.items.length} label="Library pages" page={page} total={result.total} pageSize={result.pageSize ?? IMAGE_PAGE_SIZE} onPage={setPage} />}
    </div>
  );
}
