/** The footer screen's calls to the admin API (src/api/admin/footer-routes.ts), through the editor's one client. */
import type { FooterLink } from '../../../src/domain/edition-footer.js';
import { request } from '../api/client.js';

export interface FooterResponse {
  editionCode: string;
  links: FooterLink[];
}

const path = (code: string) => `/api/admin/editions/${encodeURIComponent(code)}/footer`;

export const footerApi = {
  get: (code: string, signal?: AbortSignal) => request<FooterResponse>('GET', path(code), { signal }),
  save: (code: string, links: FooterLink[]) => request<FooterResponse>('PUT', path(code), { json: { links } }),
};
