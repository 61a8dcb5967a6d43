/**
 * Decoding pictures within bounds: the header is checked against the pixel and
 * side limits before any pixel is decoded, derivatives come from one decode, and
 * parallel uploads share a fixed number of decode slots.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeraldError } from '../../src/domain/errors.js';
import { derivativeName, ensureModernDerivative, modernDerivativeName, modernDerivativesSettled, storePicture } from '../../src/media/image-derivatives.js';
import { DEFAULT_IMAGE_LIMITS, imageDecodes, MAX_CONCURRENT_DECODES, readImageHeader } from '../../src/media/image-limits.js';
import { createLocalMediaStore, type MediaStore } from '../../src/media/media-store.js';
import { makeTempDir } from '../helpers/test-stores.js';
import { craftedPng } from './crafted-png.js';

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HeraldError);
  return error as HeraldError;
};

describe('image limits and derivatives', () => {
  let dir: string;
  let media: MediaStore;
  beforeEach(() => {
    dir = makeTempDir('herald-media-');
    media = createLocalMediaStore(dir);
  });
  afterEach(async () => {
    await modernDerivativesSettled();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses pictures whose header is over the limits, before decoding', async () => {
    for (const [w, h] of [[60_000_000, 1], [1, 60_000_000], [12_001, 100], [100, 12_001], [8_000, 5_001]] as const) {
      const error = await refusal(readImageHeader(craftedPng(w, h, { withPixels: false }), DEFAULT_IMAGE_LIMITS));
      expect(error.code).toBe('HERALD_VALIDATION');
      expect(error.message).toMatch(/too large.*40 megapixels and 12,000 px on a side/);
    }
    const fromStore = await refusal(storePicture(media, craftedPng(60_000_000, 1)));
    expect(fromStore.code).toBe('HERALD_VALIDATION');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('honours a configured pixel limit', async () => {
    const small = { maxPixels: 1_000_000, maxSide: 12_000 };
    expect((await refusal(readImageHeader(craftedPng(1_001, 1_000, { withPixels: false }), small))).message).toMatch(/1 megapixels/);
    expect(await readImageHeader(craftedPng(1_000, 1_000, { withPixels: false }), small)).toEqual({ width: 1_000, height: 1_000 });
  });

  it('answers a damaged picture with HERALD_VALIDATION, not an internal error', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#123456' } }).png().toBuffer();
    expect((await refusal(storePicture(media, png.subarray(0, 60)))).code).toBe('HERALD_VALIDATION');
    expect((await refusal(storePicture(media, craftedPng(40, 30, { withPixels: false })))).code).toBe('HERALD_VALIDATION');
  });

  it('makes the original and every smaller derivative, rotated and flattened', async () => {
    // 2000×1000 stored sideways (EXIF orientation 6): the picture is 1000 wide, 2000 high.
    const jpeg = await sharp({ create: { width: 2000, height: 1000, channels: 4, background: { r: 200, g: 10, b: 10, alpha: 0.5 } } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const stored = await storePicture(media, jpeg);
    expect(stored).toMatchObject({ width: 1000, height: 2000, derivativeWidths: [320, 480, 640, 960, 1000], mimeType: 'image/jpeg' });
    const sizeOf = async (file: string) => sharp(path.join(dir, file)).metadata().then((m) => [m.width, m.height, m.format]);
    expect(await sizeOf(stored.fileName)).toEqual([1000, 2000, 'jpeg']);
    expect(await sizeOf(derivativeName(stored.fileName, 960))).toEqual([960, 1920, 'jpeg']);
    expect(await sizeOf(derivativeName(stored.fileName, 480))).toEqual([480, 960, 'jpeg']);
    // WebP and AVIF at every width, the original's own included, made after the upload was answered.
    await modernDerivativesSettled();
    for (const width of stored.derivativeWidths) {
      expect(await sizeOf(modernDerivativeName(stored.fileName, width, 'webp'))).toEqual([width, width * 2, 'webp']);
      expect(await sizeOf(modernDerivativeName(stored.fileName, width, 'avif'))).toEqual([width, width * 2, 'heif']);
    }
    // Storing the same bytes again decodes nothing and describes the same files.
    expect(await storePicture(media, jpeg)).toEqual(stored);
  });

  it('flattens transparency onto white and keeps 16-bit colours right', async () => {
    const png = await sharp({ create: { width: 64, height: 64, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const deep = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#3366cc' } }).toColourspace('rgb16').png().toBuffer();
    const pixel = async (bytes: Buffer) => {
      const stored = await storePicture(media, bytes);
      const { data } = await sharp(path.join(dir, stored.fileName)).raw().toBuffer({ resolveWithObject: true });
      return [...data.subarray(0, 3)];
    };
    for (const [value, expected] of (await pixel(png)).map((v) => [v, 255])) expect(Math.abs(value! - expected!)).toBeLessThan(4);
    const [r, g, b] = await pixel(deep);
    expect([Math.abs(r! - 0x33), Math.abs(g! - 0x66), Math.abs(b! - 0xcc)].every((d) => d < 6)).toBe(true);
  });

  it(`decodes at most ${MAX_CONCURRENT_DECODES} pictures at once however many arrive`, async () => {
    // Files are written inside the decode slot: the slot count seen at each write is the number of decodes under way.
    let peak = 0;
    const watched: MediaStore = {
      ...media,
      async put(fileName, bytes) {
        peak = Math.max(peak, imageDecodes.active);
        await media.put(fileName, bytes);
      },
    };
    const pictures = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: i * 40, g: 80, b: 120 } } }).png().toBuffer(),
      ),
    );
    const stored = await Promise.all(pictures.map((bytes) => storePicture(watched, bytes)));
    expect(new Set(stored.map((s) => s.fileName)).size).toBe(6);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(MAX_CONCURRENT_DECODES);
    await modernDerivativesSettled(); // the modern formats are encoded in decode slots too
    expect(peak).toBeLessThanOrEqual(MAX_CONCURRENT_DECODES);
    expect(imageDecodes.active).toBe(0);
  });

  it('caps the widths at 2,240 px and makes no modern file wider than that', async () => {
    const wide = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#224466' } }).jpeg().toBuffer();
    const stored = await storePicture(media, wide);
    expect(stored.derivativeWidths).toEqual([320, 480, 640, 960, 1280, 1600, 2240, 3000]);
    await modernDerivativesSettled();
    const files = fs.readdirSync(dir);
    expect(files).toContain(modernDerivativeName(stored.fileName, 2240, 'avif'));
    expect(files).not.toContain(modernDerivativeName(stored.fileName, 3000, 'avif'));
    expect(files).not.toContain(modernDerivativeName(stored.fileName, 3000, 'webp'));
  });

  it('makes a missing modern derivative of an older picture on demand, only for widths the site links', async () => {
    const stored = await storePicture(media, await sharp({ create: { width: 1200, height: 600, channels: 3, background: '#884422' } }).jpeg().toBuffer());
    await modernDerivativesSettled();
    // As if stored before modern formats: remove them.
    for (const file of fs.readdirSync(dir)) if (/\.(avif|webp)$/.test(file)) fs.rmSync(path.join(dir, file));
    const name = modernDerivativeName(stored.fileName, 640, 'avif');
    const [first, second] = await Promise.all([ensureModernDerivative(media, name), ensureModernDerivative(media, name)]);
    expect([first, second]).toEqual([true, true]);
    const meta = await sharp(path.join(dir, name)).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([640, 320, 'heif']);
    expect(await ensureModernDerivative(media, modernDerivativeName(stored.fileName, 1200, 'webp'))).toBe(true); // its own width
    // Not a linked width, wider than the original, or no such picture: nothing is made.
    expect(await ensureModernDerivative(media, modernDerivativeName(stored.fileName, 700, 'webp'))).toBe(false);
    expect(await ensureModernDerivative(media, modernDerivativeName(stored.fileName, 1600, 'webp'))).toBe(false);
    expect(await ensureModernDerivative(media, 'ffffffffffffffff-640.webp')).toBe(false);
    expect(await ensureModernDerivative(media, `${stored.fileName.slice(0, 16)}-640.png`)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => /\.(avif|webp)$/.test(f)).sort()).toEqual([name, modernDerivativeName(stored.fileName, 1200, 'webp')].sort());
  });
});
