/** Queries that try FTS5 and tsquery syntax, SQL, huge and broken strings: search must answer each with results or nothing. */
export const HOSTILE_QUERIES = [
  '"', '""', '"unclosed phrase', '*', 'river*', 'NEAR(river flood)', 'NEAR(', 'river AND OR NOT (', 'AND', 'OR', 'NOT', '(', ')',
  'headline:river', ':', '^river', '-river', 'river -flood', '{headline teaser}: river', "'; drop table articles; --",
  "1' or '1'='1", 'x\u0000y', '\u0000', 'a'.repeat(10_000), 'river '.repeat(2000), '\uD800river', 'river\uDFFF', '\uDBFF\uDFFF',
  'río Ρίο река نهر 川', '\u200F\u202Eriver', '\uE000river\uE001', '%_\\', '<script>alert(1)</script>', '&amp;', '\t\n\r',
];
