/**
 * Turns an uploaded or generated picture into the files the site serves:
 * the original (re-encoded, metadata stripped) and JPEG derivatives at the
 * standard widths, named `{hash}-{width}.jpg`, plus WebP and AVIF at every
 * width up to MAX_SERVED_WIDTH (the original's own width included), named
 * `{hash}-{width}.webp` / `.avif`. Those take ten times longer than the JPEGs
 * (AVIF most), so they are encoded at a low effort and after the upload has
 * been answered, from the pixels already decoded, in a decode slot of their
 * own; a request for one meanwhile waits for it (ensureModernDerivative).
 * Pictures stored before modern formats get them on first request, made from
 * the stored JPEGs.
 *
 * The picture is decoded once, to raw pixels (EXIF rotation applied, alpha
 * flattened onto white since JPEG has none), inside a decode slot; every file
 * is encoded from those pixels, and each derivative is resized from the next
 * larger one, so no step decodes the upload again. Every sharp() call carries
 * the pixel limit, so nothing here can decode more than the header promised.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type sharp from 'sharp';
import { HeraldError } from '../domain/errors.js';
import { imageDecodes, loadSharp, readImageHeader, sharpLoaded, type ImageHeader } from './image-limits.js';
import type { MediaStore } from './media-store.js';

/** Up to 2,240 px: the widest slot (70rem, about 1,120 px) at 2x; more would cost bytes no screen shows. */
export const DERIVATIVE_WIDTHS = [320, 480, 640, 960, 1280, 1600, 2240] as const;
export const MAX_SERVED_WIDTH = 2240;

/**
 * Best first, as `<source>` order matters. Efforts are low on purpose: AVIF at
 * sharp's default (4) takes seconds on a large picture; 2 is several times
 * faster for a few percent more bytes, and WebP's 3 likewise.
 */
export const MODERN_FORMATS = [
  { extension: 'avif', mimeType: 'image/avif', encode: (s: sharp.Sharp) => s.avif({ quality: 52, effort: 2 }) },
  { extension: 'webp', mimeType: 'image/webp', encode: (s: sharp.Sharp) => s.webp({ quality: 76, effort: 3 }) },
] as const;
export type ModernFormat = (typeof MODERN_FORMATS)[number];

export const modernDerivativeName = (fileName: string, width: number, extension: ModernFormat['extension']) =>
  fileName.replace(/\.jpg$/, `-${width}.${extension}`);

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
    const forModern = full.info.width <= MAX_SERVED_WIDTH ? [full] : [];
    let larger = full;
    for (const width of picture.derivativeWidths.slice(0, -1).reverse()) {
      larger = await resize(larger, width, limits.maxPixels);
      await media.put(derivativeName(fileName, width), await encode(larger, { quality: 78 }, limits.maxPixels));
      forModern.push(larger);
    }
    encodeModernLater(media, fileName, forModern, limits.maxPixels);
    return picture;
  });
}

async function decode(source: Uint8Array, maxPixels: number): Promise<RawPicture> {
  const sharp = await loadSharp();
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

// Raw pixels come from decode(), which loaded sharp.
const fromRaw = (picture: RawPicture, maxPixels: number) => sharpLoaded()(picture.data, { raw: picture.info, limitInputPixels: maxPixels });

const encode = (picture: RawPicture, options: { quality: number }, maxPixels: number) =>
  fromRaw(picture, maxPixels).jpeg(options).toBuffer();

async function resize(picture: RawPicture, width: number, maxPixels: number): Promise<RawPicture> {
  const { data, info } = await fromRaw(picture, maxPixels).resize({ width }).raw().toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: info.channels } };
}

/**
 * Encodes the modern formats of a new picture after its upload is answered.
 * Each file's name is in flight until written, so a request for it waits
 * rather than making it twice; a failure leaves it to be made on request.
 */
function encodeModernLater(media: MediaStore, fileName: string, pictures: RawPicture[], maxPixels: number): void {
  // Each waiting job holds its decoded pixels (tens of MB): past a few, a burst of uploads (an import)
  // leaves its modern files to be made on request instead of piling up memory.
  if (pendingModernJobs >= MAX_PENDING_MODERN_JOBS) return;
  pendingModernJobs++;
  const names = new Map<string, { resolve: (made: boolean) => void }>();
  for (const picture of pictures)
    for (const format of MODERN_FORMATS) {
      const name = modernDerivativeName(fileName, picture.info.width, format.extension);
      let resolve!: (made: boolean) => void;
      track(name, new Promise<boolean>((r) => (resolve = r)));
      names.set(name, { resolve });
    }
  void imageDecodes
    .run(async () => {
      for (const picture of pictures)
        for (const format of MODERN_FORMATS) {
          const name = modernDerivativeName(fileName, picture.info.width, format.extension);
          const made = await Promise.resolve()
            .then(() => format.encode(fromRaw(picture, maxPixels)).toBuffer())
            .then((bytes) => media.put(name, bytes))
            .then(() => true, () => false);
          names.get(name)?.resolve(made);
        }
    })
    .catch(() => {})
    .finally(() => {
      pendingModernJobs--;
      for (const { resolve } of names.values()) resolve(false); // no-op for those already settled
    });
}

/** Registers work on a file name; the entry goes when that work ends (unless newer work replaced it). */
function track(name: string, work: Promise<boolean>): Promise<boolean> {
  const entry: Promise<boolean> = work.finally(() => {
    if (inFlight.get(name) === entry) inFlight.delete(name);
  });
  inFlight.set(name, entry);
  return entry;
}

const MAX_PENDING_MODERN_JOBS = 4;
let pendingModernJobs = 0;

/** Resolves once every modern derivative being made has been written (tests, and a clean shutdown). */
export async function modernDerivativesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight.values()]);
}

const MODERN_NAME = /^([0-9a-f]{16})-(\d{2,5})\.(avif|webp)$/;
const inFlight = new Map<string, Promise<boolean>>();

/**
 * Makes a missing `{hash}-{width}.avif|webp` from the stored JPEGs (pictures
 * stored before modern formats existed). Only names the site can link are
 * made — a standard width, or the original's own width, never more than
 * MAX_SERVED_WIDTH nor wider than the original — so a client cannot make the
 * server encode (or store) anything else; each file is made once, in a decode
 * slot, and concurrent requests for it share the work. Returns false when the
 * name is not one of those or its original is missing.
 */
export async function ensureModernDerivative(media: MediaStore, name: string): Promise<boolean> {
  const running = inFlight.get(name);
  if (running && (await running)) return true;
  return track(name, makeModernDerivative(media, name));
}

async function makeModernDerivative(media: MediaStore, name: string): Promise<boolean> {
  const match = MODERN_NAME.exec(name);
  if (!match) return false;
  const [, hash, widthText, extension] = match as unknown as [string, string, string, ModernFormat['extension']];
  const width = Number(widthText);
  const format = MODERN_FORMATS.find((f) => f.extension === extension);
  const original = `${hash}.jpg`;
  if (!format || width > MAX_SERVED_WIDTH || !(await media.exists(original))) return false;
  if (await media.exists(name)) return true;
  const read = (file: string) => fs.readFile(path.join(media.directory, file));
  const maxPixels = media.imageLimits.maxPixels;
  const sharp = await loadSharp();
  // The header only (sharp reads no pixels for metadata), so a request for a width that is refused costs little.
  const originalWidth = (await sharp(path.join(media.directory, original), { limitInputPixels: maxPixels }).metadata()).width ?? 0;
  const standard = (DERIVATIVE_WIDTHS as readonly number[]).includes(width);
  if (width > originalWidth || (!standard && width !== originalWidth)) return false;
  // The smallest stored JPEG at least this wide: less to decode than the original.
  const candidates = DERIVATIVE_WIDTHS.filter((w) => w >= width && w < originalWidth);
  let source = original;
  for (const candidate of candidates)
    if (await media.exists(derivativeName(original, candidate))) {
      source = derivativeName(original, candidate);
      break;
    }
  const bytes = await read(source);
  return imageDecodes.run(async () => {
    const resized = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).resize({ width, withoutEnlargement: true });
    await media.put(name, await format.encode(resized).toBuffer());
    return true;
  });
}
