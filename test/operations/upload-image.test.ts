/**
 * Image uploads stay bounded: a picture whose header claims too many pixels (or
 * too long a side) is refused with 422 HERALD_VALIDATION before it is decoded,
 * never a 500, through the operation and through POST /api/admin/images, on
 * every store; nothing is stored for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeraldError } from '../../src/domain/errors.js';
import { SYSTEM } from '../../src/domain/identity.js';
import { createEventBus } from '../../src/events/event-bus.js';
import { createLocalMediaStore } from '../../src/media/media-store.js';
import { modernDerivativesSettled } from '../../src/media/image-derivatives.js';
import { uploadImage, type ImageMetadata } from '../../src/operations/upload-image.js';
import { createTestUser, login, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';
import { craftedPng } from '../media/crafted-png.js';

const metadata: ImageMetadata = { alt: 'A test', caption: '', creditName: '', creditAgency: '', creditDistributor: '', focalX: 0.5, focalY: 0.5 };

for (const kind of testStoreKinds) {
  describe(`bounded image uploads on ${kind.name}`, () => {
    let running: RunningApp;
    let reporter: AdminClient;

    beforeAll(async () => {
      running = await startTestApp(kind, { env: { HERALD_MAX_IMAGE_PIXELS: '2000000', HERALD_SCHEDULER_INTERVAL_MS: '0' } });
      const r = await createTestUser(running.app.store.accounts, { role: 'reporter', editionCodes: ['en'] });
      reporter = await login(running, r.email, r.password);
    });
    afterAll(async () => running.stop());

    const upload = (bytes: Buffer) =>
      running.get('/api/admin/images', {
        method: 'POST', headers: { cookie: reporter.cookie, 'x-csrf-token': reporter.csrfToken, 'content-type': 'image/png' }, body: new Uint8Array(bytes),
      });
    const mediaFiles = () => fs.readdirSync(path.join(running.handle.dataDir, 'media')).length;

    it('refuses a 60000000×1 and a 1×60000000 PNG with 422 through the operation', async () => {
      const ctx = { store: running.app.store, events: createEventBus(), now: () => new Date('2026-06-01T12:00:00Z') };
      const media = createLocalMediaStore(path.join(running.handle.dataDir, 'operation-media'));
      for (const png of [craftedPng(60_000_000, 1), craftedPng(1, 60_000_000, { withPixels: false })]) {
        const error = await uploadImage(ctx, media, { bytes: png, declaredType: 'image/png', metadata, actor: SYSTEM }).then(() => null, (e: unknown) => e);
        expect(error).toBeInstanceOf(HeraldError);
        expect((error as HeraldError).code).toBe('HERALD_VALIDATION');
        expect((error as HeraldError).status).toBe(422);
      }
      expect(fs.existsSync(media.directory)).toBe(false);
    });

    it('refuses metadata with a NUL character before writing any file', async () => {
      const ctx = { store: running.app.store, events: createEventBus(), now: () => new Date('2026-06-01T12:00:00Z') };
      const media = createLocalMediaStore(path.join(running.handle.dataDir, 'nul-media'));
      const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } }).png().toBuffer();
      await expect(uploadImage(ctx, media, { bytes: png, declaredType: 'image/png', metadata: { ...metadata, caption: 'a\u0000b' }, actor: SYSTEM }))
        .rejects.toMatchObject({ code: 'HERALD_VALIDATION', details: { field: 'caption' } });
      expect(fs.existsSync(media.directory)).toBe(false);
    });

    it('refuses them with 422 HERALD_VALIDATION through POST /api/admin/images, and honours HERALD_MAX_IMAGE_PIXELS', async () => {
      const before = (await running.app.store.listImages({ limit: 100, offset: 0 })).length;
      await modernDerivativesSettled(); // the demo seed's own pictures finish their AVIF/WebP files first
      const filesBefore = mediaFiles();
      for (const png of [craftedPng(60_000_000, 1), craftedPng(1, 60_000_000, { withPixels: false }), craftedPng(1500, 1500)]) {
        const response = await upload(png);
        expect(response.status).toBe(422);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('HERALD_VALIDATION');
        expect(body.error.message).toMatch(/too large/);
      }
      expect((await running.app.store.listImages({ limit: 100, offset: 0 })).length).toBe(before);
      expect(mediaFiles()).toBe(filesBefore);
      const ok = await upload(await sharp({ create: { width: 1400, height: 1000, channels: 3, background: '#336699' } }).png().toBuffer());
      expect(ok.status).toBe(201);
      // The original and JPEGs at 320, 480, 640, 960 and 1280; AVIF and WebP at those and 1400, made just after the answer.
      await modernDerivativesSettled();
      expect(mediaFiles()).toBe(filesBefore + 6 + 12);
    });
  });
}
