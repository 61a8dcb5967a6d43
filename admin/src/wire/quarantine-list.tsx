/** Files the parsers refused, newest first, with the reason and where the kept copy is. */
import type { QuarantineEntryDto } from '../../../src/api/admin/wire-contract.js';
import { formatDateTime } from '../lib/time.js';

export function QuarantineList({ entries }: { entries: QuarantineEntryDto[] }) {
  if (entries.length === 0) return <p>No file has been quarantined.</p>;
  return (
    <table className="table" data-testid="wire-quarantine">
      <thead>
        <tr>
          <th scope="col">Received</th>
          <th scope="col">File</th>
          <th scope="col">Source</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((q) => (
          <tr key={q.id}>
            <td>{formatDateTime(q.receivedAt)}</td>
            <td>
              {q.fileName}
              {q.storedName && <div className="muted small">kept as quarantine/{q.storedName} ({q.size.toLocaleString()} bytes)</div>}
            </td>
            <td>{q.source}</td>
            <td>
              <span className="wire-status">{q.code.replace('_', ' ')}</span> {q.reason}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
