import type { DemoArticle } from '../demo-types.js';
import { articlesEn1 } from './articles-en-1.js';
import { articlesEn2 } from './articles-en-2.js';
import { articlesEn3 } from './articles-en-3.js';

/** English edition (split over three files to keep each readable). */
export const articlesEn: DemoArticle[] = [...articlesEn1, ...articlesEn2, ...articlesEn3];
