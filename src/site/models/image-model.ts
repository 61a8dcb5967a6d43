/** Stored image → what a `<figure>` needs: srcset over the derivatives, credit text, focal point. */
import { formatImageCredit } from '../../domain/image-credit.js';
import type { StoredImage } from '../../domain/taxonomy.js';
import { derivativeName } from '../../media/image-derivatives.js';
import { mediaPath } from '../paths.js';
import type { ImageModel } from '../view-models.js';

export type { StoredImage } from '../../domain/taxonomy.js';

export const LEAD_IMAGE_SIZES = '(min-width: 60rem) 54rem, 100vw';
export const TEASER_IMAGE_SIZES = '(min-width: 60rem) 20rem, 100vw';

const fileFor = (image: StoredImage, width: number) =>
  mediaPath(width >= image.width ? image.fileName : derivativeName(image.fileName, width));

export function toImageModel(
  image: StoredImage,
  sizes: string,
  overrides: { caption?: string | undefined; credit?: string | undefined; alt?: string | undefined } = {},
): ImageModel {
  const widths = [...image.derivativeWidths].sort((a, b) => a - b);
  const middle = widths.find((w) => w >= 960) ?? widths[widths.length - 1] ?? image.width;
  return {
    src: fileFor(image, middle),
    srcset: widths.map((w) => `${fileFor(image, w)} ${w}w`).join(', '),
    sizes,
    width: image.width,
    height: image.height,
    alt: overrides.alt ?? image.alt,
    caption: overrides.caption ?? image.caption,
    credit:
      overrides.credit ??
      formatImageCredit({ name: image.creditName, agency: image.creditAgency, distributor: image.creditDistributor }),
    focalClass: focalClass(image.focalX, image.focalY),
  };
}

/** Focal points snap to quarters per axis: CSS crops are coarse, and the site's CSP allows no inline style. */
const FOCAL_STEPS = [0, 25, 50, 75, 100] as const;

const snap = (fraction: number) => {
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0.5;
  return FOCAL_STEPS[Math.round(clamped * 4)] as number;
};

/**
 * `focal-x-25 focal-y-75` for site.css's presets; an axis at 50 % is the
 * browser's default `object-position` and needs no class.
 */
export function focalClass(focalX: number, focalY: number): string {
  const x = snap(focalX);
  const y = snap(focalY);
  return [x === 50 ? '' : `focal-x-${x}`, y === 50 ? '' : `focal-y-${y}`].filter(Boolean).join(' ');
}
