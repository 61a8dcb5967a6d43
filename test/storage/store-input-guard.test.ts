/**
 * Values a request can carry but a store cannot hold answer a HeraldError
 * (src/storage/store-input-guard.ts), the same on every store, never a raw
 * driver error (which the API answers with a 500).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeraldError } from '../../src/domain/errors.js';
import { parseWireFile } from '../../src/ingest/parse-wire-file.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';
import { ninjsFile } from '../wire/wire-files.js';

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'resolved', (e: unknown) => (e instanceof HeraldError ? e.code : String(e)));

for (const kind of testStoreKinds) {
  describe(`store input guard on ${kind.name}`, () => {
    let handle: TestStore;
    beforeAll(async () => {
      handle = await kind.open();
    });
    afterAll(async () => handle?.dispose());

    it('refuses text with a NUL character as HERALD_VALIDATION, in writes and in reads, and writes nothing', async () => {
      const write = handle.store.transaction((tx) => tx.insertAuthor({ name: 'Nul\u0000Name', initials: 'nn', bio: '' }));
      expect(await codeOf(write)).toBe('HERALD_VALIDATION');
      expect(await codeOf(handle.store.getWireStory('urn:\u0000'))).toBe('HERALD_VALIDATION');
      expect((await handle.store.listAuthors()).map((a) => a.name)).not.toContain('Nul\u0000Name');
    });

    it('answers ids and revisions past what an integer column holds without a driver error', async () => {
      const lookups = [() => handle.store.getArticle(2_147_483_648), () => handle.store.getRevision(1, 1e20), () => handle.store.getImages([9_007_199_254_740_993])];
      for (const lookup of lookups) expect(['resolved', 'HERALD_VALIDATION']).toContain(await codeOf(lookup()));
    });
  });
}

describe('escaped NUL in a JSON wire file', () => {
  it('becomes U+FFFD, as &#0; does in XML, so the story is kept rather than refused by the store', () => {
    const result = parseWireFile(ninjsFile({ guid: 'urn:nul', provider: 'dpa', language: 'en', headline: 'Before\u0000after' }));
    expect(result.items[0]?.headline).toBe('Before\ufffdafter');
  });
});
