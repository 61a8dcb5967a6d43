/**
 * Stored image → what a `<figure>` needs: srcsets over the derivatives (AVIF,
 * WebP, and JPEG for the `<img>` fallback), credit text, focal point, and
 * `sizes` that say how wide each slot really is, so a browser never stretches
 * a 480 px file over a 1,100 px block nor fetches 2,240 px for a thumbnail.
 */
import { boundedMemo } from '../../cache/bounded-memo.js';
import { formatImageCredit } from '../../domain/image-credit.js';
import type { StoredImage } from '../../domain/taxonomy.js';
import { derivativeName, MAX_SERVED_WIDTH, modernDerivativeName, MODERN_FORMATS } from '../../media/image-derivatives.js';
import { mediaPath } from '../paths.js';
import type { ImageModel } from '../view-models.js';

export type { StoredImage } from '../../domain/taxonomy.js';

/*
 * Slot widths, from site.css: `.page` is at most 72rem with 1rem padding a side
 * (70rem of content, 2rem less than the viewport below that), `.article` at
 * most 40rem (--measure), `.card-grid` columns at least 16rem with 1.5rem gaps
 * (auto-fit: one or two cards stretch over the whole row), `.home-lead` 2fr/1fr
 * with a 2rem gap from 64rem.
 */
const PAGE_CONTENT_REM = 70;
const MEASURE_REM = 40;
const PAGE_PADDING_REM = 2;
const CARD_MIN_REM = 16;
const CARD_GAP_REM = 1.5;

const rem = (value: number) => `${Math.round(value * 100) / 100}rem`;

/** Article lead and body images: the article column. */
export const LEAD_IMAGE_SIZES = `(min-width: ${rem(MEASURE_REM + PAGE_PADDING_REM)}) ${rem(MEASURE_REM)}, calc(100vw - ${rem(PAGE_PADDING_REM)})`;
/** The home's top story: two thirds of `.home-lead` from 64rem. */
export const TOP_STORY_IMAGE_SIZES =
  `(min-width: ${rem(PAGE_CONTENT_REM + PAGE_PADDING_REM)}) ${rem(((PAGE_CONTENT_REM - 2) * 2) / 3)}, ` +
  `(min-width: 64rem) calc((100vw - ${rem(PAGE_PADDING_REM + 2)}) * 2 / 3), calc(100vw - ${rem(PAGE_PADDING_REM)})`;

/**
 * `sizes` for `count` cards in a `.card-grid` on the page (or in the article
 * column): the grid fits as many 16rem columns as it can, at most `count`, and
 * stretches them, so a lone card is as wide as the container.
 */
export function gridCardSizes(count: number, container: 'page' | 'article' = 'page'): string {
  const max = container === 'page' ? PAGE_CONTENT_REM : MEASURE_REM;
  const maxColumns = Math.max(1, Math.floor((max + CARD_GAP_REM) / (CARD_MIN_REM + CARD_GAP_REM)));
  const columns = Math.max(1, Math.min(count, maxColumns));
  const column = (width: number, c: number) => (width - (c - 1) * CARD_GAP_REM) / c;
  const parts = [`(min-width: ${rem(max + PAGE_PADDING_REM)}) ${rem(column(max, columns))}`];
  for (let c = columns; c >= 2; c--) {
    const fitsFrom = c * CARD_MIN_REM + (c - 1) * CARD_GAP_REM + PAGE_PADDING_REM;
    parts.push(`(min-width: ${rem(fitsFrom)}) calc((100vw - ${rem(PAGE_PADDING_REM + (c - 1) * CARD_GAP_REM)}) / ${c})`);
  }
  parts.push(`calc(100vw - ${rem(PAGE_PADDING_REM)})`);
  return parts.join(', ');
}

/** The default for teasers: a card in a full row of the page's grid (and any `.card-grid--listing`, whose columns never stretch). */
export const TEASER_IMAGE_SIZES = gridCardSizes(4);

const fileFor = (image: StoredImage, width: number) =>
  mediaPath(width >= image.width ? image.fileName : derivativeName(image.fileName, width));

/**
 * The widths offered: the stored derivatives up to MAX_SERVED_WIDTH (a 70rem
 * slot at 2x); a larger original is left out, so no screen downloads it.
 */
function servedWidths(image: StoredImage): number[] {
  const widths = [...new Set(image.derivativeWidths)].sort((a, b) => a - b);
  const capped = widths.filter((w) => w <= MAX_SERVED_WIDTH);
  return capped.length > 0 ? capped : widths.slice(0, 1);
}

/** The file links of one stored image, the same on every page that shows it. */
type ImageFiles = Pick<ImageModel, 'src' | 'srcset' | 'sources'>;

/** Bounded for memory only: an image's links change only with its file name, width or derivatives, all in the key. */
const filesByImage = boundedMemo<ImageFiles>(5_000);

function imageFiles(image: StoredImage): ImageFiles {
  const key = `${image.fileName}|${image.width}|${image.derivativeWidths.join(',')}`;
  return filesByImage.get(key, () => filesOf(image));
}

function filesOf(image: StoredImage): ImageFiles {
  const widths = servedWidths(image);
  const middle = widths.find((w) => w >= 960) ?? widths[widths.length - 1] ?? image.width;
  return {
    src: fileFor(image, middle),
    srcset: widths.map((w) => `${fileFor(image, w)} ${w}w`).join(', '),
    // Every width in the modern formats too, the original's own width included (made on first request if missing).
    sources: MODERN_FORMATS.map((format) => ({
      type: format.mimeType,
      srcset: widths.map((w) => `${mediaPath(modernDerivativeName(image.fileName, Math.min(w, image.width), format.extension))} ${w}w`).join(', '),
    })),
  };
}

export function toImageModel(
  image: StoredImage,
  sizes: string,
  overrides: { caption?: string | undefined; credit?: string | undefined; alt?: string | undefined } = {},
): ImageModel {
  const { src, srcset, sources } = imageFiles(image);
  return {
    src,
    srcset,
    sources,
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
