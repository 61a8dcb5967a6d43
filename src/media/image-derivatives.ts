/**
 * Turns an uploaded or generated picture into the files the site serves:
 * the original (re-encoded, metadata stripped) and JPEG derivatives at the
 * standard widths, named `{hash}-{width}.jpg`.
 *
 * The picture is decoded once, to raw pixels (EXIF rotation applied, alpha
 * flattened onto white since JPEG has none), inside a decode slot; every file
 * is encoded from those pixels, and each derivative is resized from the next
 * larger one, so no step decodes the upload again. Every sharp() call carries
 * the pixel limit, so nothing here can decode more than the header promised.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { HeraldError } from '../domain/errors.js';
import { imageDecodes, readImageHeader, type ImageHeader } from './image-limits.js';
import type { MediaStore } from './media-store.js';

export const DERIVATIVE_WIDTHS = [480, 960, 1600] as const;

export interface StoredPicture {
  fileName: string;
  mimeType: 'image/jpeg';
  width: number;
  height: number;
  derivativeWidths: number[];
}

export const derivativeName = (fileName: string, width: number) => fileName.replace(/\.jpg$/, `-${width}.jpg`);

interface RawPicture {
  data: Buffer;
  info: sharp.CreateRaw;
}

/**
 * Stores a picture and its derivatives. `header` is the result of
 * readImageHeader when the caller has already checked the limits.
 */
export async function storePicture(media: MediaStore, source: Uint8Array, header?: ImageHeader): Promise<StoredPicture> {
  const limits = media.imageLimits;
  const checked = header ?? (await readImageHeader(source, limits));
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const fileName = `${hash}.jpg`;
  const described = (width: number, height: number): StoredPicture => {
    const widths = DERIVATIVE_WIDTHS.filter((w) => w < width);
    return { fileName, mimeType: 'image/jpeg', width, height, derivativeWidths: [...widths, width] };
  };
  if (await media.exists(fileName)) return described(checked.width, checked.height);

  return imageDecodes.run(async () => {
    const full = await decode(source, limits.maxPixels);
    const picture = described(full.info.width, full.info.height);
    await media.put(fileName, await encode(full, { quality: 82 }, limits.maxPixels));
    let larger = full;
    for (const width of picture.derivativeWidths.slice(0, -1).reverse()) {
      larger = await resize(larger, width, limits.maxPixels);
      await media.put(derivativeName(fileName, width), await encode(larger, { quality: 78 }, limits.maxPixels));
    }
    return picture;
  });
}

async function decode(source: Uint8Array, maxPixels: number): Promise<RawPicture> {
  try {
    const { data, info } = await sharp(source, { limitInputPixels: maxPixels, failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, info: { width: info.width, height: info.height, channels: info.channels } };
  } catch (cause) {
    throw new HeraldError('HERALD_VALIDATION', 'The image could not be read: it is damaged, truncated or too large in pixels.', { cause });
  }
}

const fromRaw = (picture: RawPicture, maxPixels: number) => sharp(picture.data, { raw: picture.info, limitInputPixels: maxPixels });

const encode = (picture: RawPicture, options: { quality: number }, maxPixels: number) =>
  fromRaw(picture, maxPixels).jpeg(options).toBuffer();

async function resize(picture: RawPicture, width: number, maxPixels: number): Promise<RawPicture> {
  const { data, info } = await fromRaw(picture, maxPixels).resize({ width }).raw().toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: info.channels } };
}
