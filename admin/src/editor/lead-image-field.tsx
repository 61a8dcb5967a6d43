/** The lead image: a preview of the chosen image, and buttons to choose (pick or upload) or remove it. */
import { useState } from 'react';
import { imageCredit } from '../media/image-grid.js';
import { imageCache, rememberImages } from '../media/image-cache.js';
import { ImagePickerDialog } from '../media/image-picker-dialog.js';
import { LeadImageTexts } from './lead-image-texts.js';

interface LeadImageFieldProps {
  imageId: number | null;
  onChange: (id: number | null) => void;
  /** This article's caption/alt for the image (null: the library's). */
  caption?: string | null;
  alt?: string | null;
  onTextsChange?: (change: { leadImageCaption?: string | null; leadImageAlt?: string | null }) => void;
}

export function LeadImageField({ imageId, onChange, caption = null, alt = null, onTextsChange }: LeadImageFieldProps) {
  const [picking, setPicking] = useState(false);
  const image = imageCache.useItem(imageId);
  return (
    <fieldset className="lead-image" data-testid="lead-image">
      <legend>Lead image</legend>
      {imageId === null ? (
        <p className="muted small">No lead image.</p>
      ) : image && typeof image === 'object' ? (
        <figure className="lead-image__preview">
          <img src={image.thumbnailUrl || image.url} alt={alt || image.alt} />
          <figcaption className="small">
            {caption || image.caption || <em>No caption</em>} <span className="muted">{imageCredit(image)}</span>
          </figcaption>
        </figure>
      ) : (
        <p className="muted small">{image === 'missing' ? `Image ${imageId} (preview unavailable)` : 'Loading…'}</p>
      )}
      {imageId !== null && onTextsChange && (
        <LeadImageTexts caption={caption} alt={alt} onChange={onTextsChange}
          libraryCaption={image && typeof image === 'object' ? image.caption : ''}
          libraryAlt={image && typeof image === 'object' ? image.alt : ''} />
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
