/**
 * Turns an uploaded or generated picture into the files the site serves:
 * the original (re-encoded, metadata stripped) and JPEG derivatives at the
 * standard widths, named `{hash}-{width}.jpg`.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
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

export async function storePicture(media: MediaStore, source: Uint8Array): Promise<StoredPicture> {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const fileName = `${hash}.jpg`;
  const image = sharp(source, { failOn: 'error' }).rotate();
  const { width = 0, height = 0 } = await image.metadata();
  const widths = DERIVATIVE_WIDTHS.filter((w) => w < width);
  if (!(await media.exists(fileName))) {
    await media.put(fileName, await image.clone().jpeg({ quality: 82 }).toBuffer());
    for (const w of widths)
      await media.put(derivativeName(fileName, w), await image.clone().resize({ width: w }).jpeg({ quality: 78 }).toBuffer());
  }
  return { fileName, mimeType: 'image/jpeg', width, height, derivativeWidths: [...widths, width] };
}
