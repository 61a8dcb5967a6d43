/** The reader search page's URL, built in one place (header form, page links, the WebSite SearchAction). */
export const searchPagePath = (editionCode: string) => `/${editionCode}/search`;

/** The search page for a query, e.g. for JSON-LD's `urlTemplate` pass `{search_term_string}`. */
export const searchPageUrl = (editionCode: string, query: string) => `${searchPagePath(editionCode)}?q=${encodeURIComponent(query)}`;
