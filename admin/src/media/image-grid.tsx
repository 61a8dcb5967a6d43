/** A grid of library images, each with one action (use it, or edit its details). */
import type { AdminImage } from '../../../src/api/admin/contract.js';
import { formatImageCredit } from '../../../src/domain/image-credit.js';

export function imageCredit(image: AdminImage): string {
  return formatImageCredit({ name: image.creditName, agency: image.creditAgency, distributor: image.creditDistributor });
}

export function ImageGrid({ images, actionLabel, onAction, selectedId }: {
  images: AdminImage[];
  actionLabel: string;
  onAction: (image: AdminImage) => void;
  selectedId?: number | null;
}) {
  if (images.length === 0) return <p className="muted">No images yet.</p>;
  return (
    <ul className="image-grid" data-testid="image-grid">
      {images.map((image) => (
        <li key={image.id} className={image.id === selectedId ? 'image-card image-card--selected' : 'image-card'} data-testid="image-card">
          <img src={image.thumbnailUrl || image.url} alt={image.alt} loading="lazy" width={image.width} height={image.height} />
          <div className="image-card__text">
            <span className="image-card__caption">{image.caption || <em className="muted">No caption</em>}</span>
            <span className="muted small">{imageCredit(image) || 'No credit'}</span>
          </div>
          <button type="button" className="button" onClick={() => onAction(image)} aria-label={`${actionLabel}: ${image.caption || image.alt || `image ${image.id}`}`}>
            {actionLabel}
          </button>
        </li>
      ))}
    </ul>
  );
}
