/**
 * A `<picture>` with the derivatives the media service made: AVIF and WebP
 * `<source>`s, the JPEG `<img>` as fallback; the browser picks a format it
 * decodes and a width from `srcset`/`sizes`, `width`/`height` reserve the
 * space (no layout shift), and the focal classes keep the focal point when
 * CSS crops the image to a fixed ratio (teaser cards). No `style` attribute:
 * the CSP (`style-src 'self'`) would block it. `picture` is `display:
 * contents` in site.css, so the `<img>` lays out as if it stood alone.
 */
import { h } from '../html-jsx.js';
import type { ImageModel } from '../view-models.js';

interface ResponsiveImageProps {
  image: ImageModel;
  /** Eager (and fetched first) for the page's largest picture — the article lead, the top story; lazy everywhere else. */
  loading: 'eager' | 'lazy';
  className?: string;
  /** Overrides the model's `sizes` where the slot is narrower, e.g. a card in a grid. */
  sizes?: string;
}

export function ResponsiveImage({ image, loading, className, sizes }: ResponsiveImageProps) {
  const chosenSizes = sizes ?? image.sizes;
  const img = (
    <img
      class={[className, image.focalClass].filter(Boolean).join(' ') || undefined}
      src={image.src}
      srcset={image.srcset || undefined}
      sizes={image.srcset ? chosenSizes : undefined}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={loading}
      decoding="async"
      fetchpriority={loading === 'eager' ? 'high' : undefined}
    />
  );
  const sources = image.srcset ? (image.sources ?? []) : [];
  if (sources.length === 0) return img;
  return (
    <picture>
      {sources.map((source) => (
        <source key={source.type} type={source.type} srcset={source.srcset} sizes={chosenSizes} />
      ))}
      {img}
    </picture>
  );
}
