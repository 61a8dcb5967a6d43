import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { demoNewsroom } from '../../src/seed/demo-content/index.js';
import { DEMO_IMAGE_WIDTHS, demoImageAspect, demoImageHeight, demoImageSvg, renderDemoImage } from '../../src/seed/demo-images.js';
import type { DemoImage } from '../../src/seed/demo-types.js';

const first = demoNewsroom.images[0]!;

describe('renderDemoImage', () => {
  it('exports the standard widths and the 16:9 aspect', () => {
    expect([...DEMO_IMAGE_WIDTHS]).toEqual([480, 960, 1600]);
    expect(demoImageAspect).toBeCloseTo(16 / 9);
    expect(demoImageHeight(1600)).toBe(900);
    expect(demoImageHeight(480)).toBe(270);
  });

  it('returns a JPEG of the requested size', async () => {
    const buffer = await renderDemoImage(first, 960, 540, 'jpeg');
    expect(buffer.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const meta = await sharp(buffer).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.width, meta.height]).toEqual([960, 540]);
  });

  it('returns a WebP when asked, and fills other aspect ratios exactly', async () => {
    const meta = await sharp(await renderDemoImage(first, 400, 400, 'webp')).metadata();
    expect(meta.format).toBe('webp');
    expect([meta.width, meta.height]).toEqual([400, 400]);
  });

  it('is byte-identical across runs', async () => {
    const image = demoNewsroom.images.find((i) => i.motif === 'network')!;
    const [a, b] = await Promise.all([renderDemoImage(image, 1600, 900, 'jpeg'), renderDemoImage(image, 1600, 900, 'jpeg')]);
    expect(a.equals(b)).toBe(true);
    expect(demoImageSvg(image, 1600, 900)).toBe(demoImageSvg({ ...image }, 1600, 900));
  });

  it('keeps full-size pictures small', async () => {
    for (const motif of ['skyline', 'field', 'grid'] as const) {
      const image = demoNewsroom.images.find((i) => i.motif === motif)!;
      const buffer = await renderDemoImage(image, 1600, 900, 'jpeg');
      expect(buffer.length, motif).toBeLessThan(150_000);
    }
  });

  it('draws every demo image, each one different', async () => {
    const hashes = new Set<string>();
    for (const image of demoNewsroom.images) {
      const buffer = await renderDemoImage(image, 240, 135, 'jpeg');
      const stats = await sharp(buffer).stats();
      // Not a flat colour: some channel varies across the picture.
      expect(Math.max(...stats.channels.map((c) => c.stdev)), image.key).toBeGreaterThan(8);
      hashes.add(createHash('sha256').update(buffer).digest('hex'));
    }
    expect(hashes.size).toBe(demoNewsroom.images.length);
  }, 30_000);

  it('copes with two-colour and non-hex palettes, and rejects bad sizes', async () => {
    const odd: DemoImage = { ...first, key: 'odd', motif: 'waves', palette: ['#123', 'tomato'] };
    const meta = await sharp(await renderDemoImage(odd, 320, 180, 'jpeg')).metadata();
    expect([meta.width, meta.height]).toEqual([320, 180]);
    await expect(renderDemoImage(first, 0, 100, 'jpeg')).rejects.toThrow(RangeError);
    await expect(renderDemoImage(first, 100.5, 100, 'jpeg')).rejects.toThrow(RangeError);
  });
});
