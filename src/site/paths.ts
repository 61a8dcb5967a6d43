/** Public URL shapes, built in one place. */
export const editionHomePath = (editionCode: string) => `/${editionCode}/`;
export const sectionPagePath = (editionCode: string, sectionPath: string) => `/${editionCode}/${sectionPath}/`;
export const topicPagePath = (editionCode: string, slug: string) => `/${editionCode}/topic/${encodeURIComponent(slug)}/`;
export const authorPagePath = (editionCode: string, slug: string) => `/${editionCode}/author/${encodeURIComponent(slug)}/`;
export const mediaPath = (fileName: string) => `/media/${fileName}`;
export { articlePath, shortLinkPath } from '../domain/article.js';
