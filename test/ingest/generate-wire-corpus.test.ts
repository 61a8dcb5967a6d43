/** The synthetic corpus is deterministic, parses, and has the promised mix of updates and kills. */
import { describe, expect, it } from 'vitest';
import type { WireItem } from '../../src/domain/wire-item.js';
import { generateWireCorpus } from '../../src/ingest/generate-wire-corpus.js';
import { parseWireFile } from '../../src/ingest/parse-wire-file.js';
import { assertWireItemInvariants } from './helpers.js';

describe('generateWireCorpus', () => {
  it('is deterministic for a seed', () => {
    const a = [...generateWireCorpus({ newsmlG2: 20, ninjs: 20, seed: 7 })];
    const b = [...generateWireCorpus({ newsmlG2: 20, ninjs: 20, seed: 7 })];
    expect(a.map((f) => f.fileName)).toEqual(b.map((f) => f.fileName));
    expect(a.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(b.map((f) => Buffer.from(f.bytes).toString('base64')));
  });

  it('yields the requested numbers of each format, all parseable, with ~10% updates and ~2% kills', () => {
    const files = [...generateWireCorpus({ newsmlG2: 600, ninjs: 400, seed: 3 })];
    expect(files.filter((f) => f.fileName.endsWith('.xml'))).toHaveLength(600);
    expect(files.filter((f) => f.fileName.endsWith('.json'))).toHaveLength(400);
    const items: WireItem[] = [];
    for (const file of files) {
      const result = parseWireFile(file.bytes, { fileName: file.fileName });
      expect(result.format).toBe(file.fileName.endsWith('.xml') ? 'newsml-g2' : 'ninjs');
      items.push(...result.items);
    }
    items.forEach(assertWireItemInvariants);
    const kills = items.filter((i) => i.pubStatus === 'canceled').length;
    const updates = items.filter((i) => i.pubStatus === 'usable' && i.version > 1).length;
    expect(kills / items.length).toBeGreaterThan(0.005);
    expect(kills / items.length).toBeLessThan(0.04);
    expect(updates / items.length).toBeGreaterThan(0.06);
    expect(updates / items.length).toBeLessThan(0.14);
    // Every update or kill refers to a guid seen earlier with a lower version.
    const seen = new Map<string, number>();
    for (const item of items) {
      const previous = seen.get(item.guid);
      if (item.version > 1) expect(previous).toBe(item.version - 1);
      seen.set(item.guid, item.version);
    }
    expect(items.some((i) => i.sanitizerNotes.includes('removed <script> element'))).toBe(true);
  });
});
