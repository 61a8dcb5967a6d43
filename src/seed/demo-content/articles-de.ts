import type { DemoArticle } from '../demo-types.js';
import { articlesDe1 } from './articles-de-1.js';
import { articlesDe2 } from './articles-de-2.js';

/** German edition. */
export const articlesDe: DemoArticle[] = [...articlesDe1, ...articlesDe2];
