/**
 * Reads a fetch Response body into memory, refusing (and cancelling the
 * download) as soon as it passes `maxBytes`, so a wrong or hostile URL cannot
 * fill the memory. The declared Content-Length is checked first.
 */
export class TooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`it is larger than the limit of ${maxBytes} bytes`);
    this.name = 'TooLargeError';
  }
}

export async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new TooLargeError(maxBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new TooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
