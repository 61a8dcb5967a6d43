/** An author as a schema.org `Person`, identified by their author page. */
import { imageObject, jsonLdIds, ref, type ImageObjectInput, type JsonLdNode } from './json-ld.js';

export interface PersonInput {
  name: string;
  /** Absolute URL of the author page in the edition at hand. */
  url: string;
  publicUrl: string;
  jobTitle?: string;
  description?: string;
  image?: ImageObjectInput | null;
}

export function personNode(person: PersonInput): JsonLdNode {
  return {
    '@type': 'Person',
    '@id': jsonLdIds.person(person.url),
    name: person.name,
    url: person.url,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.description ? { description: person.description } : {}),
    ...(person.image ? { image: imageObject(person.image) } : {}),
    worksFor: ref(jsonLdIds.publisher(person.publicUrl)),
  };
}
