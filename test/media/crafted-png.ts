/**
 * PNGs written by hand, for tests of the decode guards: a header may claim any
 * size, and the pixel data is a small deflate stream of one repeated row (1-bit
 * grey), so a "60000000×1" picture is a few kilobytes on disk.
 */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A 1-bit greyscale PNG of width×height. With `withPixels: false` the IDAT is
 * empty: only the header tells the size, as a decompression bomb's would.
 */
export function craftedPng(width: number, height: number, options: { withPixels?: boolean } = {}): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const rowBytes = 1 + Math.ceil(width / 8);
  const pixels = options.withPixels === false ? Buffer.alloc(0) : deflateSync(Buffer.alloc(rowBytes * height));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
