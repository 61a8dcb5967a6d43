/** The live TV screen's calls to the admin API (src/api/admin/live-tv-routes.ts), through the editor's one client. */
import type { BroadcastSlot, BroadcastSlotInput, LiveStream, LocalDay } from '../../../src/domain/live-tv.js';
import { request } from '../api/client.js';

export interface LiveTvResponse {
  editionCode: string;
  timeZone: string;
  day: LocalDay;
  stream: LiveStream | null;
  slots: BroadcastSlot[];
}

const base = (code: string) => `/api/admin/editions/${encodeURIComponent(code)}/live-tv`;

export const liveTvApi = {
  get: (code: string, date: string | null, signal?: AbortSignal) =>
    request<LiveTvResponse>('GET', `${base(code)}${date ? `?date=${encodeURIComponent(date)}` : ''}`, { signal }),
  saveStream: (code: string, stream: { hlsUrl: string; title: string }) => request<LiveStream>('PUT', `${base(code)}/stream`, { json: stream }),
  addSlot: (code: string, slot: BroadcastSlotInput) => request<BroadcastSlot>('POST', `${base(code)}/slots`, { json: slot }),
  updateSlot: (code: string, id: number, slot: BroadcastSlotInput) => request<BroadcastSlot>('PUT', `${base(code)}/slots/${id}`, { json: slot }),
  removeSlot: (code: string, id: number) => request<void>('DELETE', `${base(code)}/slots/${id}`),
};
