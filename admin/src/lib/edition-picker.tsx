/** The "Edition" select in a page header, shown only when there is more than one edition to choose from. */
export function EditionPicker({ id, editions, value, onPick }: {
  id: string;
  editions: readonly { code: string; name: string }[];
  value: string;
  onPick: (code: string) => void;
}) {
  if (editions.length < 2) return null;
  return (
    <div className="field field--inline">
      <label htmlFor={id}>Edition</label>
      <select id={id} value={value} onChange={(e) => onPick(e.target.value)}>
        {editions.map((e) => (
          <option key={e.code} value={e.code}>
            {e.name}
          </option>
        ))}
      </select>
    </div>
  );
}
