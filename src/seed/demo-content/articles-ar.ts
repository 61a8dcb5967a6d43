import type { DemoArticle } from '../demo-types.js';
import { articlesAr1 } from './articles-ar-1.js';
import { articlesAr2 } from './articles-ar-2.js';

/** Arabic edition. */
export const articlesAr: DemoArticle[] = [...articlesAr1, ...articlesAr2];
