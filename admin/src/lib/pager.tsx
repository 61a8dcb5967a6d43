/**
 * Previous / next pagination with the position in words. Without a total
 * (a list whose server does not count), a full page means there may be more.
 */
export function Pager({ page, total, pageSize, count, onPage, label }: {
  page: number;
  total: number | null;
  pageSize: number;
  /** Items on this page. */
  count: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const pages = total === null ? null : Math.max(1, Math.ceil(total / pageSize));
  const hasNext = pages === null ? count >= pageSize : page < pages;
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span>
        Page {page}
        {pages !== null && ` of ${pages}`}
        {total !== null && ` (${total} in all)`}
      </span>
      <button type="button" className="button" disabled={!hasNext} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
