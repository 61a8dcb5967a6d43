/** Admin API: the media library (upload, list, read, edit metadata). */
import type { FastifyInstance } from 'fastify';
import { requireUser } from '../../auth/guards.js';
import { HeraldError, notFound } from '../../domain/errors.js';
import { derivativeName } from '../../media/image-derivatives.js';
import { userActor } from '../../domain/identity.js';
import { updateImageMetadata } from '../../operations/update-image-metadata.js';
import { uploadImage } from '../../operations/upload-image.js';
import type { StoredImage } from '../../site/models/image-model.js';
import { mediaPath } from '../../site/paths.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import { imageMetadataBody, type AdminImage } from './contract.js';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

function toAdminImage(image: StoredImage): AdminImage {
  const small = image.derivativeWidths.find((w) => w < image.width);
  return {
    id: image.id,
    url: mediaPath(image.fileName),
    thumbnailUrl: mediaPath(small ? derivativeName(image.fileName, small) : image.fileName),
    width: image.width, height: image.height, alt: image.alt, caption: image.caption,
    creditName: image.creditName, creditAgency: image.creditAgency, creditDistributor: image.creditDistributor,
    focalX: image.focalX, focalY: image.focalY, createdAt: image.createdAt,
  };
}

const imageIdOf = (params: unknown) => {
  const raw = (params as { id?: string }).id ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw notFound('That image');
  return Number(raw);
};

export function registerImageRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { ops } = deps;
  app.addContentTypeParser(IMAGE_TYPES, { parseAs: 'buffer', bodyLimit: deps.maxImageBytes }, (_request, body, done) => done(null, body));

  app.post('/api/admin/images', async (request, reply) => {
    const actor = userActor(requireUser(request));
    const query = request.query as Record<string, string | undefined>;
    const metadata = imageMetadataBody.parse({
      ...query,
      ...(query.focalX !== undefined ? { focalX: Number(query.focalX) } : {}),
      ...(query.focalY !== undefined ? { focalY: Number(query.focalY) } : {}),
    });
    // Other content types reach here parsed (a JSON `null` included), never as the bytes of a picture.
    if (!(request.body instanceof Uint8Array))
      throw new HeraldError('HERALD_UNSUPPORTED_MEDIA', `Send the picture's bytes as ${IMAGE_TYPES.join(', ')}.`);
    const id = await uploadImage(ops, deps.media, {
      bytes: request.body,
      declaredType: request.headers['content-type'] ?? '',
      metadata,
      actor,
    });
    const [image] = (await ops.store.getImages([id])) as StoredImage[];
    return reply.code(201).send(toAdminImage(image!));
  });

  app.get('/api/admin/images', async (request) => {
    requireUser(request);
    const query = request.query as { q?: string; page?: string };
    const page = Math.max(1, Math.min(10_000, Number(query.page) || 1));
    const images = await ops.store.listImages({ ...(query.q ? { text: String(query.q).slice(0, 200) } : {}), limit: 48, offset: (page - 1) * 48 });
    return { items: images.map(toAdminImage), page };
  });

  app.get('/api/admin/images/:id', async (request) => {
    requireUser(request);
    const [image] = (await ops.store.getImages([imageIdOf(request.params)])) as StoredImage[];
    if (!image) throw notFound('That image');
    return toAdminImage(image);
  });

  app.patch('/api/admin/images/:id', async (request) => {
    const actor = userActor(requireUser(request));
    const imageId = imageIdOf(request.params);
    await updateImageMetadata(ops, { imageId, changes: imageMetadataBody.partial().parse(request.body), actor });
    const id = imageId;
    const [image] = (await ops.store.getImages([id])) as StoredImage[];
    return toAdminImage(image!);
  });
}
