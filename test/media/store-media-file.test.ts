import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeMediaFile } from '../../src/media/store-media-file.js';
import { fixture, VTT } from './media-fixtures.js';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-store-media-'));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

async function* chunks(bytes: Uint8Array, size = 1000) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}
const leftovers = () => fs.readdirSync(directory).filter((name) => name.endsWith('.tmp'));

describe('storeMediaFile', () => {
  it('streams a video into a content-hashed file and reads its duration', async () => {
    const bytes = fixture('mp4');
    const stored = await storeMediaFile({ directory, source: chunks(bytes), maxBytes: 1_000_000, accept: ['video'], declaredName: 'clip.MP4' });
    expect(stored).toMatchObject({ kind: 'video', mime: 'video/mp4', bytes: bytes.length });
    expect(stored.fileName).toMatch(/^[0-9a-f]{32}\.mp4$/);
    expect(stored.durationSeconds).toBeCloseTo(5, 1);
    expect(fs.readFileSync(path.join(directory, stored.fileName)).equals(bytes)).toBe(true);
    const again = await storeMediaFile({ directory, source: chunks(bytes, 7), maxBytes: 1_000_000, accept: ['video'] });
    expect(again.fileName).toBe(stored.fileName);
  });

  it('stores short captions files', async () => {
    const stored = await storeMediaFile({ directory, source: chunks(VTT), maxBytes: 10_000, accept: ['captions'], declaredName: 'en.vtt' });
    expect(stored).toMatchObject({ kind: 'captions', mime: 'text/vtt', durationSeconds: null });
    expect(stored.fileName).toMatch(/\.vtt$/);
  });

  it('stops at the byte limit with 413 and leaves nothing behind', async () => {
    const bytes = fixture('mp4');
    await expect(storeMediaFile({ directory, source: chunks(bytes), maxBytes: 10_000, accept: ['video'] }))
      .rejects.toMatchObject({ code: 'HERALD_PAYLOAD_TOO_LARGE', status: 413 });
    expect(leftovers()).toEqual([]);
  });

  it('refuses other types (415), kinds the caller does not accept, and a contradicting extension', async () => {
    const html = new TextEncoder().encode('<html>' + 'x'.repeat(200) + '</html>');
    await expect(storeMediaFile({ directory, source: chunks(html), maxBytes: 10_000, accept: ['video'], declaredName: 'x.mp4' }))
      .rejects.toMatchObject({ status: 415 });
    await expect(storeMediaFile({ directory, source: chunks(fixture('mp3')), maxBytes: 1_000_000, accept: ['video'] }))
      .rejects.toMatchObject({ status: 415 });
    await expect(storeMediaFile({ directory, source: chunks(fixture('webm')), maxBytes: 1_000_000, accept: ['video'], declaredName: 'clip.mp4' }))
      .rejects.toThrow(/named "\.mp4" but its content is video\/webm/);
    expect(leftovers()).toEqual([]);
    expect(fs.readdirSync(directory).some((name) => name.endsWith('.webm'))).toBe(false);
  });
});
