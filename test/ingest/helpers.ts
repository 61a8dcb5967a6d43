/** Shared helpers for the ingest tests: fixture paths, rejection capture, item invariants. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { BodyBlock, TextSpan } from '../../src/domain/blocks.js';
import type { WireItem } from '../../src/domain/wire-item.js';
import { parseWireFile, type WireParseResult } from '../../src/ingest/parse-wire-file.js';
import { WireRejection } from '../../src/ingest/wire-rejection.js';

import { THIRD_PARTY_DIR } from '../helpers/shared-fixtures.js';

export { THIRD_PARTY_DIR, thirdPartySamplesPresent } from '../helpers/shared-fixtures.js';
export const OWN_FIXTURES_DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function thirdParty(relativePath: string): Uint8Array {
  return readFileSync(THIRD_PARTY_DIR + relativePath);
}

export function parseThirdParty(relativePath: string): WireParseResult {
  return parseWireFile(thirdParty(relativePath), { fileName: relativePath });
}

export function onlyItem(result: WireParseResult): WireItem {
  expect(result.items).toHaveLength(1);
  return result.items[0] as WireItem;
}

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Runs `fn`, expects a WireRejection, returns it. */
export function rejectionOf(fn: () => unknown): WireRejection {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(WireRejection);
    return e as WireRejection;
  }
  throw new Error('expected a WireRejection, but parsing succeeded');
}

export function allSpans(blocks: readonly BodyBlock[]): TextSpan[] {
  return blocks.flatMap((b) => (b.type === 'paragraph' ? b.spans : b.type === 'list' ? b.items.flat() : []));
}

/** One string per block (a paragraph's spans joined; each list item on its own). */
export function allText(blocks: readonly BodyBlock[]): string[] {
  const join = (spans: TextSpan[]) => spans.map((s) => s.text).join('');
  return blocks.flatMap((b) => {
    switch (b.type) {
      case 'paragraph':
        return [join(b.spans)];
      case 'list':
        return b.items.map(join);
      case 'subheading':
        return [b.text];
      case 'quote':
        return b.attribution ? [b.text, b.attribution] : [b.text];
      case 'embed':
        return [b.title];
      default:
        return [];
    }
  });
}

/** Properties every WireItem must have, whatever its source. */
export function assertWireItemInvariants(item: WireItem): void {
  expect(item.guid.trim()).not.toBe('');
  expect(Number.isSafeInteger(item.version) && item.version >= 0).toBe(true);
  expect(['usable', 'withheld', 'canceled']).toContain(item.pubStatus);
  expect(typeof item.headline).toBe('string');
  expect(item.provider).not.toBe('');
  for (const date of [item.firstCreated, item.versionCreated, item.embargoUntil]) {
    if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  }
  if (item.urgency !== null) expect(item.urgency >= 1 && item.urgency <= 9).toBe(true);
  if (item.language !== null) expect(item.language).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
  for (const span of allSpans(item.body)) {
    if (span.href !== undefined) expect(span.href).toMatch(/^(https?:|mailto:)/i);
  }
  for (const block of item.body) {
    if (block.type === 'embed' && block.url !== undefined) expect(block.url).not.toMatch(/^\s*javascript:/i);
  }
  for (const text of allText(item.body)) expect(text).not.toMatch(/<\s*\/?\s*script/i);
  for (const picture of item.pictures) {
    expect(picture.href.trim()).not.toBe('');
    expect(picture.href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }
}
