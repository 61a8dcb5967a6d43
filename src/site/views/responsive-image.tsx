/**
 * One `<img>` with the derivatives the media service made: the browser picks
 * a width from `srcset`/`sizes`, `width`/`height` reserve the space (no
 * layout shift), and the focal classes keep the focal point when CSS crops
 * the image to a fixed ratio (teaser cards). No `style` attribute: the CSP
 * (`style-src 'self'`) would block it.
 */
import type { ImageModel } from '../view-models.js';

interface ResponsiveImageProps {
  image: ImageModel;
  /** Eager for the lead image (it is the largest paint), lazy everywhere else. */
  loading: 'eager' | 'lazy';
  className?: string;
  /** Overrides the model's `sizes` where the slot is narrower, e.g. a card in a grid. */
  sizes?: string;
}

export function ResponsiveImage({ image, loading, className, sizes }: ResponsiveImageProps) {
  return (
    <img
      class={[className, image.focalClass].filter(Boolean).join(' ') || undefined}
      src={image.src}
      srcset={image.srcset || undefined}
      sizes={image.srcset ? (sizes ?? image.sizes) : undefined}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={loading}
      decoding="async"
      fetchpriority={loading === 'eager' ? 'high' : undefined}
    />
  );
}
