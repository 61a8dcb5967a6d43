/** Stored image → what a `<figure>` needs: srcset over the derivatives, credit text, focal point. */
import { formatImageCredit } from '../../domain/image-credit.js';
import type { Image } from '../../domain/taxonomy.js';
import { derivativeName } from '../../media/image-derivatives.js';
import { mediaPath } from '../paths.js';
import type { ImageModel } from '../view-models.js';

export type StoredImage = Image & { derivativeWidths: number[] };

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
    objectPosition: `${Math.round(image.focalX * 100)}% ${Math.round(image.focalY * 100)}%`,
  };
}
