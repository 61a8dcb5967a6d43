/**
 * Duration in seconds of a stored audio/video file, read from its own headers:
 * MP4/M4A `moov/mvhd`, WebM `Segment/Info/Duration`, MP3 Xing/Info/VBRI frame
 * counts (else a constant-bitrate estimate). Every parse is bounded: it reads
 * only box headers and a few small windows, never the media data, and walks at
 * most MAX_BOXES boxes, so a hostile file costs a few reads at worst.
 * Returns null when the file does not say (the editor can type it in).
 */
import fs from 'node:fs/promises';
import { isMp3FrameHeader, type SniffedMedia } from './sniff-media-type.js';

const MAX_BOXES = 512;
const WEBM_HEAD_BYTES = 64 * 1024;
/** Longer than any real programme; a larger value means a broken header. */
const MAX_PLAUSIBLE_SECONDS = 7 * 24 * 3600;

type Reader = (position: number, length: number) => Promise<Uint8Array>;

const plausible = (seconds: number): number | null =>
  Number.isFinite(seconds) && seconds > 0 && seconds < MAX_PLAUSIBLE_SECONDS ? Math.round(seconds * 1000) / 1000 : null;

const u32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) * 2 ** 32 + u32(b, at + 4);
const fourCc = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

/** Finds `mvhd` inside top-level `moov` by hopping from box header to box header. */
async function mp4Duration(read: Reader, fileSize: number): Promise<number | null> {
  let position = 0, end = fileSize, inMoov = false;
  for (let hops = 0; hops < MAX_BOXES && position + 8 <= end; hops++) {
    const header = await read(position, 16);
    if (header.length < 8) return null;
    let size = u32(header, 0);
    const type = fourCc(header, 4);
    let headerSize = 8;
    if (size === 1) {
      if (header.length < 16) return null;
      size = u64(header, 8);
      headerSize = 16;
    } else if (size === 0) size = end - position;
    if (size < headerSize || position + size > end) return null;
    if (!inMoov && type === 'moov') {
      inMoov = true;
      end = position + size;
      position += headerSize;
      continue;
    }
    if (inMoov && type === 'mvhd') {
      const body = await read(position + headerSize, 32);
      const version = body[0];
      if (version === 0 && body.length >= 20) return plausible(u32(body, 16) / u32(body, 12));
      if (version === 1 && body.length >= 32) return plausible(u64(body, 24) / u32(body, 20));
      return null;
    }
    position += size;
  }
  return null;
}

const MP3_BITRATES_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MP3_BITRATES_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const MP3_SAMPLE_RATES: Record<number, number[]> = { 3: [44100, 48000, 32000], 2: [22050, 24000, 16000], 0: [11025, 12000, 8000] };

async function mp3Duration(read: Reader, fileSize: number): Promise<number | null> {
  let audioStart = 0;
  const head = await read(0, 10);
  if (head.length >= 10 && String.fromCharCode(head[0]!, head[1]!, head[2]!) === 'ID3') {
    const tagSize = (head[6]! << 21) | (head[7]! << 14) | (head[8]! << 7) | head[9]!;
    audioStart = 10 + tagSize + (head[5]! & 0x10 ? 10 : 0);
  }
  const frame = await read(audioStart, 192);
  if (!isMp3FrameHeader(frame, 0)) return null;
  const version = (frame[1]! >> 3) & 0x3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
  const sampleRate = MP3_SAMPLE_RATES[version]![(frame[2]! >> 2) & 0x3]!;
  const bitrateKbps = (version === 3 ? MP3_BITRATES_V1 : MP3_BITRATES_V2)[frame[2]! >> 4]!;
  const mono = (frame[3]! >> 6) === 3;
  const samplesPerFrame = version === 3 ? 1152 : 576;
  // A Xing/Info header (VBR or LAME CBR) sits after the side information and may carry the frame count.
  const xingAt = 4 + (version === 3 ? (mono ? 17 : 32) : (mono ? 9 : 17));
  const tag = frame.length >= xingAt + 12 ? fourCc(frame, xingAt) : '';
  if ((tag === 'Xing' || tag === 'Info') && u32(frame, xingAt + 4) & 0x1) {
    return plausible((u32(frame, xingAt + 8) * samplesPerFrame) / sampleRate);
  }
  if (frame.length >= 36 + 18 && fourCc(frame, 36) === 'VBRI') return plausible((u32(frame, 36 + 14) * samplesPerFrame) / sampleRate);
  return plausible(((fileSize - audioStart) * 8) / (bitrateKbps * 1000));
}

/** An EBML variable-length integer at `at`: its value (marker bit removed unless `keepMarker`) and length. */
function vint(b: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } | null {
  const first = b[at];
  if (first === undefined || first === 0) return null;
  let length = 1;
  while (!(first & (0x80 >> (length - 1)))) length++;
  if (length > 8 || at + length > b.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === (0xff >> length);
  for (let i = 1; i < length; i++) {
    value = value * 256 + b[at + i]!;
    if (b[at + i] !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

const SEGMENT = 0x18538067, INFO = 0x1549a966, CLUSTER = 0x1f43b675, TIMECODE_SCALE = 0x2ad7b1, DURATION = 0x4489;

/** WebM keeps Info near the start; only the first 64 KiB are read. */
async function webmDuration(read: Reader): Promise<number | null> {
  const b = await read(0, WEBM_HEAD_BYTES);
  let at = 0, infoEnd = -1, scale = 1_000_000, duration: number | null = null;
  for (let hops = 0; hops < MAX_BOXES && at < b.length; hops++) {
    const id = vint(b, at, true);
    if (!id) return null;
    const size = vint(b, at + id.length, false);
    if (!size) return null;
    const dataAt = at + id.length + size.length;
    if (id.value === SEGMENT || id.value === INFO) {
      if (id.value === INFO) infoEnd = size.unknown ? b.length : dataAt + size.value;
      at = dataAt; // descend
      continue;
    }
    if (id.value === CLUSTER) break;
    if (infoEnd !== -1 && id.value === TIMECODE_SCALE && size.value <= 8) {
      scale = 0;
      for (let i = 0; i < size.value; i++) scale = scale * 256 + b[dataAt + i]!;
    } else if (infoEnd !== -1 && id.value === DURATION && dataAt + size.value <= b.length) {
      const view = new DataView(b.buffer, b.byteOffset + dataAt, size.value);
      if (size.value === 4) duration = view.getFloat32(0);
      else if (size.value === 8) duration = view.getFloat64(0);
    }
    if (size.unknown) return null;
    at = dataAt + size.value;
    if (infoEnd !== -1 && at >= infoEnd) break;
  }
  return duration === null ? null : plausible((duration * scale) / 1e9);
}

/** Reads the duration of the file at `filePath`, or null when its headers do not say (or are broken). */
export async function readMediaDuration(filePath: string, type: Pick<SniffedMedia, 'ext'>): Promise<number | null> {
  if (type.ext === 'vtt') return null;
  const handle = await fs.open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const read: Reader = async (position, length) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - position)));
      if (buffer.length === 0) return buffer;
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      return buffer.subarray(0, bytesRead);
    };
    if (type.ext === 'mp4' || type.ext === 'm4a') return await mp4Duration(read, size);
    if (type.ext === 'webm') return await webmDuration(read);
    if (type.ext === 'mp3') return await mp3Duration(read, size);
    return null;
  } catch {
    return null; // A truncated or malformed header is "unknown duration", not a failed upload.
  } finally {
    await handle.close();
  }
}
