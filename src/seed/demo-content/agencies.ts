import type { DemoAgency } from '../demo-types.js';

/** News agencies credited in bylines, with the code the byline shows. */
export const agencies: DemoAgency[] = [
  { code: 'AFP', name: 'Agence France-Presse' },
  { code: 'dpa', name: 'Deutsche Presse-Agentur' },
  { code: 'Reuters', name: 'Reuters' },
  { code: 'AP', name: 'The Associated Press' },
];
