/** The admin API refuses body URLs that break the domain's URL rule (src/domain/safe-url.ts) with a 422 naming the field. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

for (const kind of testStoreKinds) {
  describe(`unsafe body URLs through the admin API on ${kind.name}`, () => {
    let running: RunningApp;
    let editor: AdminClient;
    let sectionId: number;
    beforeAll(async () => {
      running = await startTestApp(kind);
      editor = await signInAs(running, 'editor', { editionCodes: ['en'] });
      sectionId = (await running.app.store.listSections('en'))[0]!.id;
    });
    afterAll(async () => running?.stop());

    const save = (body: unknown[]) =>
      editor.request('POST', '/api/admin/articles', { editionCode: 'en', sectionId, headline: 'Embed URL check', body });

    it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/x', '/\\evil.example'])(
      'answers 422 naming the field for the embed URL %j',
      async (url) => {
        const response = await save([{ type: 'embed', kind: 'video', title: 'Clip', url }]);
        expect(response.status).toBe(422);
        const { error } = (await response.json()) as { error: { code: string; message: string } };
        expect(error.code).toBe('HERALD_VALIDATION');
        expect(error.message).toContain('body.0.url');
      },
    );

    it.each(['/\\evil.example/', '//evil.example/', 'java\tscript:alert(1)', ' /x'])('answers 422 naming the field for the link %j', async (href) => {
      const response = await save([{ type: 'paragraph', spans: [{ text: 'Read this', href }] }]);
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain('body.0.spans.0.href');
    });

    it('accepts an https embed and site-relative, https and mailto links', async () => {
      const response = await save([
        { type: 'embed', kind: 'audio', title: 'Interview', url: 'https://media.example/interview.mp3' },
        { type: 'paragraph', spans: [{ text: 'a', href: '/en/world/' }, { text: 'b', href: 'https://example.org/' }, { text: 'c', href: 'mailto:desk@herald.example' }] },
      ]);
      expect(response.status).toBe(201);
    });
  });
}
