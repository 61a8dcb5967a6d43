import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMediaDuration } from '../../src/media/media-duration.js';
import { fixture, FIXTURE_PATHS } from './media-fixtures.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-duration-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const write = (name: string, bytes: Uint8Array) => {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, bytes);
  return file;
};

describe('readMediaDuration', () => {
  it('reads the durations ffprobe reports for real files', async () => {
    expect(await readMediaDuration(FIXTURE_PATHS.mp4, { ext: 'mp4' })).toBeCloseTo(5, 1);
    expect(await readMediaDuration(FIXTURE_PATHS.m4a, { ext: 'm4a' })).toBeCloseTo(3, 1);
    expect(await readMediaDuration(FIXTURE_PATHS.webm, { ext: 'webm' })).toBeCloseTo(2, 1);
    expect(await readMediaDuration(FIXTURE_PATHS.mp3, { ext: 'mp3' })).toBeCloseTo(3.03, 1);
  });

  it('estimates an MP3 without Xing header from its bitrate', async () => {
    // 4 s of 128 kbit/s MPEG-1 layer III frames (header FF FB 90 64), no tag.
    const frame = new Uint8Array(417);
    frame.set([0xff, 0xfb, 0x90, 0x64]);
    const bytes = new Uint8Array(64_000);
    for (let at = 0; at + 417 <= bytes.length; at += 417) bytes.set(frame, at);
    expect(await readMediaDuration(write('cbr.mp3', bytes), { ext: 'mp3' })).toBeCloseTo(4, 1);
  });

  it('answers null, without throwing, for truncated and hostile headers', async () => {
    const mp4 = fixture('mp4');
    expect(await readMediaDuration(write('cut.mp4', mp4.subarray(0, 40)), { ext: 'mp4' })).toBeNull();
    // A box claiming to be larger than the file, and a zero-size box loop.
    const liar = new Uint8Array(mp4.subarray(0, 64));
    liar.set([0x7f, 0xff, 0xff, 0xff], 32);
    expect(await readMediaDuration(write('liar.mp4', liar), { ext: 'mp4' })).toBeNull();
    expect(await readMediaDuration(write('zeros.mp4', new Uint8Array(4096)), { ext: 'mp4' })).toBeNull();
    expect(await readMediaDuration(write('cut.webm', fixture('webm').subarray(0, 30)), { ext: 'webm' })).toBeNull();
    expect(await readMediaDuration(write('junk.mp3', new Uint8Array(100).fill(0xff)), { ext: 'mp3' })).toBeNull();
    expect(await readMediaDuration(write('empty.mp3', new Uint8Array()), { ext: 'mp3' })).toBeNull();
  });
});
