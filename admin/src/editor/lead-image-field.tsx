/** The lead image: a preview of the chosen image, and buttons to choose (pick or upload) or remove it. */
import { useState } from 'react';
import { imageCredit } from '../media/image-grid.js';
import { imageCache, rememberImages } from '../media/image-cache.js';
import { ImagePickerDialog } from '../media/image-picker-dialog.js';

export function LeadImageField({ imageId, onChange }: { imageId: number | null; onChange: (id: number | null) => void }) {
  const [picking, setPicking] = useState(false);
  const image = imageCache.useItem(imageId);
  return (
    <fieldset className="lead-image" data-testid="lead-image">
      <legend>Lead image</legend>
      {imageId === null ? (
        <p className="muted small">No lead image.</p>
      ) : image && typeof image === 'object' ? (
        <figure className="lead-image__preview">
          <img src={image.thumbnailUrl || image.url} alt={image.alt} />
          <figcaption className="small">
            {image.caption || <em>No caption</em>} <span className="muted">{imageCredit(image)}</span>
          </figcaption>
        </figure>
      ) : (
        <p className="muted small">{image === 'missing' ? `Image ${imageId} (preview unavailable)` : 'Loading…'}</p>
      )}
      <div className="row">
        <button type="button" className="button" data-testid="lead-image-choose" onClick={() => setPicking(true)}>
          {imageId === null ? 'Choose lead image' : 'Change lead image'}
        </button>
        {imageId !== null && (
          <button type="button" className="button button--quiet" onClick={() => onChange(null)}>
            Remove
          </button>
        )}
      </div>
      <ImagePickerDialog open={picking} title="Choose the lead image" testId="lead-image-picker" onClose={() => setPicking(false)}
        onPick={(picked) => {
          rememberImages([picked]);
          onChange(picked.id);
          setPicking(false);
        }} />
    </fieldset>
  );
}
