/**
 * The demo newsroom of "Herald World", a fictional international public
 * broadcaster with English, German and Arabic services. All people, towns,
 * countries, companies and institutions in the stories are invented; the text
 * is original writing for this project.
 */
import type { DemoNewsroom } from '../demo-types.js';
import { agencies } from './agencies.js';
import { articlesAr } from './articles-ar.js';
import { articlesDe } from './articles-de.js';
import { articlesEn } from './articles-en.js';
import { authors } from './authors.js';
import { editions } from './editions.js';
import { images } from './images.js';
import { sections } from './sections.js';
import { topics } from './topics.js';

export const demoNewsroom: DemoNewsroom = {
  editions,
  sections,
  topics,
  authors,
  agencies,
  images,
  articles: [...articlesEn, ...articlesDe, ...articlesAr],
};
