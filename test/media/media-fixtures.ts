/** Small real media files made once with ffmpeg (test/media/fixtures, src/seed/demo-media/video). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE_PATHS = {
  mp4: path.join(here, '../../src/seed/demo-media/video/test-pattern-colour.mp4'),
  webm: path.join(here, 'fixtures/sample.webm'),
  m4a: path.join(here, 'fixtures/sample.m4a'),
  mp3: path.join(here, 'fixtures/sample.mp3'),
};
export const fixture = (name: keyof typeof FIXTURE_PATHS) => new Uint8Array(fs.readFileSync(FIXTURE_PATHS[name]));
export const VTT = new TextEncoder().encode('WEBVTT\n\n00:00.000 --> 00:02.000\nA test line.\n');
