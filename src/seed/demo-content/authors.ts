import type { DemoAuthor } from '../demo-types.js';

/**
 * Invented reporters and editors; initials are what the closing byline shows.
 * Some have a picture: an abstract illustration standing in for a portrait.
 */
export const authors: DemoAuthor[] = [
  {
    name: 'Elena Sørensen',
    initials: 'es',
    title: 'Correspondent, Brussels',
    imageKey: 'author-es',
    bio: 'Elena Sørensen covers European politics from the Brussels bureau and has reported on eleven national elections.',
  },
  {
    name: 'Wiebke Marlene Dahl',
    initials: 'wmd',
    title: 'Science editor',
    bio: 'Wiebke Marlene Dahl is a science editor who writes about medicine, data and the people behind research.',
  },
  {
    name: 'Jonas Bastian Keller',
    initials: 'jbk',
    title: 'Business reporter, Berlin',
    bio: 'Jonas Bastian Keller reports on industry and labour from the business desk in Berlin.',
  },
  {
    name: 'Amira Haddad',
    initials: 'ah',
    title: 'Middle East correspondent, Amman',
    imageKey: 'author-ah',
    bio: 'Amira Haddad is the correspondent for the Middle East and North Africa and is based in Amman.',
  },
  {
    name: 'Tomasz Wierzbicki',
    initials: 'tw',
    title: 'Europe reporter',
    bio: 'Tomasz Wierzbicki writes about Northern and Eastern Europe, with a soft spot for small-town politics.',
  },
  {
    name: 'Nadia El-Khoury',
    initials: 'nek',
    title: 'Editor, Arabic service',
    imageKey: 'author-nek',
    bio: 'Nadia El-Khoury edits the Arabic service and reports on migration across the Mediterranean.',
  },
  {
    name: 'Kwame Asante-Boateng',
    initials: 'kab',
    title: 'West Africa correspondent, Accra',
    bio: 'Kwame Asante-Boateng covers West Africa, energy and sport from the Accra bureau.',
  },
  {
    name: 'Ingrid Lundqvist',
    initials: 'il',
    title: 'Climate reporter',
    imageKey: 'author-il',
    bio: 'Ingrid Lundqvist is a climate reporter who has spent the past decade following glaciers, coasts and carbon markets.',
  },
  {
    name: 'Omar Farouk Saleh',
    initials: 'ofs',
    title: 'Culture writer',
    bio: 'Omar Farouk Saleh writes about culture, archaeology and heritage for the Arabic and English services.',
  },
  {
    name: 'Lucía Ferreira',
    initials: 'lf',
    title: 'Verification editor',
    bio: 'Lucía Ferreira is a verification editor who teaches the newsroom how to check images, video and claims.',
  },
];
