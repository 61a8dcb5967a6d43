/**
 * The type of an audio/video/captions upload from its first bytes. The file
 * name and the declared Content-Type are never trusted: a renamed HTML file
 * must not be served back as `video/mp4` (nor a video as captions).
 * Looks at most at the first SNIFF_BYTES bytes.
 */
export type MediaKind = 'video' | 'audio' | 'captions';

export interface SniffedMedia {
  kind: MediaKind;
  mime: string;
  /** Extension (no dot) the stored file gets; `/media/*` derives its Content-Type from it. */
  ext: 'mp4' | 'm4a' | 'webm' | 'mp3' | 'vtt';
}

/** How many leading bytes the sniffer needs. */
export const SNIFF_BYTES = 64;

/** ISO-BMFF brands that mean audio only (Apple/ISO audio profiles). */
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);
/** Brands seen in the wild on MP4 video files (isom, mp41, mp42, avc1, iso2..iso6, dash, MSNV, M4V). */
const VIDEO_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'MSNV', 'M4V ', 'M4VH', 'M4VP', 'f4v ', 'mmp4']);

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  to <= bytes.length ? String.fromCharCode(...bytes.subarray(from, to)) : '';

function sniffIsoBmff(bytes: Uint8Array): SniffedMedia | null {
  if (ascii(bytes, 4, 8) !== 'ftyp') return null;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  if (boxSize < 16) return null;
  const major = ascii(bytes, 8, 12);
  if (AUDIO_BRANDS.has(major)) return { kind: 'audio', mime: 'audio/mp4', ext: 'm4a' };
  if (VIDEO_BRANDS.has(major)) return { kind: 'video', mime: 'video/mp4', ext: 'mp4' };
  // An unknown major brand still counts when a known one is among the compatible brands we can see.
  for (let at = 16; at + 4 <= Math.min(boxSize, bytes.length); at += 4) {
    const brand = ascii(bytes, at, at + 4);
    if (AUDIO_BRANDS.has(brand)) return { kind: 'audio', mime: 'audio/mp4', ext: 'm4a' };
    if (VIDEO_BRANDS.has(brand)) return { kind: 'video', mime: 'video/mp4', ext: 'mp4' };
  }
  return null;
}

/** EBML header (1A 45 DF A3) whose DocType is "webm" (Matroska proper is not accepted: browsers do not play it). */
function sniffWebm(bytes: Uint8Array): SniffedMedia | null {
  if (!(bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)) return null;
  // DocType element id 0x4282, then a one-byte size (0x84 = 4), then "webm".
  for (let at = 4; at + 7 <= bytes.length; at++) {
    if (bytes[at] === 0x42 && bytes[at + 1] === 0x82 && ascii(bytes, at + 3, at + 7) === 'webm') {
      return { kind: 'video', mime: 'video/webm', ext: 'webm' };
    }
  }
  return null;
}

/** MPEG audio layer III frame header: 11 sync bits, a valid version, layer III, a bitrate index other than free/bad. */
export function isMp3FrameHeader(bytes: Uint8Array, at: number): boolean {
  if (at + 4 > bytes.length) return false;
  const b1 = bytes[at + 1]!, b2 = bytes[at + 2]!;
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0x3, layer = (b1 >> 1) & 0x3;
  const bitrateIndex = b2 >> 4, rateIndex = (b2 >> 2) & 0x3;
  return version !== 1 && layer === 1 && bitrateIndex !== 0 && bitrateIndex !== 15 && rateIndex !== 3;
}

function sniffMp3(bytes: Uint8Array): SniffedMedia | null {
  const id3 = ascii(bytes, 0, 3) === 'ID3' && bytes.length >= 10 && bytes[3]! >= 2 && bytes[3]! <= 4
    // The ID3 size is "syncsafe": every byte keeps its high bit clear.
    && [6, 7, 8, 9].every((i) => (bytes[i]! & 0x80) === 0);
  if (id3 || isMp3FrameHeader(bytes, 0)) return { kind: 'audio', mime: 'audio/mpeg', ext: 'mp3' };
  return null;
}

function sniffWebVtt(bytes: Uint8Array): SniffedMedia | null {
  // Optional UTF-8 BOM, then "WEBVTT" followed by end of file, space, tab or a line break (WebVTT spec §4.1).
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (ascii(bytes, start, start + 6) !== 'WEBVTT') return null;
  const next = bytes[start + 6];
  if (next !== undefined && next !== 0x20 && next !== 0x09 && next !== 0x0a && next !== 0x0d) return null;
  return { kind: 'captions', mime: 'text/vtt', ext: 'vtt' };
}

export function sniffMediaType(bytes: Uint8Array): SniffedMedia | null {
  if (bytes.length < 4) return null;
  return sniffIsoBmff(bytes) ?? sniffWebm(bytes) ?? sniffWebVtt(bytes) ?? sniffMp3(bytes);
}
