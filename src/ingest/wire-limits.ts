/** The wire desk's size limit, apart from the parsers so the server can name it without loading them at start-up. */
export const DEFAULT_MAX_WIRE_BYTES = 10 * 1024 * 1024;
