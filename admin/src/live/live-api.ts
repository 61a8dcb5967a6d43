/** The live coverage screen's calls to the admin API (src/api/admin/live-routes.ts), through the editor's one client. */
import type { LiveCoverageDto, LiveEntryDto } from '../../../src/api/admin/live-contract.js';
import type { BodyBlock } from '../../../src/domain/blocks.js';
import type { LiveState } from '../../../src/domain/live-coverage.js';
import { request } from '../api/client.js';

const base = (articleId: number) => `/api/admin/articles/${articleId}/live`;

export const liveApi = {
  get: (articleId: number, page: number, signal?: AbortSignal) => request<LiveCoverageDto>('GET', base(articleId), { query: { page }, signal }),
  setState: (articleId: number, state: LiveState) => request<LiveCoverageDto>('PUT', base(articleId), { json: { state } }),
  setKeyPoints: (articleId: number, keyPoints: string[]) => request<LiveCoverageDto>('PUT', base(articleId), { json: { keyPoints } }),
  add: (articleId: number, body: BodyBlock[], imageId: number | null, pinned: boolean) =>
    request<LiveEntryDto>('POST', `${base(articleId)}/entries`, { json: { body, imageId, pinned } }),
  edit: (articleId: number, entryId: number, body: BodyBlock[], imageId: number | null) =>
    request<LiveEntryDto>('PUT', `${base(articleId)}/entries/${entryId}`, { json: { body, imageId } }),
  remove: (articleId: number, entryId: number) => request<void>('DELETE', `${base(articleId)}/entries/${entryId}`),
  pin: (articleId: number, entryId: number | null) => request<LiveCoverageDto>('PUT', `${base(articleId)}/pin`, { json: { entryId } }),
};

/** Plain text with blank lines between paragraphs → paragraph blocks (the composer writes plain text). */
export function textToParagraphs(text: string): BodyBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '')
    .map((p) => ({ type: 'paragraph', spans: [{ text: p }] }));
}

/** The entry's text for editing: paragraphs, subheadings, quotes and list items as plain text, blank lines between. */
export function blocksToText(blocks: BodyBlock[]): string {
  return blocks
    .flatMap((b) =>
      b.type === 'paragraph' ? [b.spans.map((s) => s.text).join('')]
        : b.type === 'subheading' || b.type === 'quote' ? [b.text]
        : b.type === 'list' ? b.items.map((i) => `• ${i.map((s) => s.text).join('')}`)
        : [],
    )
    .join('\n\n');
}

/** Only entries whose blocks the composer can write back unchanged may be edited in it. */
export function isPlainTextEntry(blocks: BodyBlock[]): boolean {
  return blocks.every((b) => b.type === 'paragraph' && b.spans.every((s) => !s.href && !s.marks?.length));
}
