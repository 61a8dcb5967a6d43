import { describe, expect, it } from 'vitest';
import { sniffMediaType } from '../../src/media/sniff-media-type.js';
import { fixture, VTT } from './media-fixtures.js';

describe('sniffMediaType', () => {
  it('recognises real MP4, WebM, M4A, MP3 and WebVTT files by content', () => {
    expect(sniffMediaType(fixture('mp4'))).toEqual({ kind: 'video', mime: 'video/mp4', ext: 'mp4' });
    expect(sniffMediaType(fixture('webm'))).toEqual({ kind: 'video', mime: 'video/webm', ext: 'webm' });
    expect(sniffMediaType(fixture('m4a'))).toEqual({ kind: 'audio', mime: 'audio/mp4', ext: 'm4a' });
    expect(sniffMediaType(fixture('mp3'))).toEqual({ kind: 'audio', mime: 'audio/mpeg', ext: 'mp3' });
    expect(sniffMediaType(VTT)).toEqual({ kind: 'captions', mime: 'text/vtt', ext: 'vtt' });
    expect(sniffMediaType(new Uint8Array([0xef, 0xbb, 0xbf, ...VTT]))?.kind).toBe('captions');
  });

  it('recognises an MP3 without ID3 tag from its frame header', () => {
    expect(sniffMediaType(new Uint8Array([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0]))?.ext).toBe('mp3');
  });

  it('refuses look-alikes, truncated and hostile inputs', () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(sniffMediaType(new Uint8Array())).toBeNull();
    expect(sniffMediaType(fixture('mp4').subarray(0, 3))).toBeNull();
    expect(sniffMediaType(text('<html><script>alert(1)</script></html>'))).toBeNull();
    expect(sniffMediaType(text('WEBVTTX not captions'))).toBeNull();
    expect(sniffMediaType(text('<!-- WEBVTT -->'))).toBeNull();
    // ftyp with an unknown brand, and an ftyp box claiming a size too small to hold a brand.
    expect(sniffMediaType(new Uint8Array([0, 0, 0, 16, ...text('ftypqt  '), 0, 0, 0, 0]))).toBeNull();
    expect(sniffMediaType(new Uint8Array([0, 0, 0, 8, ...text('ftypisom')]))).toBeNull();
    // EBML of a Matroska (not WebM) file, and a cut-off EBML header.
    const mkv = fixture('webm').slice(0, 64);
    mkv.set(text('matr'), mkv.indexOf(0x77));
    expect(sniffMediaType(mkv)).toBeNull();
    expect(sniffMediaType(fixture('webm').subarray(0, 8))).toBeNull();
    // "ID3" followed by bytes that break the syncsafe size rule, and a sync word with a reserved version.
    expect(sniffMediaType(new Uint8Array([...text('ID3'), 3, 0, 0, 0xff, 0xff, 0xff, 0xff]))).toBeNull();
    expect(sniffMediaType(new Uint8Array([0xff, 0xeb, 0x90, 0x64]))).toBeNull();
    // A PNG and a JPEG are pictures, not media.
    expect(sniffMediaType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
    expect(sniffMediaType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
  });
});
